#!/usr/bin/env bash
# From-scratch training on the Fashion-MNIST demo with the old fixed backbone learning-rate
# factor (0.1) against the automatic one (1.0 without pretrained weights): STDC nano, 32 px,
# learning rate 0.002, a few seeds. Prints the test-split accuracy of each run.
# Usage: bench/backbone_factor.sh [EPOCHS] [SEEDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
cli="$build/engine/cli/faicls-cli"
epochs="${1:-2}"
seeds="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bash "$root/scripts/build.sh" > /dev/null
"$cli" demo --out "$work/demo" > /dev/null
for factor in 0.1 null; do
    for seed in $(seq 1 "$seeds"); do
        cat > "$work/config.json" <<JSON
{"model": {"backbone_config": {"model_type": "stdc", "size": "nano"}, "resolution": 32},
 "train": {"epochs": $epochs, "learning_rate": 0.002, "backbone_multiplier": $factor,
           "seed": $seed, "batch_size": 32}}
JSON
        "$cli" train --data "$work/demo/fashion-mnist-folder" --config "$work/config.json" \
            --out "$work/run-$factor-$seed" > /dev/null 2>&1
        accuracy=$("$cli" eval --model "$work/run-$factor-$seed/best.faicls" \
            --data "$work/demo/fashion-mnist-folder" --split test --json |
            /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["accuracy"], 1))')
        echo "backbone_multiplier $factor, seed $seed: test accuracy $accuracy %"
    done
done
