#!/usr/bin/env bash
# Train-step throughput and peak memory, ours against PyTorch eager, same machine and threads,
# one after the other, in float32 and bfloat16 (autocast; fast only on a processor with native
# bfloat16: AVX-512 BF16 or AMX). Usage: bench/train_step.sh [ITERATIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
iterations="${1:-5}"
cmake --build "$build" --target faicls-bench-train-step > /dev/null
for model in resnet18 stdc_small; do
    for precision in float32 bfloat16; do
        for layout in contiguous channels_last; do
            "$build/bench/faicls-bench-train-step" "$model" "$iterations" "$layout" "$precision"
            /usr/bin/python3 "$root/bench/torch_train_step.py" "$model" "$iterations" "$layout" \
                "$precision"
        done
    done
done
