#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 in their own build folder and runs each for a
# bounded time. Usage: tests/fuzz/run-fuzz.sh [SECONDS_PER_TARGET]   (default 20)
# Needs: clang, libclang-rt-14-dev (scripts/debian-packages.txt). Exit status is non-zero when a
# target crashes, leaks or fails to build; crash inputs are left in the build folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${SITREP_FUZZ_BUILD:-$ROOT/build-fuzz}"
SECONDS_PER_TARGET="${1:-20}"
CXX_BIN="$(command -v clang++-14 || command -v clang++)"
C_BIN="$(command -v clang-14 || command -v clang)"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$CXX_BIN" -DCMAKE_C_COMPILER="$C_BIN" \
    -DSITREP_FUZZ=ON -DSITREP_BUILD_APP=OFF -DSITREP_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD" --target fuzz_articlereader fuzz_normaliser fuzz_briefing fuzz_gpkggeometry -j2
status=0
for target in articlereader normaliser briefing gpkggeometry; do
    corpus="$BUILD/fuzz-corpus/$target"
    mkdir -p "$corpus"
    # Seed the corpus with real articles so the fuzzer starts from the shapes it must handle.
    if [ "$target" = gpkggeometry ]; then
        # Real blobs of every geometry type the bundled GeoPackage holds.
        python3 - "$ROOT/geodata/levant.gpkg" "$corpus" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for table, column in db.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"):
    for i, (blob,) in enumerate(db.execute(f'SELECT "{column}" FROM "{table}" WHERE length("{column}") < 16384 LIMIT 3')):
        open(f"{sys.argv[2]}/{table}-{i}", "wb").write(blob)
PY
    elif [ "$target" = briefing ]; then
        cp "$ROOT"/geodata/scenarios/*/briefing.json "$ROOT"/tests/data/briefings/*.json "$corpus"/ 2>/dev/null || true
    else
        cp "$ROOT"/geodata/scenarios/syria-2024-12/articles/*.txt "$corpus"/ 2>/dev/null || true
        cp "$ROOT"/tests/data/geoparse/passages/*.txt "$corpus"/ 2>/dev/null || true
    fi
    echo "fuzz_$target: ${SECONDS_PER_TARGET}s"
    (cd "$BUILD" && "./tests/fuzz/fuzz_$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=16384 \
        -print_final_stats=1 "$corpus") || status=1
done
exit $status
