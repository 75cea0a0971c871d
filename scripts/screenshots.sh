#!/usr/bin/env bash
# Launches FAI-CLS Studio under Xvfb on the demo, lets it tour every page (open the demo,
# train briefly, evaluate, predict, export) and saves a screenshot of each page.
# Usage: scripts/screenshots.sh [OUT_DIR [DATASET]]   (default docs/screenshots, the demo;
# needs xvfb). With DATASET, the tour trains on it (96 px) instead of the demo: to look at the
# app on real photos.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
out="${1:-$root/docs/screenshots}"
bash "$root/scripts/build.sh" > /dev/null
if [[ ! -f "$root/demo/fashion-mnist-mosaics/test/_annotations.coco.json" ]]; then
    "$build/engine/cli/faicls-cli" demo --out "$root/demo" > /dev/null
fi
mkdir -p "$out"
# Settings of their own: the user's recent projects and datasets stay out of the pictures.
settings="$(mktemp -d)"
trap 'rm -rf "$settings"' EXIT
export XDG_CONFIG_HOME="$settings"
xvfb-run -a -s "-screen 0 1400x900x24" "$build/gui/faicls" --demo-folder "$root/demo" \
    --screenshots "$out" ${2:+"$2"}
ls "$out"
