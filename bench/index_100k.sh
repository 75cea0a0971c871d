#!/usr/bin/env bash
# Indexing speed: builds a tree of 100k small PNG files, then times `faicls-cli inspect` on it
# (cold run after dropping nothing: the files were just written, so this is the warm-cache figure).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${FAICLS_BUILD_DIR:-$root/build}/engine/cli/faicls-cli"
tree="${1:-/tmp/faicls-bench-100k}"
if [[ ! -d "$tree/train" ]]; then
    echo "writing 100k files to $tree ..." >&2
    /usr/bin/python3 "$root/bench/make_file_tree.py" "$tree" 100000 100
fi
for run in 1 2 3; do
    /usr/bin/time -f "run $run: %e s wall, %M KiB max RSS" "$cli" inspect "$tree" --json > /tmp/faicls-bench-report.json
done
/usr/bin/python3 -c "import json; r=json.load(open('/tmp/faicls-bench-report.json')); print('images', r['images'], 'classes', len(r['classes']), 'problems', len(r['problems']))"
