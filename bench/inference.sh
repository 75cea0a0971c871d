#!/usr/bin/env bash
# Inference speed, ours (forward, folded graph in float32, bfloat16 and int8, OpenCV DNN on our
# ONNX) against PyTorch eager on the same weights and threads, and ONNX Runtime on our ONNX
# export when ORT_NODE_MODULES names a node_modules folder holding onnxruntime-node; one after
# the other. Usage: bench/inference.sh [ITERATIONS] [MODEL...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
iterations="${1:-30}"
shift || true
models=("$@")
[ ${#models[@]} -gt 0 ] || models=(resnet18 stdc_small)
work="$build/bench-inference"
threads="$(nproc)"
cmake --build "$build" --target faicls-bench-inference > /dev/null
for model in "${models[@]}"; do
    "$build/bench/faicls-bench-inference" "$model" "$work" "$iterations"
    /usr/bin/python3 "$root/bench/torch_inference.py" "$model" "$work/$model.pth" "$iterations"
    if [ -n "${ORT_NODE_MODULES:-}" ]; then
        for onnx in "$work/$model.onnx" "$work/$model-int8.onnx"; do
            [ -f "$onnx" ] && node "$root/bench/ort_inference.js" "$onnx" "$model" "$iterations" "$threads"
        done
    fi
done
