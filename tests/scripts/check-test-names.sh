#!/usr/bin/env bash
# CTest splits a discovered test's name at ';' (a CMake list separator): a doctest case named
# "a; b" became two CTest tests whose filters matched no case, so doctest ran nothing and
# reported success. No test case name may contain ';', escaped quotes before it included.
# Usage: check-test-names.sh SOURCE_DIR
set -euo pipefail
found=$(grep -rnE --include='*.cpp' 'TEST_CASE\("([^"\\]|\\.)*;' "$1/tests" || true)
if [[ -n "$found" ]]; then
    echo "test case names with ';' (CTest would split them and run nothing):"
    echo "$found"
    exit 1
fi
echo "ok: no test case name contains ';'"
