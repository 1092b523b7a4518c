#!/usr/bin/env python3
"""How often the extractor gives a claim the speaker's side the gold gives it.

usage: scripts/claims-sides.py SITREP_BINARY SET [SET...]   (run from the repository root)

For every gold row (any kind, either stance) that a claim of `sitrep claims` matches on file, place
(any of its names or the mention's text), actor, kind and stance, it counts the pair (gold side,
claim side) and prints the table, the agreement over the three sides the extractor tells apart
(government, opposition, independent) and, with --examples, the disagreeing rows with their
speaker and sentence. `eval-claims` reads the side only for state-media denials; the side lenses
(`side:government` …) read it for every claim.
"""
import collections
import json
import re
import subprocess
import sys

SIDES = ("government", "opposition", "independent")


def fold(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def main(argv):
    examples = "--examples" in argv
    argv = [a for a in argv if a != "--examples"]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary, sets = argv[0], argv[1:]
    pairs = collections.Counter()
    wrong = []
    for s in sets:
        files = collections.defaultdict(list)
        with open(f"tests/data/claims/{s}.tsv", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("file\t"):
                    continue
                row = line.rstrip("\n").split("\t")
                if len(row) >= 8:
                    files[row[0]].append(row)
        for name, rows in files.items():
            path = (f"geodata/scenarios/syria-2024-12/articles/{name}" if s == "seeds"
                    else f"tests/data/claims/{s}/{name}")
            out = subprocess.run([binary, "claims", path], capture_output=True, text=True).stdout
            claims = [json.loads(x) for x in out.splitlines() if x.strip()]
            for row in rows:
                match = [c for c in claims
                         if fold(row[1]) in (fold(c["place"]), fold(c.get("place_text") or ""))
                         and (c["actor"], c["kind"], c["stance"]) == (row[2], row[3], row[4])]
                if not match:
                    continue
                pairs[(row[6], match[0]["side"])] += 1
                if row[6] in SIDES and row[6] != match[0]["side"]:
                    wrong.append(f"{s} {name} {row[1]} | gold {row[6]}, claim {match[0]['side']} | "
                                 f"{match[0]['speaker']} | {match[0]['sentence'][:160]}")
    for (gold, got), n in sorted(pairs.items()):
        print(f"gold {gold:12} claim {got:12} {n:5d}")
    both = sum(n for (g, c), n in pairs.items() if g in SIDES and c in SIDES)
    same = sum(n for (g, c), n in pairs.items() if g in SIDES and g == c)
    print(f"agreement over government / opposition / independent: {same} of {both}"
          f" ({100 * same / max(both, 1):.1f} %)")
    if examples:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
