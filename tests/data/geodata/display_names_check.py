#!/usr/bin/env python3
"""Checks the display names of the gazetteer (geodata/README.md, "Display names").

The `name` column of the places layer is the map label and the geocoder's output, so a Syrian
place must not be shown in a scholarly romanisation ("Ḩamāh", "Ma‘arratmişrīn"). This script
fails when
  - a Syrian place's name in levant.gpkg has a diacritic, a non-ASCII Latin letter or one of the
    marks ‘ ’ ʿ ʾ ʼ ʻ ´ `,
  - display_names.csv has a bad header, an empty display name or citation, a duplicate id, or an
    id that is not a place of levant.gpkg,
  - levant.gpkg does not carry a row's display name as the place's name (rebuild needed).

Usage: display_names_check.py [GPKG [DISPLAY_NAMES_CSV]]
       display_names_check.py --selftest   (feeds the checks bad data and expects them to fail)
Standard library only. Exit status 0 when everything passes, 1 otherwise.
"""

import csv
import io
import sqlite3
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GPKG = ROOT / "geodata" / "levant.gpkg"
CSV = ROOT / "geodata" / "sources" / "display" / "display_names.csv"
MARKS = set("\u2018\u2019\u02bf\u02be\u02bc\u02bb\u00b4`")  # ‘ ’ ʿ ʾ ʼ ʻ ´ `


def name_problem(name):
    """Why `name` is not a plain English display name, or None."""
    for c in unicodedata.normalize("NFD", name):
        if unicodedata.combining(c):
            return f"diacritic U+{ord(c):04X}"
        if c in MARKS:
            return f"mark {c!r}"
        if ord(c) > 127 and "LATIN" in unicodedata.name(c, ""):
            return f"non-ASCII letter {c!r}"
    return None


def check_places(places):
    """places: iterable of (id, name, country). Returns error strings."""
    errors = []
    for pid, name, country in places:
        if country != "SY":
            continue
        why = name_problem(name or "")
        if why:
            errors.append(f"place {pid} {name!r}: {why}")
    return errors


def check_csv(text, where, names_by_id):
    """text: display_names.csv; names_by_id: place id -> name in the GeoPackage."""
    errors = []
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or [h.strip() for h in rows[0][:3]] != ["id", "display_name", "citation"]:
        return [f"{where}:1: header must start with id,display_name,citation"]
    first = {}
    for lineno, row in enumerate(rows[1:], start=2):
        if not any(v.strip() for v in row):
            continue
        pid, name, cite = ((row[i].strip() if i < len(row) else "") for i in range(3))
        at = f"{where}:{lineno}: {pid or '(no id)'}"
        if pid in first:
            errors.append(f"{at}: duplicate id (first at line {first[pid]})")
            continue
        first[pid] = lineno
        if pid not in names_by_id:
            errors.append(f"{at}: id not in the gazetteer")
        elif not name:
            errors.append(f"{at}: empty display_name")
        elif names_by_id[pid] != name:
            errors.append(f"{at}: the GeoPackage names it {names_by_id[pid]!r}, not {name!r} "
                          "(rerun scripts/build-geodata.sh)")
        if not cite:
            errors.append(f"{at}: empty citation")
    return errors


def selftest():
    bad_places = [("gn:1", "Ḩamāh", "SY"), ("gn:2", "Ma‘arrat", "SY"), ("gn:3", "Şanlıurfa", "SY"),
                  ("gn:4", "Hama", "SY"), ("gn:5", "Zahlé", "LB")]
    got = check_places(bad_places)
    ok = len(got) == 3 and all(e.startswith(("place gn:1", "place gn:2", "place gn:3")) for e in got)
    names = {"gn:4": "Hama", "gn:6": "Raqqa"}
    text = ("id,display_name,citation\ngn:4,Hama,x\ngn:4,Hama,x\ngn:9,Nowhere,x\n"
            "gn:6,Raqqa,\ngn:6,Rakka,x\n")
    csv_errors = check_csv(text, "t.csv", names)
    wanted = ["t.csv:3: gn:4: duplicate id", "t.csv:4: gn:9: id not in the gazetteer",
              "t.csv:5: gn:6: empty citation", "t.csv:6: gn:6: duplicate id"]
    ok = ok and len(csv_errors) == len(wanted) and all(
        any(e.startswith(w) for e in csv_errors) for w in wanted)
    ok = ok and check_csv("id,name\n", "h.csv", names) != [] and check_places([bad_places[3]]) == []
    print("selftest " + ("passed" if ok else f"FAILED: {got} {csv_errors}"))
    return 0 if ok else 1


def main(argv):
    if argv[1:] == ["--selftest"]:
        return selftest()
    gpkg = Path(argv[1]) if len(argv) > 1 else GPKG
    table = Path(argv[2]) if len(argv) > 2 else CSV
    try:
        db = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)
        places = db.execute("SELECT id, name, country FROM places").fetchall()
    except sqlite3.Error as e:
        print(f"{gpkg}: cannot read the places table ({e})")
        return 1
    try:
        text = table.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        print(f"{table}: cannot be read as UTF-8 ({e})")
        return 1
    errors = check_places(places)
    errors += check_csv(text, table.name, {pid: name for pid, name, _ in places})
    for e in errors:
        print(e)
    syrian = sum(1 for _, _, c in places if c == "SY")
    rows = sum(1 for r in csv.reader(io.StringIO(text)) if any(v.strip() for v in r)) - 1
    print(f"{syrian} Syrian places checked, {rows} display name rows; "
          + (f"{len(errors)} problem(s)" if errors else "all good"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
