#!/usr/bin/env bash
# `--workspace` on state, changes, export and diff, and the scenario's default workspace: built
# on first use under $XDG_CACHE_HOME with one line on stderr, reused after, safe when two
# processes build it at once, and giving exactly what reading the scenario's files gives.
set -u
sitrep=$1
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache"
unset SITREP_CACHE_DIR # this test checks the XDG_CACHE_HOME default
root=$(cd "$(dirname "$0")/../.." && pwd)
articles=$root/geodata/scenarios/syria-2024-12/articles

# First use builds it, once, with one line on stderr; the next use is silent.
"$sitrep" state --at 2024-12-07 >"$tmp/ws.jsonl" 2>"$tmp/err1" || fail "state exited $?: $(cat "$tmp/err1")"
[ -f "$XDG_CACHE_HOME/sitrep/syria-2024-12.gpkg" ] || fail "no workspace in the cache folder: $(ls -R "$XDG_CACHE_HOME")"
[ "$(grep -c "built the scenario's workspace" "$tmp/err1")" -eq 1 ] || fail "no build message: $(cat "$tmp/err1")"
"$sitrep" state --at 2024-12-07 >/dev/null 2>"$tmp/err2" || fail "second state exited $?"
grep -q "built" "$tmp/err2" && fail "rebuilt on the second use: $(cat "$tmp/err2")"

# The workspace path gives what reading the scenario's article files gives, byte for byte.
for at in 2024-11-27 2024-12-01T12:00Z 2024-12-07 2024-12-09; do
    for lens in latest consensus side:government contested; do
        "$sitrep" state --at "$at" --lens "$lens" >"$tmp/a" 2>/dev/null || fail "state $at $lens"
        "$sitrep" state --at "$at" --lens "$lens" --workspace none >"$tmp/b" 2>/dev/null || fail "files $at $lens"
        cmp -s "$tmp/a" "$tmp/b" || fail "state --at $at --lens $lens differs from the file-based path: $(diff "$tmp/a" "$tmp/b" | head -5)"
    done
done
"$sitrep" changes --from 2024-11-26 --to 2024-12-12 >"$tmp/a" 2>/dev/null || fail "changes"
"$sitrep" changes --from 2024-11-26 --to 2024-12-12 --workspace none >"$tmp/b" 2>/dev/null || fail "changes files"
cmp -s "$tmp/a" "$tmp/b" || fail "changes differ from the file-based path"
[ -s "$tmp/a" ] || fail "no changes at all"
# An explicit file the workspace already holds counts once.
"$sitrep" state --at 2024-12-07 "$articles" >"$tmp/c" 2>/dev/null || fail "state with the articles again"
cmp -s "$tmp/ws.jsonl" "$tmp/c" || fail "an article in the workspace and on the command line counted twice"

# Two processes building a fresh cache at once both succeed and agree.
export XDG_CACHE_HOME="$tmp/cache2"
"$sitrep" state --at 2024-12-07 >"$tmp/p1" 2>"$tmp/e1" & p1=$!
"$sitrep" state --at 2024-12-07 >"$tmp/p2" 2>"$tmp/e2" & p2=$!
wait $p1 || fail "first concurrent build exited $?: $(cat "$tmp/e1")"
wait $p2 || fail "second concurrent build exited $?: $(cat "$tmp/e2")"
cmp -s "$tmp/p1" "$tmp/ws.jsonl" && cmp -s "$tmp/p2" "$tmp/ws.jsonl" || fail "concurrent builds gave other answers"
[ "$(ls "$XDG_CACHE_HOME/sitrep")" = "syria-2024-12.gpkg" ] || fail "left over in the cache: $(ls "$XDG_CACHE_HOME/sitrep")"
export XDG_CACHE_HOME="$tmp/cache"

# An explicit workspace: an article ingested into it moves the map; the scenario's own
# articles are not in it, so Homs is not contested on the 7th by their claims.
cat >"$tmp/aleppo.txt" <<'TXT'
title: Rebels say they hold Saasa
source: Test Wire
published: 2024-12-10T12:00:00Z

Rebels captured the town of Saasa on Tuesday, a rebel commander said.
TXT
"$sitrep" ingest --workspace "$tmp/mine.gpkg" "$tmp/aleppo.txt" >"$tmp/ingest.out" 2>&1 || fail "ingest: $(cat "$tmp/ingest.out")"
"$sitrep" state --at 2024-12-11 --workspace "$tmp/mine.gpkg" >"$tmp/mine.jsonl" 2>"$tmp/err" || fail "state --workspace: $(cat "$tmp/err")"
"$sitrep" state --at 2024-12-11 --workspace none --evidence all >"$tmp/none.jsonl" 2>/dev/null || fail "state none"
python3 - "$tmp/mine.jsonl" <<'PY' || fail "the ingested claim is not in the state"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
saasa = [r for r in rows if r["place_id"] == "gn:164773"]  # Saasa (Sasa in the gazetteer)
assert saasa, "no Saasa"
files = {e["file"] for r in saasa for e in r["evidence"]} | {e["file"] for r in saasa for p in r["parties"] for e in p["claims"]}
assert any(f.endswith("aleppo.txt") for f in files), (saasa[0]["status"], files)
PY
"$sitrep" changes --from 2024-12-10 --to 2024-12-11 --workspace "$tmp/mine.gpkg" >"$tmp/ch" 2>/dev/null || fail "changes --workspace"
"$sitrep" export --at 2024-12-11 --lens latest --format geojson -o "$tmp/mine.geojson" --workspace "$tmp/mine.gpkg" 2>"$tmp/err" \
    || fail "export --workspace: $(cat "$tmp/err")"
grep -q "aleppo.txt" "$tmp/mine.geojson" || fail "the export does not cite the ingested article"
"$sitrep" diff --from 2024-12-05 --to 2024-12-11 --lens latest -o "$tmp/diff.geojson" --workspace "$tmp/mine.gpkg" 2>"$tmp/err" \
    || fail "diff --workspace: $(cat "$tmp/err")"
[ -s "$tmp/diff.geojson" ] || fail "diff wrote nothing"

# Bad workspaces: a clear message and exit 1, nothing created.
for cmd in "state --at 2024-12-07" "changes --from 2024-12-01 --to 2024-12-07"; do
    "$sitrep" $cmd --workspace "$tmp/missing.gpkg" >/dev/null 2>"$tmp/err"; code=$?
    [ $code -eq 1 ] || fail "$cmd on a missing workspace exited $code"
    grep -q "missing.gpkg" "$tmp/err" || fail "$cmd: the missing workspace is not named: $(cat "$tmp/err")"
    [ -e "$tmp/missing.gpkg" ] && fail "$cmd created the missing workspace"
done
"$sitrep" export --at 2024-12-07 --lens latest --format geojson -o "$tmp/x.geojson" --workspace "$tmp/missing.gpkg" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "export on a missing workspace exited $code"
"$sitrep" state --at 2024-12-07 --workspace postgresql://nobody@127.0.0.1:1/none >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "a PostgreSQL that is down exited $code"
"$sitrep" state --at 2024-12-07 --workspace >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "--workspace without a value exited $code"
echo "workspaces ok"
