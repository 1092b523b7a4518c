#!/usr/bin/env bash
# The map only reads GeoPackages, through SQLite (src/geo/gpkgreader.cpp): it must not load
# GDAL, whose code and sixty dependencies cost about 20 MB of resident memory
# (docs/bench/scrub.md). Usage: check-no-gdal.sh BINARY
set -euo pipefail
binary="$1"
needed="$(readelf -d "$binary")" || { echo "readelf failed on $binary" >&2; exit 2; }
if ! grep -q NEEDED <<<"$needed"; then
    echo "no NEEDED entries in $binary: is it a dynamic executable?" >&2
    exit 2
fi
if grep -i 'NEEDED.*libgdal' <<<"$needed"; then
    echo "$binary links GDAL" >&2
    exit 1
fi
echo "$binary: $(grep -c NEEDED <<<"$needed") shared libraries, GDAL not among them"
