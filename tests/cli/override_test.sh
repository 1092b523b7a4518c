#!/usr/bin/env bash
# `sitrep override`: an analyst's correction added to a workspace (a place by name or id, an
# actor of the scenario, from when, and why) is listed, moves `state` at its time with the note as
# its evidence's sentence, and is removed again; every bad input gets a message and the right exit
# status, and the scenario's cached workspace is refused.
set -u
sitrep=$1
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export SITREP_CACHE_DIR="$tmp/cache"
ws=$tmp/analysis.gpkg
homs=gn:169577

holder() { # holder AT → the root actor holding Homs then, by the workspace
    "$sitrep" state --workspace "$ws" --at "$1" >"$tmp/state.jsonl" 2>"$tmp/state.err" || fail "state --at $1: $(cat "$tmp/state.err")"
    python3 - "$tmp/state.jsonl" "$homs" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["place_id"] == sys.argv[2]:
        print(r.get("root_actor") or "")
PY
}

# A refused override stores nothing, not even an empty workspace.
"$sitrep" override add --workspace "$ws" --place Homs --actor government --at 2024-12-01 --kind nonsense >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "a bad --kind is not a usage error"
grep -q "not 'nonsense'" "$tmp/err" || fail "the bad kind is not named: $(cat "$tmp/err")"
[ -e "$ws" ] && fail "a refused override created the workspace"

# Add by name (the city, not the governorate of the same name); the id is printed.
id=$("$sitrep" override add --workspace "$ws" --place Homs --actor sdf --at 2024-12-01T00:00Z \
        --note "Reuters 1 Dec, the extractor missed it" --author tester 2>"$tmp/err") || fail "add exited $?: $(cat "$tmp/err")"
[ "$id" = 1 ] || fail "add printed '$id', not the new override's id 1"
grep -q "kept in $ws" "$tmp/err" || fail "add does not say where it is kept: $(cat "$tmp/err")"
# By id, $USER as the author by default.
id2=$(USER=someone "$sitrep" override add --workspace "$ws" --place gn:170063 --actor hts --kind captured --at 2024-11-29T18:00Z 2>"$tmp/err") \
    || fail "add by id exited $?: $(cat "$tmp/err")"
[ "$id2" = 2 ] || fail "the second override got id '$id2'"

"$sitrep" override list --workspace "$ws" >"$tmp/list" 2>&1 || fail "list: $(cat "$tmp/list")"
grep -q "^1 .*$homs .*sdf .*controls .*tester .*Reuters 1 Dec" "$tmp/list" || fail "list table: $(cat "$tmp/list")"
grep -q "^2 .*gn:170063 .*hts .*captured .*someone" "$tmp/list" || fail "list table, second: $(cat "$tmp/list")"
"$sitrep" override list --workspace "$ws" --format jsonl >"$tmp/list.jsonl" || fail "list jsonl"
python3 - "$tmp/list.jsonl" <<'PY' || fail "list jsonl: $(cat "$tmp/list.jsonl")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["id"] for r in rows] == [1, 2], rows
assert rows[0]["place_id"] == "gn:169577" and rows[0]["actor"] == "sdf" and rows[0]["from"] == "2024-12-01T00:00:00Z", rows[0]
assert rows[0]["note"] == "Reuters 1 Dec, the extractor missed it" and rows[0]["author"] == "tester", rows[0]
PY

# `state` shows the place held by the override's actor from its time, the note as why.
[ "$(holder 2024-11-30T12:00Z)" = government ] || fail "the override acts before its time"
[ "$(holder 2024-12-02T12:00Z)" = sdf ] || fail "state does not show Homs held by the override's actor"
python3 - "$tmp/state.jsonl" "$homs" <<'PY' || fail "the override is not state's evidence with its note"
import json, sys
row = next(json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["place_id"] == sys.argv[2])
ev = row["evidence"]
assert any(e.get("sentence") == "Reuters 1 Dec, the extractor missed it" and e.get("speaker") == "tester" for e in ev), ev
PY

# Remove: the map is as before; the other override stays.
out=$("$sitrep" override remove --workspace "$ws" 1) || fail "remove exited $?"
[ "$out" = "removed override 1" ] || fail "remove said '$out'"
[ "$(holder 2024-12-02T12:00Z)" = government ] || fail "Homs is still not the government's after the removal"
"$sitrep" override list --workspace "$ws" --format jsonl | grep -q '"id":2' || fail "the other override was lost"
"$sitrep" override remove --workspace "$ws" 1 >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "removing a removed override exited $code"
grep -q "no override 1" "$tmp/err" || fail "remove again: $(cat "$tmp/err")"
"$sitrep" override remove --workspace "$ws" one >/dev/null 2>"$tmp/err"; [ $? -eq 2 ] || fail "a bad ID is not a usage error"

# Bad inputs: a message naming the problem, nothing stored.
expect() { # expect CODE PATTERN ARGS… — the command exits CODE and says PATTERN on stderr
    local code=$1 pattern=$2; shift 2
    "$sitrep" override "$@" >/dev/null 2>"$tmp/err"; local got=$?
    [ $got -eq "$code" ] || fail "override $* exited $got, not $code: $(cat "$tmp/err")"
    grep -q -- "$pattern" "$tmp/err" || fail "override $*: no '$pattern' in: $(cat "$tmp/err")"
}
expect 1 "'Atlantis' is neither a place id nor a name" add --workspace "$ws" --place Atlantis --actor hts --at 2024-12-01
expect 1 "names containing it" add --workspace "$ws" --place "Tell Ab" --actor hts --at 2024-12-01
expect 1 "ambiguous" add --workspace "$ws" --place Mismiyah --actor hts --at 2024-12-01
expect 1 "sx:mismiyah Mismiyah (Daraa" add --workspace "$ws" --place Mismiyah --actor hts --at 2024-12-01
expect 1 "'martians' is not an actor of the scenario; known: government, opposition, hts" add --workspace "$ws" --place Homs --actor martians --at 2024-12-01
expect 2 "is not an ISO 8601 date" add --workspace "$ws" --place Homs --actor hts --at yesterday
expect 2 "no --at given" add --workspace "$ws" --place Homs --actor hts
expect 2 "no --workspace given" add --place Homs --actor hts --at 2024-12-01
expect 2 "--stance must be" add --workspace "$ws" --place Homs --actor hts --at 2024-12-01 --stance maybe
expect 2 "unknown subcommand 'edit'" edit --workspace "$ws"
expect 2 "--format must be" list --workspace "$ws" --format xml
expect 1 "missing.gpkg" list --workspace "$tmp/missing.gpkg"
[ -e "$tmp/missing.gpkg" ] && fail "list created a missing workspace"
[ "$("$sitrep" override list --workspace "$ws" --format jsonl | wc -l)" -eq 1 ] || fail "a refused override was stored"
# Not a workspace: refused, the file left as it was.
echo "not a database" >"$tmp/notes.gpkg"
expect 1 "notes.gpkg" add --workspace "$tmp/notes.gpkg" --place Homs --actor hts --at 2024-12-01
[ "$(cat "$tmp/notes.gpkg")" = "not a database" ] || fail "a file that is not a workspace was changed"
# The scenario's cached workspace is rebuilt from its articles: refused.
expect 1 "cached workspace" add --workspace "$SITREP_CACHE_DIR/syria-2024-12.gpkg" --place Homs --actor hts --at 2024-12-01
echo "ok"
