#!/usr/bin/env python3
"""Measures the "possibly missed" list (`sitrep claims --unclaimed`) as the recall backstop of claim
extraction.

usage: scripts/claims-unclaimed.py [--min-score X] [--verbose] SITREP_BINARY SET [SET...]
       (run from the repository root; SET is a folder name under tests/data/claims with gold SET.tsv,
       or "seeds" for the scenario's articles)

For every gold row that is a control change (captured / entered / withdrew / surrendered, affirmed)
on a place that got no claim at all in its file (claims-misses.py's "noplace": the sentences the
extractor did not read), it asks whether a listed sentence of that file names the place (one of the
place's gazetteer names, its id, or the text of the mention). Prints per set and in total:

  missed     such gold rows
  caught     of them, those in a listed sentence (the backstop's recall)
  listed     sentences listed, and per article (the analyst's reading load)
  useful     listed sentences naming at least one missed gold row's place (the list's precision)
  gold       listed sentences naming the place of any gold row of their file the extractor got no
             claim on, changes or not (a looser precision: states and fights count too)

--verbose also prints every missed row (caught or not) and every listed sentence that matched none.
"""
import collections
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("claims_misses", Path(__file__).with_name("claims-misses.py"))
misses = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(misses)
fold, place_names, CHANGES = misses.fold, misses.place_names, misses.CHANGES


def run_json(args):
    out = subprocess.run(args, capture_output=True, text=True, check=False).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def names_place(listed, want, names):
    return any(want in names.get(p["place_id"], ()) or fold(p["place"]) == want or fold(p["text"]) == want
               for p in listed["places"])


def main(argv):
    args = argv[1:]
    min_score = None
    verbose = False
    while args and args[0].startswith("--"):
        if args[0] == "--verbose":
            verbose = True
            args = args[1:]
        elif args[0] == "--min-score" and len(args) > 1:
            min_score = args[1]
            args = args[2:]
        else:
            print(__doc__, file=sys.stderr)
            return 2
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary, sets = args[0], args[1:]
    root = Path.cwd()
    names = place_names(root / "geodata/levant.gpkg")
    total = collections.Counter()
    print(f"{'set':<11}{'missed':>7}{'caught':>7}{'files':>6}{'listed':>7}{'useful':>7}{'gold':>6}")
    for s in sets:
        gold_path = root / f"tests/data/claims/{s}.tsv"
        folder = root / ("geodata/scenarios/syria-2024-12/articles" if s == "seeds" else f"tests/data/claims/{s}")
        rows = [line.rstrip("\n").split("\t") for line in gold_path.open(encoding="utf-8")
                if not line.startswith("#") and not line.startswith("file\t")]
        files = sorted(str(p) for p in folder.glob("*.txt"))
        claims = run_json([binary, "claims", *files])
        extra = ["--min-score", min_score] if min_score is not None else []
        listed = run_json([binary, "claims", "--unclaimed", *extra, *files])
        for entry in listed:
            entry["name"] = Path(entry["file"]).name

        def no_claim(g):
            want = fold(g[1].removesuffix(" governorate"))
            return not any(Path(c["file"]).name == g[0]
                           and (want in names.get(c.get("place_id") or "", ()) or fold(c.get("place_text") or "") == want)
                           for c in claims)

        unclaimed_gold = [g for g in rows if len(g) >= 8 and no_claim(g)]
        missed = [g for g in unclaimed_gold if g[3] in CHANGES and g[4] == "affirms"]
        caught = 0
        for g in missed:
            want = fold(g[1].removesuffix(" governorate"))
            hit = any(e["name"] == g[0] and names_place(e, want, names) for e in listed)
            caught += hit
            if verbose:
                print(f"  {'caught' if hit else 'MISSED'} | {' '.join(g[:6])} | {g[7]}")
        useful = gold = 0
        for e in listed:
            def matches(gs):
                return any(g[0] == e["name"] and names_place(e, fold(g[1].removesuffix(" governorate")), names)
                           for g in gs)
            useful += matches(missed)
            is_gold = matches(unclaimed_gold)
            gold += is_gold
            if verbose and not is_gold:
                print(f"  noise  | {e['name']} {e['score']} {e['kind']} {[p['place'] for p in e['places']]} "
                      f"{e['cues']} | {e['sentence'][:160]}")
        figures = {"missed": len(missed), "caught": caught, "files": len(files), "listed": len(listed),
                   "useful": useful, "gold": gold}
        total.update(figures)
        print(f"{s:<11}{len(missed):>7}{caught:>7}{len(files):>6}{len(listed):>7}{useful:>7}{gold:>6}")

    def share(a, b):
        return f"{100.0 * a / b:.1f} %" if b else "-"
    print(f"{'total':<11}{total['missed']:>7}{total['caught']:>7}{total['files']:>6}{total['listed']:>7}"
          f"{total['useful']:>7}{total['gold']:>6}")
    print(f"backstop recall {total['caught']}/{total['missed']} = {share(total['caught'], total['missed'])}; "
          f"{total['listed'] / max(1, total['files']):.2f} listed sentences per article; "
          f"precision {total['useful']}/{total['listed']} = {share(total['useful'], total['listed'])} "
          f"(any unclaimed gold place: {share(total['gold'], total['listed'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
