#!/usr/bin/env python3
"""Sorts the control changes a gold set's extraction missed by why they were missed.

usage: scripts/claims-misses.py SITREP_BINARY SET [SET...]   (run from the repository root)

For every gold row that is a control change (captured / entered / withdrew / surrendered, affirmed)
it looks at every claim `sitrep claims` made from that row's file on that place (any of the
place's gazetteer names, or the text of the mention) and prints one line:

  SET category | the gold row | the claims made on the place (actor/kind) | the gold note

with category one of
  noplace      no claim at all on the place in that file
  actor        claims on the place, none by an actor on the gold actor's chain (hts → opposition)
  kind/stance  the actor is right, the kind or stance is not
  found        a claim with the right actor, kind and stance (it may still be on the wrong day,
               which `sitrep eval-claims --verbose` reports)
and, on standard error, the count per category. The gold format is in tests/data/claims/README.md.
"""
import collections
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

CHANGES = {"captured", "entered", "withdrew", "surrendered"}


def fold(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def place_names(gpkg):
    names = collections.defaultdict(set)
    db = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)
    for pid, n in db.execute("select place_id, name from place_names"):
        names[pid].add(fold(n))
    for pid, n in db.execute("select id, name from places"):
        names[pid].add(fold(n))
    return names


def actor_parents(actors_csv):
    import csv
    with open(actors_csv, newline="", encoding="utf-8") as f:
        return {row["id"]: row.get("parent") or "" for row in csv.DictReader(f)}


def related(a, b, parents):
    def chain(x):
        seen = []
        while x and x not in seen:
            seen.append(x)
            x = parents.get(x, "")
        return seen
    return a in chain(b) or b in chain(a)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, sets = argv[1], argv[2:]
    root = Path.cwd()
    names = place_names(root / "geodata/levant.gpkg")
    parents = actor_parents(root / "geodata/scenarios/syria-2024-12/actors.csv")
    totals = collections.Counter()
    for s in sets:
        gold_path = root / f"tests/data/claims/{s}.tsv"
        folder = root / ("geodata/scenarios/syria-2024-12/articles" if s == "seeds" else f"tests/data/claims/{s}")
        rows = [line.rstrip("\n").split("\t") for line in gold_path.open(encoding="utf-8")
                if not line.startswith("#") and not line.startswith("file\t")]
        files = sorted(str(p) for p in folder.glob("*.txt"))
        out = subprocess.run([binary, "claims", *files], capture_output=True, text=True, check=False).stdout
        claims = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        for g in rows:
            if len(g) < 8 or g[3] not in CHANGES or g[4] != "affirms":
                continue
            want = fold(g[1].removesuffix(" governorate"))
            on_place = [c for c in claims if Path(c["file"]).name == g[0]
                        and (want in names.get(c.get("place_id") or "", ()) or fold(c.get("place_text") or "") == want)]
            right_actor = [c for c in on_place if related(c["actor"], g[2], parents)]
            if not on_place:
                category = "noplace"
            elif not right_actor:
                category = "actor"
            elif not any(c["kind"] == g[3] and c["stance"] == "affirms" for c in right_actor):
                category = "kind/stance"
            else:
                category = "found"
            totals[category] += 1
            made = ";".join(sorted({f"{c['actor']}/{c['kind']}" for c in on_place}))
            print(f"{s} {category} | {' '.join(g[:6])} | {made} | {g[7]}")
    print(dict(totals), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
