#!/usr/bin/env bash
# `sitrep claims --unclaimed`: one JSON object per listed sentence, with its span, places, cues,
# suggested kind and score; a sentence it lists gave no claim on its places; bad options exit 2.
set -u
sitrep=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
article="$root/tests/data/claims/heldout47/t01.txt"
fail() { echo "FAIL: $*"; exit 1; }

"$sitrep" claims --help | grep -q -- '--unclaimed' || fail "usage does not document --unclaimed"

out=$("$sitrep" claims --unclaimed "$article") || fail "--unclaimed exited $?"
[ -n "$out" ] || fail "nothing listed for $article"
claims=$("$sitrep" claims "$article") || fail "claims exited $?"
python3 - "$out" "$claims" <<'PY' || exit 1
import json, sys
listed = [json.loads(l) for l in sys.argv[1].splitlines()]
claims = [json.loads(l) for l in sys.argv[2].splitlines()]
keys = {"file", "article_id", "sentence_start", "sentence_end", "sentence", "places", "actor", "cues", "kind", "score"}
prev = 2.0
for e in listed:
    missing = keys - e.keys()
    assert not missing, f"missing keys {missing}"
    assert e["sentence_start"] < e["sentence_end"], e
    assert e["places"] and e["cues"], e
    assert e["kind"] in {"controls", "captured", "entered", "contested", "besieged", "withdrew", "surrendered"}, e
    assert 0.6 <= e["score"] <= 1.0 and e["score"] <= prev, e
    prev = e["score"]
    for p in e["places"]:
        assert {"place_id", "place", "text", "start", "end"} <= p.keys(), p
        assert e["sentence_start"] <= p["start"] < p["end"] <= e["sentence_end"], p
        # no claim of the sentence lies on a listed place
        assert not any(c["place_id"] == p["place_id"] and c["sentence_start"] < e["sentence_end"]
                       and e["sentence_start"] < c["sentence_end"] for c in claims), (p, e["sentence"])
PY

more=$("$sitrep" claims --unclaimed --min-score 0 "$article" | wc -l)
[ "$more" -ge "$(wc -l <<<"$out")" ] || fail "--min-score 0 listed fewer sentences than the default"

"$sitrep" claims --unclaimed --min-score 2 "$article" >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "--min-score 2 exited $code, expected 2"
"$sitrep" claims --unclaimed --unresolved "$article" >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "--unclaimed with --unresolved exited $code, expected 2"
echo "claims --unclaimed ok"
