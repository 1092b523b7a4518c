#!/usr/bin/env python3
"""Checks the hand-made gazetteer supplement in geodata/sources/places_*.csv.

The supplement adds the villages, districts, military sites and crossings that the
GeoNames base lacks. A wrong row is worse than a missing one, so this script catches
what can be caught mechanically: malformed rows, duplicate ids, unknown kinds or
countries, coordinates outside the region or far from the stated governorate
(sign and lat/lon swap errors), Arabic names without Arabic script, empty citations.

Usage: supplement_check.py [SOURCES_DIR]   (default: <repo>/geodata/sources)
Exit status 0 when every file passes, 1 otherwise. Prints counts per file.
"""

import csv
import math
import re
import sys
from pathlib import Path

HEADER = ["id", "name", "name_ar", "alt_names", "kind", "country", "admin1",
          "lat", "lon", "population", "citation"]
KINDS = {"city", "town", "village", "neighbourhood", "airbase", "military",
         "border_crossing", "prison", "region", "dam", "camp"}
COUNTRIES = {"SY", "IQ", "LB", "JO", "IL", "TR"}
FILES = ["places_damascus.csv", "places_aleppo.csv", "places_homs_hama.csv",
         "places_idlib.csv", "places_south.csv", "places_east.csv",
         "places_coast.csv", "places_military.csv", "places_crossings.csv"]

# Approximate extent (lat_min, lat_max, lon_min, lon_max) of each first-level
# division used in the files. A place must lie inside its box widened by MARGIN_KM;
# this is meant to catch gross errors (swapped or mistyped coordinates, wrong
# governorate), not to trace boundaries.
ADMIN1_BOXES = {
    ("SY", "Damascus"): (33.42, 33.58, 36.18, 36.40),
    ("SY", "Rif Dimashq"): (32.90, 34.40, 35.70, 38.00),
    ("SY", "Aleppo"): (35.60, 36.85, 36.45, 38.70),
    ("SY", "Idlib"): (35.45, 36.35, 36.20, 37.10),
    ("SY", "Hama"): (34.75, 35.65, 36.10, 37.80),
    ("SY", "Homs"): (33.30, 35.30, 36.20, 41.00),
    ("SY", "Latakia"): (35.25, 36.00, 35.70, 36.45),
    ("SY", "Tartus"): (34.60, 35.25, 35.85, 36.40),
    ("SY", "Daraa"): (32.30, 33.20, 35.75, 36.65),
    ("SY", "Quneitra"): (32.75, 33.40, 35.60, 36.05),
    ("SY", "As-Suwayda"): (32.30, 33.15, 36.30, 37.20),
    ("SY", "Deir ez-Zor"): (34.30, 35.90, 39.00, 41.00),
    ("SY", "Raqqa"): (35.30, 36.75, 38.00, 39.70),
    ("SY", "Al-Hasakah"): (35.80, 37.35, 39.70, 42.40),
    ("IQ", "Al Anbar"): (32.00, 34.80, 38.80, 44.00),
    ("IQ", "Nineveh"): (35.30, 37.10, 41.20, 44.00),
    ("IQ", "Kurdistan Region"): (36.00, 37.40, 42.30, 46.00),
    ("LB", "Beqaa"): (33.35, 34.10, 35.60, 36.30),
    ("LB", "Baalbek-Hermel"): (33.80, 34.70, 35.90, 36.65),
    ("LB", "Akkar"): (34.40, 34.70, 35.95, 36.45),
    ("LB", "North"): (34.15, 34.65, 35.60, 36.10),
    ("JO", "Irbid"): (32.30, 32.75, 35.55, 36.25),
    ("JO", "Mafraq"): (31.90, 32.80, 35.90, 39.30),
    ("IL", "Golan Heights"): (32.65, 33.35, 35.60, 35.95),
    ("TR", "Hatay"): (35.80, 37.10, 35.80, 36.70),
    ("TR", "Kilis"): (36.50, 36.95, 36.80, 37.50),
    ("TR", "Gaziantep"): (36.60, 37.50, 36.90, 38.00),
    ("TR", "Sanliurfa"): (36.60, 38.00, 37.80, 40.30),
    ("TR", "Mardin"): (36.90, 37.70, 39.80, 42.00),
    ("TR", "Sirnak"): (37.00, 37.80, 41.50, 43.50),
}
MARGIN_KM = 40.0
# Overall frame: Syria and the strip of its neighbours that reports mention.
FRAME = (29.0, 38.5, 34.5, 44.5)

ID_RE = re.compile(r"^sx:[a-z0-9]+(?:-[a-z0-9]+)*$")
COORD_RE = re.compile(r"^-?\d{1,3}\.\d{4}$")
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
LATIN_RE = re.compile(r"[A-Za-z]")


def box_distance_km(lat, lon, box):
    """Distance in km from a point to an axis-aligned lat/lon box (0 inside)."""
    lat0, lat1, lon0, lon1 = box
    dlat = max(lat0 - lat, 0.0, lat - lat1)
    dlon = max(lon0 - lon, 0.0, lon - lon1)
    return math.hypot(dlat * 111.2, dlon * 111.2 * math.cos(math.radians(lat)))


def haversine_km(a, b):
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def check_file(path, seen_ids, errors, warnings, points):
    rows = 0
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            errors.append(f"{path.name}: empty file")
            return 0
        if header != HEADER:
            errors.append(f"{path.name}:1: header is {header}, expected {HEADER}")
            return 0
        for row in reader:
            line = reader.line_num
            where = f"{path.name}:{line}"
            if not row or all(not c.strip() for c in row):
                errors.append(f"{where}: blank line")
                continue
            if len(row) != len(HEADER):
                errors.append(f"{where}: {len(row)} columns, expected {len(HEADER)}")
                continue
            rows += 1
            rec = dict(zip(HEADER, row))
            for key, value in rec.items():
                if value != value.strip():
                    errors.append(f"{where}: {key} has leading/trailing space")
            pid = rec["id"]
            if not ID_RE.match(pid):
                errors.append(f"{where}: bad id {pid!r}")
            if pid in seen_ids:
                errors.append(f"{where}: duplicate id {pid} (first in {seen_ids[pid]})")
            seen_ids[pid] = where
            if not rec["name"] or not LATIN_RE.search(rec["name"]):
                errors.append(f"{where}: name must be Latin script")
            if not ARABIC_RE.search(rec["name_ar"]) or LATIN_RE.search(rec["name_ar"]):
                errors.append(f"{where}: name_ar must be Arabic script only")
            if rec["alt_names"]:
                alts = rec["alt_names"].split("|")
                if any(not a.strip() or a != a.strip() for a in alts):
                    errors.append(f"{where}: empty or padded alt name")
                if len(set(a.lower() for a in alts)) != len(alts):
                    errors.append(f"{where}: repeated alt name")
                if rec["name"].lower() in (a.lower() for a in alts):
                    errors.append(f"{where}: alt_names repeats the name")
            if rec["kind"] not in KINDS:
                errors.append(f"{where}: unknown kind {rec['kind']!r}")
            if rec["country"] not in COUNTRIES:
                errors.append(f"{where}: unknown country {rec['country']!r}")
            if not COORD_RE.match(rec["lat"]) or not COORD_RE.match(rec["lon"]):
                errors.append(f"{where}: lat/lon must have 4 decimals")
                continue
            lat, lon = float(rec["lat"]), float(rec["lon"])
            if not (FRAME[0] <= lat <= FRAME[1] and FRAME[2] <= lon <= FRAME[3]):
                errors.append(f"{where}: {lat},{lon} outside the Levant frame")
            box = ADMIN1_BOXES.get((rec["country"], rec["admin1"]))
            if box is None:
                errors.append(f"{where}: unknown admin1 {rec['country']}/{rec['admin1']!r}")
            else:
                d = box_distance_km(lat, lon, box)
                if d > MARGIN_KM:
                    errors.append(f"{where}: {rec['name']} is {d:.0f} km outside "
                                  f"{rec['admin1']} (swapped or wrong coordinates?)")
            if rec["population"] and not re.fullmatch(r"[1-9]\d*", rec["population"]):
                errors.append(f"{where}: population must be a positive integer or empty")
            if len(rec["citation"].strip()) < 10:
                errors.append(f"{where}: citation missing or too short")
            points.append((where, rec["name"].lower(), lat, lon))
    return rows


def main():
    root = Path(__file__).resolve().parents[3]
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "geodata" / "sources"
    errors, warnings, seen, points = [], [], {}, []
    total = 0
    for name in FILES:
        path = src / name
        if not path.exists():
            errors.append(f"{name}: missing")
            continue
        n = check_file(path, seen, errors, warnings, points)
        print(f"{name}: {n} rows")
        total += n
    # Same name listed twice within 5 km: one row is redundant.
    by_name = {}
    for where, name, lat, lon in points:
        by_name.setdefault(name, []).append((where, lat, lon))
    for name, hits in by_name.items():
        for i in range(len(hits)):
            for j in range(i + 1, len(hits)):
                if haversine_km(hits[i][1:], hits[j][1:]) < 5.0:
                    warnings.append(f"{hits[j][0]}: {name!r} repeats {hits[i][0]}")
    print(f"total: {total} rows")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
