#!/usr/bin/env bash
# Likely label errors in the training split of full Fashion-MNIST (60,000 pictures) with 5 % of
# its labels flipped (seeded): `faicls-cli review --split train` (k-fold cross-validation, STDC
# nano at 32 px), then precision and recall of the flagged set against the flips, and of the
# first N flagged (N = the number of flips), with the wall time.
# Usage: bench/label_errors.sh [FOLDS] [EPOCHS]   (defaults: 4 folds, 2 epochs each)
# Nothing else should run meanwhile: the figures are wall times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
folds="${1:-4}"
epochs="${2:-2}"
work="$build/bench-label-errors"
# FAICLS_BENCH_DATA: another class-folder dataset with train/ and valid/ (a quick trial).
clean="${FAICLS_BENCH_DATA:-$build/bench-fashion-mnist/data}"
mkdir -p "$work"
if [[ -z "${FAICLS_BENCH_DATA:-}" && ! -f "$clean/.complete" ]]; then
    rm -rf "$clean"
    /usr/bin/python3 "$root/bench/make_fashion_mnist_folder.py" "$clean"
    touch "$clean/.complete"
fi
cmake --build "$build" --target faicls-cli > /dev/null

# The noisy copy: hard links, 5 % of the training pictures moved to another class's folder.
noisy="$work/noisy"
rm -rf "$noisy"
cp -al "$clean" "$noisy"
rm -f "$noisy/.complete"
/usr/bin/python3 - "$noisy" "$work/flipped.txt" <<'PY'
import os, random, sys
noisy, listing = sys.argv[1], sys.argv[2]
train = os.path.join(noisy, "train")
classes = sorted(os.listdir(train))
files = sorted((c, f) for c in classes for f in os.listdir(os.path.join(train, c)))
rng = random.Random(5)
rng.shuffle(files)
flipped = []
for c, f in files[: len(files) // 20]:
    to = rng.choice([k for k in classes if k != c])
    os.rename(os.path.join(train, c, f), os.path.join(train, to, f))
    flipped.append(f"train/{to}/{f}")
open(listing, "w").write("\n".join(flipped) + "\n")
PY

config="$work/config.json"
cat > "$config" <<JSON
{"model": {"backbone_config": {"model_type": "stdc", "size": "nano"}, "resolution": 32,
           "features": "res5", "num_layers": 2, "hidden_dim": 256, "label_smoothing": 0.0},
 "train": {"epochs": $epochs, "batch_size": 128, "learning_rate": 0.001, "backbone_multiplier": 1.0,
           "optimizer": "adamw", "scheduler": "cosine", "warmup_epochs": 0, "early_stop": false,
           "eval_period": $epochs, "device": "cpu",
           "augmentation": {"scale_jitter": false, "random_resized_crop": false,
                            "horizontal_flip": 0.5, "color_jitter": 0.0},
           "seed": 42}}
JSON
start=$(date +%s.%N)
"$build/engine/cli/faicls-cli" review --data "$noisy" --split train --folds "$folds" \
    --config "$config" --work "$work/folds" --limit 1000000 --json > "$work/review.json" \
    2> "$work/review.log"
end=$(date +%s.%N)
/usr/bin/python3 - "$work/review.json" "$work/flipped.txt" "$start" "$end" "$folds" "$epochs" <<'PY'
import json, sys
review = json.load(open(sys.argv[1]))
flipped = set(open(sys.argv[2]).read().split())
flagged = [issue["file"] for issue in review["issues"]]
found = sum(f in flipped for f in flagged)
first = sum(f in flipped for f in flagged[: len(flipped)])
seconds = float(sys.argv[4]) - float(sys.argv[3])
print(f"{review['images']} training pictures, {len(flipped)} labels flipped; "
      f"{sys.argv[5]} folds x {sys.argv[6]} epochs in {seconds:.0f} s")
print(f"flagged {len(flagged)}: precision {found / max(1, len(flagged)):.3f}, "
      f"recall {found / len(flipped):.3f}")
print(f"first {len(flipped)} flagged: precision (= recall) {first / len(flipped):.3f} "
      f"(chance 0.05)")
PY
