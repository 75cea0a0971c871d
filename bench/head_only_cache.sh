#!/usr/bin/env bash
# Epoch time of the cached head-only mode (backbone frozen, no augmentation: features computed
# once) against the same head trained on features computed every epoch, and against a full
# fine-tune, on the real Roboflow face-mask photos (651 training pictures), ResNet-18 from a
# torchvision-layout weights file. Epoch time = (time of 3 epochs - time of 1 epoch) / 2, so the
# start (and the one feature pass of the cached mode) is left out; the feature pass is printed.
# Usage: bench/head_only_cache.sh [RESOLUTION]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
cli="$build/engine/cli/faicls-cli"
data="${FAICLS_SHARED_DATA:-$root/../shared/data}/roboflow-facemask"
resolution="${1:-160}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bash "$root/scripts/build.sh" > /dev/null
/usr/bin/python3 -c "import torch, torchvision; torch.manual_seed(0); \
torch.save(torchvision.models.resnet18().state_dict(), '$work/resnet18.pth')"

run() {  # MODE EPOCHS TRAIN_JSON -> seconds
    cat > "$work/config.json" <<JSON
{"model": {"backbone_config": {"model_type": "resnet", "depth": 18,
                               "pretrained": "$work/resnet18.pth"},
           "resolution": $resolution},
 "train": {"epochs": $2, "batch_size": 32, "early_stop": false, $3}}
JSON
    local start end
    start=$(date +%s.%N)
    "$cli" train --data "$data" --config "$work/config.json" --out "$work/run-$1-$2" \
        > /dev/null 2> "$work/log-$1-$2"
    end=$(date +%s.%N)
    /usr/bin/python3 -c "print($end - $start)"
}

off='"augmentation": {"scale_jitter": false, "horizontal_flip": 0, "color_jitter": 0}'
for mode in full frozen cached; do
    case $mode in
        full) train='"freeze_backbone": false' ;;
        frozen) train="\"freeze_backbone\": true, \"cache_features\": false, $off" ;;
        cached) train="\"freeze_backbone\": true, $off" ;;
    esac
    one=$(run $mode 1 "$train")
    three=$(run $mode 3 "$train")
    epoch=$(/usr/bin/python3 -c "print(($three - $one) / 2)")
    printf '%-7s epoch %6.2f s   (1 epoch run %.1f s, 3 epochs %.1f s)\n' \
        "$mode" "$epoch" "$one" "$three"
    grep -h "features computed once" "$work/log-$mode-1" || true
done
