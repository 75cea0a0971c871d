#!/usr/bin/env bash
# Installs what is missing, builds, and starts the FAI-CLS Studio desktop application.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
build="${FAICLS_BUILD_DIR:-$root/build}"
# The Fashion-MNIST demo datasets, built once (from Debian's dataset-fashion-mnist).
if [[ ! -f "$root/demo/fashion-mnist-mosaics/test/_annotations.coco.json" ]]; then
    "$build/engine/cli/faicls-cli" demo --out "$root/demo" > /dev/null
fi
exec "$build/gui/faicls" --demo-folder "$root/demo" "$@"
