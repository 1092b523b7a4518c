#!/usr/bin/env bash
# Exports the bundled scenario with `sitrep` and has independent tools open the results.
# Usage: export-validate.sh MODE SITREP NODE_MODULES
#   geojson     snapshots at 2024-12-07T12:00Z under latest and consensus, and a diff, through
#               @mapbox/geojsonhint and @placemarkio/check-geojson (zero problems allowed)
#   references  the reference GeoJSON files in tests/data/reference through the same validators
#   ogrinfo     GDAL's ogrinfo opens the GeoPackage and the KML, every layer, without an error
#   togeojson   @tmcw/togeojson reads the KML run back, every feature with its time span
#   day         --at 2024-12-07 exports the end of that day, not its start
#   bad-input   bad arguments exit 2 with a message and leave no file behind
#   selftest    the validators reject a file that breaks RFC 7946 (so a pass means something)
set -euo pipefail
mode=$1 sitrep=$2 modules=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
at=2024-12-07T12:00Z

[ -d "$modules/@mapbox/geojsonhint" ] || { echo "npm packages missing in $modules: run scripts/setup.sh" >&2; exit 1; }

export_ok() { # out args...
    local out=$1; shift
    "$sitrep" export "$@" -o "$out" 2>"$work/stderr" || { cat "$work/stderr" >&2; echo "export failed: $*" >&2; exit 1; }
    [ -s "$out" ] || { echo "export wrote nothing: $out" >&2; exit 1; }
}

case "$mode" in
geojson)
    for lens in latest consensus; do
        export_ok "$work/$lens.geojson" --at "$at" --lens "$lens" --format geojson
    done
    "$sitrep" diff --from 2024-12-05T00:00Z --to 2024-12-08T00:00Z --lens latest -o "$work/diff.geojson"
    node "$here/validate-geojson.js" "$modules" "$work/latest.geojson" "$work/consensus.geojson" "$work/diff.geojson"
    ;;
day)
    # A date alone means the end of that day, as it does for `sitrep state`.
    export_ok "$work/day.geojson" --at 2024-12-07 --lens latest --format geojson
    export_ok "$work/last.geojson" --at 2024-12-07T23:59:59Z --lens latest --format geojson
    export_ok "$work/first.geojson" --at 2024-12-07T00:00:00Z --lens latest --format geojson
    cmp -s "$work/day.geojson" "$work/last.geojson" \
        || { echo "--at 2024-12-07 is not the end of that day" >&2; exit 1; }
    if cmp -s "$work/day.geojson" "$work/first.geojson"; then
        echo "--at 2024-12-07 exported the start of the day" >&2; exit 1
    fi
    ;;
references)
    mapfile -t refs < <(find "$root/tests/data/reference" -name '*.geojson' | sort)
    node "$here/validate-geojson.js" "$modules" "${refs[@]}"
    ;;
ogrinfo)
    export_ok "$work/snapshot.gpkg" --at "$at" --lens latest --format gpkg
    export_ok "$work/run.kml" --at 2024-12-05T00:00Z --from 2024-12-05T00:00Z --to 2024-12-08T00:00Z --lens consensus --format kml
    for f in "$work/snapshot.gpkg" "$work/run.kml"; do
        ogrinfo -ro -al -so "$f" >"$work/ogrinfo.out" 2>"$work/ogrinfo.err" || { cat "$work/ogrinfo.err" >&2; exit 1; }
        if grep -qi "error" "$work/ogrinfo.err"; then cat "$work/ogrinfo.err" >&2; exit 1; fi
        echo "$f: $(grep -c '^Layer name' "$work/ogrinfo.out") layers, $(grep 'Feature Count' "$work/ogrinfo.out" | awk '{s+=$3} END {print s}') features"
    done
    for layer in areas front_lines places claims; do
        grep -q "^Layer name: $layer\$" <(ogrinfo -ro -so "$work/snapshot.gpkg" "$layer") || { echo "layer $layer missing" >&2; exit 1; }
    done
    [ "$(ogrinfo -ro -so "$work/snapshot.gpkg" areas | awk '/Feature Count/ {print $3}')" -gt 2 ] || { echo "too few areas" >&2; exit 1; }
    ;;
togeojson)
    export_ok "$work/run.kml" --at 2024-11-26T00:00Z --from 2024-11-26T00:00Z --to 2024-12-12T00:00Z --lens latest --format kml
    node "$here/kml-timespans.js" "$modules" "$work/run.kml" 1000
    ;;
bad-input)
    expect2() { # description, expected file, args...
        local what=$1 file=$2; shift 2
        local rc=0
        "$sitrep" "$@" >"$work/out" 2>"$work/err" || rc=$?
        if [ "$rc" -ne 2 ]; then echo "FAIL ($what): exit $rc, expected 2" >&2; cat "$work/err" >&2; exit 1; fi
        if [ ! -s "$work/err" ]; then echo "FAIL ($what): no message" >&2; exit 1; fi
        if [ -n "$file" ] && ls -A "$(dirname "$file")" 2>/dev/null | grep -q .; then
            echo "FAIL ($what): left files behind: $(ls -A "$(dirname "$file")")" >&2; exit 1
        fi
        echo "ok ($what): $(head -1 "$work/err")"
    }
    mkdir -p "$work/out-dir"
    out="$work/out-dir/snap.geojson"
    expect2 "missing folder" "$out" export --at "$at" --lens latest --format geojson -o "$work/none/snap.geojson"
    if [ "$(id -u)" -eq 0 ]; then ro=/sys; else ro="$work/ro"; mkdir -p "$ro"; chmod 0555 "$ro"; fi
    expect2 "read-only folder" "" export --at "$at" --lens latest --format geojson -o "$ro/snap.geojson"
    [ ! -e "$ro/snap.geojson" ] || { echo "FAIL: file written into read-only folder" >&2; exit 1; }
    expect2 "unknown format" "$out" export --at "$at" --lens latest --format shp -o "$out"
    expect2 "unknown lens" "$out" export --at "$at" --lens loudest --format geojson -o "$out"
    expect2 "instant outside the data" "$out" export --at 2023-01-01T00:00Z --lens latest --format geojson -o "$out"
    expect2 "malformed instant" "$out" export --at yesterday --lens latest --format geojson -o "$out"
    expect2 "diff outside the data" "$out" diff --from 2024-12-05T00:00Z --to 2031-01-01T00:00Z --lens latest -o "$out"
    expect2 "diff unknown lens" "$out" diff --from 2024-12-05T00:00Z --to 2024-12-08T00:00Z --lens nope -o "$out"
    ;;
selftest)
    # Clockwise outer ring, a crs member, seven decimals: every validator must complain.
    cat >"$work/bad.geojson" <<'JSON'
{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4326"}},"features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[36,33],[36,34],[37.1234567,34],[37,33],[36,33]]]}}]}
JSON
    if node "$here/validate-geojson.js" "$modules" "$work/bad.geojson"; then
        echo "FAIL: the validators accepted a clockwise ring and a crs" >&2; exit 1
    fi
    printf '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>x</name><Point><coordinates>36,33</coordinates></Point></Placemark></Document></kml>' >"$work/bad.kml"
    if node "$here/kml-timespans.js" "$modules" "$work/bad.kml"; then
        echo "FAIL: a placemark without a time span passed" >&2; exit 1
    fi
    echo "selftest: the validators reject broken files"
    ;;
*)
    echo "unknown mode $mode" >&2; exit 2 ;;
esac
