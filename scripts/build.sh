#!/usr/bin/env bash
# Configures (once) and builds FAI-CLS Studio into build/ with Ninja; incremental afterwards.
# Extra arguments go to the first CMake configure, e.g. -DCMAKE_PREFIX_PATH=/opt/libtorch.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
fi
cmake --build "$build" --parallel "$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc)"
