#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer: everything is
# built into build-sanitize/ with -fsanitize=address,undefined (FAICLS_SANITIZE) and ctest runs
# there. Not part of the CI run: the build and the slower tests take about an hour on 2 cores.
# Extra arguments go to ctest, e.g. -L engine or -R tst_bundle.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
# LibTorch, OpenCV and Qt are not instrumented: their containers look overflowed to ASan and
# their static singletons are never freed (not leaks of ours).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_container_overflow=0:detect_leaks=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# clang, -O1 and line tables only: GCC with full debug information over the torch headers
# builds about five times slower.
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS_RELEASE="-O1 -gline-tables-only" \
        -DFAICLS_SANITIZE=ON
fi
cmake --build "$build" --parallel "$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc)"
ctest --test-dir "$build" --output-on-failure --timeout 3600 "$@"
