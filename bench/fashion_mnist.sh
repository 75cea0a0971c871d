#!/usr/bin/env bash
# Full Fashion-MNIST (60,000 train, 10,000 test images) at 32 px: ResNet-18 and STDC-nano trained
# by faicls-cli and by PyTorch eager (bench/torch_fashion_mnist.py) with the same recipe, one after
# the other on this machine; prints test accuracy and end-to-end wall time of each.
# Usage: bench/fashion_mnist.sh [EPOCHS] [MODELS...]   (defaults: 3 epochs, resnet18 stdc_nano)
# Nothing else should run meanwhile: the figures are wall times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
epochs="${1:-3}"
shift || true
models=("$@")
[[ ${#models[@]} -gt 0 ]] || models=(resnet18 stdc_nano)
work="$build/bench-fashion-mnist"
# FAICLS_BENCH_DATA: another class-folder dataset with train/ and valid/ (a quick trial).
data="${FAICLS_BENCH_DATA:-$work/data}"
mkdir -p "$work"
if [[ -z "${FAICLS_BENCH_DATA:-}" && ! -f "$data/.complete" ]]; then
    rm -rf "$data"
    /usr/bin/python3 "$root/bench/make_fashion_mnist_folder.py" "$data"
    touch "$data/.complete"
fi
cmake --build "$build" --target faicls-cli > /dev/null

backbone_of() {
    case "$1" in
        resnet18) echo '{"model_type": "resnet", "depth": 18, "variant": "b"}' ;;
        stdc_nano) echo '{"model_type": "stdc", "size": "nano", "base": 32, "layers": [2, 2, 2], "block_type": "cat"}' ;;
    esac
}

for model in "${models[@]}"; do
    config="$work/$model.json"
    # The recipe of torch_fashion_mnist.py, in our config keys.
    cat > "$config" <<JSON
{"model": {"backbone_config": $(backbone_of "$model"), "resolution": 32, "features": "res5",
           "num_layers": 2, "hidden_dim": 512, "dropout_rate": 0.2, "label_smoothing": 0.0},
 "train": {"epochs": $epochs, "batch_size": 128, "learning_rate": 0.001, "backbone_multiplier": 1.0,
           "optimizer": "adamw", "weight_decay": 0.02, "scheduler": "cosine", "warmup_epochs": 1,
           "clip_gradients": 1.0, "early_stop": false, "eval_period": 1, "device": "cpu",
           "augmentation": {"scale_jitter": false, "random_resized_crop": false,
                            "horizontal_flip": 0.5, "color_jitter": 0.0},
           "seed": 42}}
JSON
    run="$work/run-$model"
    rm -rf "$run"
    start=$(date +%s.%N)
    "$build/engine/cli/faicls-cli" train --data "$data" --config "$config" --out "$run" > "$work/$model.log" 2>&1
    end=$(date +%s.%N)
    accuracy=$(grep '"type":"evaluation"' "$run/metrics.jsonl" | tail -1 |
        /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["accuracy"], 2))')
    seconds=$(/usr/bin/python3 -c "print(round($end - $start, 1))")
    echo "{\"framework\": \"faicls\", \"model\": \"$model\", \"epochs\": $epochs, \"accuracy\": $accuracy, \"wall_seconds\": $seconds}"
    /usr/bin/python3 "$root/bench/torch_fashion_mnist.py" "$data" "$model" "$epochs"
done
