#!/usr/bin/env bash
# Export benchmarks, side by side in one run (figures go to docs/bench/export.md):
#  1. a 10,000-feature GeoJSON snapshot written by Sitrep vs `ogr2ogr` converting the same
#     features from GeoPackage to GeoJSON (RFC7946=YES);
#  2. the territory rebuild for the Levant gazetteer's Syrian cells vs PostGIS
#     ST_VoronoiPolygons + ST_Intersection + ST_Union on the same points and outline, in a
#     PostgreSQL 15 + PostGIS 3 server this script starts on loopback in a temporary folder
#     (and stops again). Best of 5 runs each.
# Usage: bench/export/run.sh [BUILD_DIR]   (a RelWithDebInfo or Release build with export_bench)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build-territory}
bench=$build/bench/export/export_bench
[ -x "$bench" ] || { echo "no $bench: cmake --build $build --target export_bench" >&2; exit 1; }
pgbin=/usr/lib/postgresql/15/bin
runs=5
work=$(mktemp -d /tmp/sitrep-bench-export.XXXXXX)
chmod 0755 "$work"
pg_started=0
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    if [ "$pg_started" -eq 1 ]; then as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
now_ms() { date +%s%N | awk '{printf "%.1f", $1 / 1e6}'; }
best() { sort -g | head -1; }

echo "== 1. GeoJSON snapshot, 10,000 features"
"$bench" geojson "$work" | tee "$work/geojson.txt"
ours=$(awk -F= '/^ours_geojson_ms=/ {print $2}' "$work/geojson.txt")
for _ in $(seq $runs); do
    t0=$(now_ms)
    ogr2ogr -f GeoJSON -lco RFC7946=YES "$work/theirs.geojson" "$work/bench.gpkg"
    t1=$(now_ms)
    awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f\n", b - a}'
    rm -f "$work/theirs.geojson"
done >"$work/ogr.txt"
ogr=$(best <"$work/ogr.txt")
echo "ogr2ogr_gpkg_to_geojson_ms=$ogr"
echo "ratio_ours_to_ogr2ogr=$(awk -v a="$ours" -v b="$ogr" 'BEGIN {printf "%.3f", a / b}')"

echo "== 2. Territory rebuild, Syria"
"$bench" territory "$work" | tee "$work/territory.txt"
ours_t=$(awk -F= '/^ours_total_ms=/ {print $2}' "$work/territory.txt")
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL 15 missing: apt-get install postgresql-15-postgis-3" >&2; exit 1; }
port=$((20000 + RANDOM % 20000))
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
as_pg "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
    -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
pg_started=1
psql_() { psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
psql_ -c "CREATE EXTENSION postgis" -c "SELECT postgis_full_version()" -At | sed 's/^/postgis: /' | cut -c1-120
psql_ <<SQL
CREATE TABLE pts(id text, lon float8, lat float8, actor text);
\copy pts FROM '$work/points.csv' CSV
ALTER TABLE pts ADD COLUMN geom geometry(Point, 4326);
UPDATE pts SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326);
CREATE TABLE country_wkt(wkt text);
\copy country_wkt FROM '$work/country.wkt'
CREATE TABLE country AS SELECT ST_GeomFromText(wkt, 4326) AS geom FROM country_wkt;
ANALYZE;
SQL
query="WITH cells AS (
  SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(geom), 0, (SELECT geom FROM country)))).geom AS cell FROM pts
), owned AS (
  SELECT p.actor, ST_Intersection(c.cell, k.geom) AS geom
  FROM cells c JOIN pts p ON ST_Intersects(c.cell, p.geom) CROSS JOIN country k
)
SELECT actor, round(ST_Area(ST_Union(geom))::numeric, 4) FROM owned GROUP BY actor ORDER BY actor;"
for _ in $(seq $runs); do
    printf '\\timing on\n%s\n' "$query" | psql_ -At | awk '/^Time:/ {print $2}'
done >"$work/pg.txt"
printf '%s\n' "$query" | psql_ -At | sed 's/^/postgis area (deg²): /' | head -8
pg=$(best <"$work/pg.txt")
echo "postgis_voronoi_union_ms=$pg"
echo "ratio_ours_to_postgis=$(awk -v a="$ours_t" -v b="$pg" 'BEGIN {printf "%.3f", a / b}')"
