#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (engine and GUI, offscreen).
# Extra arguments go to ctest, e.g. -L engine or -R tst_config.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
ctest --test-dir "${FAICLS_BUILD_DIR:-$root/build}" --output-on-failure "$@"
# Every parser of untrusted bytes, fuzzed briefly from its seeds (scripts/fuzz.sh for longer);
# skipped when only some tests were asked for.
if (($# == 0)); then
    bash "$root/scripts/fuzz.sh" --seeds 5
fi
# The package: built, validated, installed with apt-get, the installed programs smoke-tested.
bash "$root/scripts/package.sh"
