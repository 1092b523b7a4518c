#!/usr/bin/env bash
# Accepts reviewed test output: copies every tests/data/reference/**/*.fail (or only the ones
# named) over its reference file and removes the .fail. Tests write a .fail file, and print a
# diff, whenever their output differs from the reference; look at the diff first.
#   scripts/accept-reference.sh            # list the pending .fail files and their diffs, accept all
#   scripts/accept-reference.sh --dry-run  # only show what would change
#   scripts/accept-reference.sh FILE.fail… # accept just these
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dry=0
files=()
for arg in "$@"; do
    case "$arg" in
        --dry-run|-n) dry=1 ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *.fail) files+=("$arg") ;;
        *) echo "accept-reference: not a .fail file: $arg" >&2; exit 2 ;;
    esac
done
if [ ${#files[@]} -eq 0 ]; then
    mapfile -t files < <(find "$root/tests/data/reference" -name '*.fail' -type f | sort)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "accept-reference: nothing to accept"
    exit 0
fi
for fail in "${files[@]}"; do
    [ -f "$fail" ] || { echo "accept-reference: no such file: $fail" >&2; exit 1; }
    ref=${fail%.fail}
    if [ -f "$ref" ]; then
        echo "== $ref"
        diff -u "$ref" "$fail" | head -40 || true
    else
        echo "== $ref (new)"
    fi
    if [ "$dry" -eq 0 ]; then
        mv -f "$fail" "$ref"
    fi
done
[ "$dry" -eq 1 ] && echo "accept-reference: dry run, nothing changed" || echo "accept-reference: accepted ${#files[@]} file(s)"
