#!/usr/bin/env bash
# Input pipeline throughput, ours against torchvision's, in one run, same workers, on the real
# JPEGs of the Roboflow export (as a class-folder view). Usage: bench/pipeline.sh [WORKERS] [EPOCHS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
workers="${1:-2}"
epochs="${2:-3}"
view=/tmp/faicls-bench-facemask
rm -rf "$view"
/usr/bin/python3 "$root/bench/make_folder_from_coco.py" "$root/../shared/data/roboflow-facemask" "$view"
cmake --build "$build" --target faicls-bench-pipeline > /dev/null
"$build/bench/faicls-bench-pipeline" "$view" "$workers" "$epochs"
/usr/bin/python3 "$root/bench/torchvision_pipeline.py" "$view/train" "$workers" "$epochs"
