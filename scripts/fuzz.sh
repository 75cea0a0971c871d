#!/usr/bin/env bash
# The libFuzzer targets (fuzz/): built with clang, coverage, ASan and UBSan into build-fuzz/.
#   scripts/fuzz.sh TARGET [SECONDS]   search for SECONDS (default 60), starting from the seeds in
#                                      fuzz/corpus/TARGET; what it finds new is kept in
#                                      build-fuzz/corpus/TARGET, a crash in build-fuzz/crashes/
#   scripts/fuzz.sh --seeds [SECONDS]  every target over its seeds, then SECONDS (default 5) of
#                                      search each: the short run the test command makes
#   scripts/fuzz.sh --list             the targets
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_FUZZ_BUILD_DIR:-$root/build-fuzz}"
targets=(image_header image_decode coco config pickle pth bundle weights_catalog hash_cache run_files)

# LibTorch and OpenCV are not instrumented: their containers look overflowed to ASan, and their
# static singletons are never freed (not leaks of ours).
# nproc follows OMP_NUM_THREADS, set below for the fuzzers: without -u the build ran on one core.
jobs="$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_container_overflow=0:detect_leaks=0:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export OMP_NUM_THREADS=1

build_targets() {
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        # -O1 and line tables only: the instrumented build compiles about a third faster, and
        # the stack traces of a crash still name the lines.
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
            -DCMAKE_CXX_COMPILER=clang++-14 -DFAICLS_FUZZ=ON >/dev/null
    fi
    cmake --build "$build" --parallel "$jobs" --target "${@/#/fuzz_}"
}

# One target: its seeds (read-only) and its working corpus, for SECONDS.
run_target() {
    local target="$1" seconds="$2"
    mkdir -p "$build/corpus/$target" "$build/crashes"
    "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" \
        "$build/corpus/$target" "$root/fuzz/corpus/$target"
}

case "${1:-}" in
    --list)
        printf '%s\n' "${targets[@]}"
        ;;
    --seeds)
        seconds="${2:-5}"
        build_targets "${targets[@]}"
        for target in "${targets[@]}"; do
            log="$build/fuzz_$target.log"
            if ! run_target "$target" "$seconds" >"$log" 2>&1; then
                tail -n 60 "$log" >&2
                echo "fuzz_$target failed (the input is in $build/crashes/)" >&2
                exit 1
            fi
            echo "fuzz_$target: $(grep -oE 'cov: [0-9]+' "$log" | tail -1)," \
                "$(grep -E '^stat::number_of_executed_units' "$log" | grep -oE '[0-9]+$') runs"
        done
        ;;
    ""|-*)
        sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
    *)
        target="$1"
        [[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target $target; --list" >&2; exit 2; }
        build_targets "$target"
        run_target "$target" "${2:-60}"
        ;;
esac
