#!/usr/bin/env bash
# Installs what is needed, builds, and runs every C++ and QML test headless (under xvfb-run, so
# the OpenGL scene graph draws as it does on a desktop). CI runs exactly this.
# In CI (CI=true), or with SITREP_FULL=1, it also runs the non-Qt tests again in an
# AddressSanitizer/UBSan build and the fuzzers for a short bounded time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
full=0
extra=()
if [ "${CI:-}" = "true" ]; then
    full=1
    extra+=(-DSITREP_WERROR=ON)
fi
[ "${SITREP_FULL:-0}" = "1" ] && full=1
export TZ=UTC LC_ALL=C
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
jobs=$(nproc)
summary=$(mktemp)
# Caches the tests make (the scenario's default workspace) go here, never into the home.
export SITREP_CACHE_DIR=$(mktemp -d)
trap 'rm -f "$summary"; rm -rf "$SITREP_CACHE_DIR"' EXIT

echo "== build (RelWithDebInfo) =="
"$root/scripts/build.sh" "$root/build/test" RelWithDebInfo "${extra[@]}"
echo "== tests =="
(cd "$root/build/test" && xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure -j "$jobs" "$@") \
    | tee -a "$summary"

if [ $full -eq 1 ]; then
    echo "== sanitizer build (address,undefined; no Qt) =="
    "$root/scripts/build.sh" "$root/build/asan" Debug -DSITREP_SANITIZE=address,undefined \
        -DSITREP_BUILD_APP=OFF -DSITREP_BUILD_BENCH=OFF "${extra[@]}"
    echo "== tests under sanitizers =="
    (cd "$root/build/asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j "$jobs" "$@") \
        | tee -a "$summary"
    if [ -x "$root/tests/fuzz/run-fuzz.sh" ]; then
        echo "== fuzzers (bounded) =="
        "$root/tests/fuzz/run-fuzz.sh"
    fi
fi

# One closing line over every ctest run above (each failed run has already stopped the script).
awk '/tests passed, [0-9]+ tests failed out of/ { total += $NF; failed += $4 }
     END { printf "tests: %d passed, %d failed\n", total - failed, failed }' "$summary"
