#!/usr/bin/env bash
# The command line's contract: --help and --version exit 0 on stdout; an unknown command or no
# command prints usage on stderr and exits 2.
set -u
sitrep=$1
fail() { echo "FAIL: $*"; exit 1; }

out=$("$sitrep" --version) || fail "--version exited $?"
[[ $out =~ ^sitrep\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$out'"

out=$("$sitrep" --help) || fail "--help exited $?"
grep -q '^usage: sitrep' <<<"$out" || fail "--help printed no usage line"
grep -q '^commands:' <<<"$out" || fail "--help lists no commands"

err=$("$sitrep" frobnicate 2>&1 >/dev/null); code=$?
[ $code -eq 2 ] || fail "unknown command exited $code, expected 2"
grep -q "unknown command 'frobnicate'" <<<"$err" || fail "unknown command message missing: $err"
grep -q '^usage: sitrep' <<<"$err" || fail "unknown command printed no usage"

"$sitrep" >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "no command exited $code, expected 2"
echo "cli basics ok"
