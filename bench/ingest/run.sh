#!/usr/bin/env bash
# Ingest throughput: articles per second with --jobs 1 and --jobs 2 on a generated corpus, into a
# GeoPackage and into a PostGIS workspace (a throw-away server from scripts/start-postgis.sh).
#   bench/ingest/run.sh SITREP_BINARY [COUNT]      (COUNT defaults to 10000)
# Prints one line per run; results go in docs/bench/ingest.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sitrep=${1:?usage: run.sh SITREP_BINARY [COUNT]}
count=${2:-10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-bench-ingest.XXXXXX")
pgdir="$work/pg"
cleanup() {
    [[ -d $pgdir ]] && "$root/scripts/start-postgis.sh" stop "$pgdir" || true
    rm -rf "$work"
}
trap cleanup EXIT

python3 "$here/gencorpus.py" "$work/corpus" "$count"
mkdir -p "$work/empty"
uri=$("$root/scripts/start-postgis.sh" --dir "$pgdir" 2>/dev/null)
psql -X -q "$uri" -c "CREATE DATABASE startup" -c "CREATE DATABASE jobs1" -c "CREATE DATABASE jobs2" >/dev/null
base=${uri%/*}

now() { date +%s.%N; }
measure() { # label workspace jobs
    local start end
    start=$(now)
    "$sitrep" ingest --workspace "$2" --jobs "$3" "$work/corpus" >"$work/out" 2>"$work/err" || true
    end=$(now)
    python3 -c "import sys; s,e,n=float(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]); \
print(f'{sys.argv[4]:<22} jobs {sys.argv[5]}  {n} articles  {e-s:7.1f} s  {n/(e-s):7.1f} articles/s')" \
        "$start" "$end" "$count" "$1" "$3"
    echo "    $(cat "$work/out")"
}

echo "corpus: $count articles, $(du -sh "$work/corpus" | cut -f1); $(nproc) cores; $(date -u +%FT%TZ)"
start=$(now)
"$sitrep" ingest --workspace "$work/startup.gpkg" "$work/empty" >/dev/null 2>&1 || true
echo "start-up (gazetteer + geoparser index, no articles): $(python3 -c "print(f'{$(now)-$start:.1f} s')")"
measure "GeoPackage" "$work/jobs1.gpkg" 1
measure "GeoPackage" "$work/jobs2.gpkg" 2
measure "PostGIS" "$base/jobs1" 1
measure "PostGIS" "$base/jobs2" 2
start=$(now)
"$sitrep" ingest --workspace "$work/jobs2.gpkg" --jobs 2 "$work/corpus" >"$work/out" 2>&1 || true
echo "re-ingest, all duplicates (GeoPackage, jobs 2): $(python3 -c "print(f'{$(now)-$start:.1f} s')")  $(cat "$work/out")"
