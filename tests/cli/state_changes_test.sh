#!/usr/bin/env bash
# `sitrep state` and `sitrep changes` on the bundled scenario: documented output fields, the
# engine's answers on well-known days, and exit codes for bad input.
set -u
sitrep=$1
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" # the scenario's workspace is built here, not in the home

"$sitrep" state --at 2024-12-09 --lens latest >"$tmp/state.jsonl" 2>"$tmp/err" || fail "state exited $?: $(cat "$tmp/err")"
python3 - "$tmp/state.jsonl" <<'PY' || fail "state output"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) > 400, len(rows)
keys = {"place_id", "name", "lat", "lon", "status", "actor", "parties", "since", "confidence", "evidence"}
assert all(keys <= r.keys() for r in rows)
homs = [r for r in rows if r["name"] == "Homs"]
assert homs and homs[0]["status"] == "held" and homs[0]["root_actor"] == "opposition", homs
ev = homs[0]["evidence"][0]
assert {"outlet", "speaker", "side", "file", "span", "sentence", "kind", "time"} <= ev.keys(), ev
# "Rebels took the entire southwest" (6 Dec articles) takes Daraa and Quneitra's villages from
# the government, not the Israeli-held Golan villages the region also spans.
golan = {r["name"]: r["actor"] for r in rows if r["name"] in ("Mas'ade", "Buq'ata")}
assert golan == {"Mas'ade": "israel", "Buq'ata": "israel"}, golan
hader = [r for r in rows if r["name"] == "Hader"]
assert hader and hader[0]["root_actor"] == "opposition", hader
PY

"$sitrep" state --at 2024-11-26 --format table >"$tmp/table" 2>/dev/null || fail "table exited $?"
grep -qE '^gn:[0-9]+ +Idlib +held +hts ' "$tmp/table" || fail "Idlib is not held by hts on 26 Nov"

"$sitrep" changes --from 2024-12-06 --to 2024-12-07 >"$tmp/changes.jsonl" 2>/dev/null || fail "changes exited $?"
python3 - "$tmp/changes.jsonl" <<'PY' || fail "changes output"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows, "no changes on 6-7 Dec"
assert all("2024-12-06" <= r["at"][:10] <= "2024-12-07" for r in rows)
assert any(r["name"] == "Daraa" or r["name"].startswith("Dar") for r in rows), [r["name"] for r in rows]
assert [r["at"] for r in rows] == sorted(r["at"] for r in rows)
PY

# The seed articles alone over the baseline: rebels inside Homs vs state TV's denial on 7 Dec.
articles=$(dirname "$0")/../../geodata/scenarios/syria-2024-12/articles
"$sitrep" state --at 2024-12-07 --evidence files "$articles" >"$tmp/files.jsonl" 2>/dev/null || fail "articles exited $?"
python3 - "$tmp/files.jsonl" <<'PY' || fail "Homs from the seed articles"
import json, sys
homs = [r for r in map(json.loads, open(sys.argv[1])) if r["name"] == "Homs"][0]
assert homs["status"] == "contested", homs["status"]
assert len(homs["parties"]) >= 2 and all(p["claims"] for p in homs["parties"]), homs["parties"]
PY

"$sitrep" state --at 2024-12-09 --lens newest >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 2 ] || fail "unknown lens exited $code"
grep -q "unknown lens 'newest'" "$tmp/err" || fail "unknown lens message: $(cat "$tmp/err")"
"$sitrep" state --lens latest >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "missing --at exited $code"
"$sitrep" changes --from 2024-12-08 --to 2024-12-01 >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "--to before --from exited $code"
"$sitrep" state --at 2024-12-09 "$tmp/no-such-article.txt" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "a missing article file exited $code"
grep -q "no-such-article.txt" "$tmp/err" || fail "missing file not named: $(cat "$tmp/err")"
echo "state and changes ok"
