#!/usr/bin/env bash
# Inference speed, ours (forward, folded graph, OpenCV DNN on our ONNX) against PyTorch eager on
# the same weights and threads, one after the other. Usage: bench/inference.sh [ITERATIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
iterations="${1:-30}"
work="$build/bench-inference"
cmake --build "$build" --target faicls-bench-inference > /dev/null
for model in resnet18 stdc_small; do
    "$build/bench/faicls-bench-inference" "$model" "$work" "$iterations"
    /usr/bin/python3 "$root/bench/torch_inference.py" "$model" "$work/$model.pth" "$iterations"
done
