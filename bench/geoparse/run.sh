#!/usr/bin/env bash
# Geoparser benchmark: builds geoparse_bench in Release, generates MB megabytes (default 60) of
# news-like text, runs the full geoparser over it on one core, then the npm `compromise`
# library's .places() over the same text, and prints both and their ratio.
#   bench/geoparse/run.sh [MB]            (COMPROMISE_MB=N: compromise on the first N MB only)
# compromise comes from tests/npm (npm ci --prefix tests/npm) or, failing that, is installed
# into bench/geoparse/node_modules.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${SITREP_BENCH_BUILD:-$ROOT/build-bench-geoparse}"
MB="${1:-60}"
TEXT="$BUILD/geoparse-bench.txt"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSITREP_BUILD_APP=OFF >/dev/null
cmake --build "$BUILD" --target geoparse_bench -j2 >/dev/null
[[ -s "$TEXT" ]] || "$BUILD/bench/geoparse/geoparse_bench" generate "$MB" "$TEXT"
echo "== sitrep geoparser"
taskset -c 0 "$BUILD/bench/geoparse/geoparse_bench" run "$TEXT" | tee "$BUILD/geoparse-bench.out"
MODULE="$ROOT/tests/npm/node_modules/compromise"
if [[ ! -d "$MODULE" ]]; then
    if [[ -f "$ROOT/tests/npm/package.json" ]]; then
        npm ci --prefix "$ROOT/tests/npm" --no-audit --no-fund >/dev/null
    else
        npm install --prefix "$ROOT/bench/geoparse" --no-audit --no-fund compromise >/dev/null
        MODULE="$ROOT/bench/geoparse/node_modules/compromise"
    fi
fi
echo "== compromise .places()"
# COMPROMISE_MB=N runs compromise on the first N MB of the same text only (it needs about ten
# minutes of CPU for 60 MB); the comparison is per MB either way.
taskset -c 0 node "$ROOT/bench/geoparse/compromise_places.mjs" "$TEXT" "$MODULE" ${COMPROMISE_MB:-} | tee "$BUILD/compromise-bench.out"
# Compare per CPU second: the machine is shared, so wall time mostly measures the neighbours.
ours="$(sed -n 's/.*wall, \([0-9.]*\) MB\/s per cpu second.*/\1/p' "$BUILD/geoparse-bench.out")"
theirs="$(sed -n 's/.*wall, \([0-9.]*\) MB\/s per cpu second.*/\1/p' "$BUILD/compromise-bench.out")"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "ratio (per cpu second): sitrep %.1f MB/s / compromise %.2f MB/s = %.0fx\n", a, b, a / b }'
