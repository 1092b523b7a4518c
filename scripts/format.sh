#!/usr/bin/env bash
# Formats (or with --check, verifies) every C++ file the project owns with .clang-format.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
mapfile -t files < <(git ls-files '*.h' '*.cpp' | grep -E '^(src|tests|bench)/')
case "${1:-}" in
"" | --check) ;;
*)
    echo "usage: scripts/format.sh [--check]   (no argument: reformat every file in place)" >&2
    exit 2
    ;;
esac
if [ "${1:-}" = "--check" ]; then
    clang-format --dry-run --Werror "${files[@]}"
    echo "format ok: ${#files[@]} files"
else
    clang-format -i "${files[@]}"
fi
