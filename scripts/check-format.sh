#!/usr/bin/env bash
# Fails, naming the files, when a C++ source is not as clang-format (the checked-in
# .clang-format) would write it. Fix with: clang-format -i FILE...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mapfile -t sources < <(git ls-files -- '*.cpp' '*.h')
unformatted=()
for file in "${sources[@]}"; do
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done
if ((${#unformatted[@]} > 0)); then
    echo "Not clang-formatted (run clang-format -i on them):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "All ${#sources[@]} C++ sources are clang-formatted." >&2
