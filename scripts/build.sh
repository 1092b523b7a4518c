#!/usr/bin/env bash
# Configures (once) and builds incrementally with Ninja and ccache.
# usage: scripts/build.sh BUILD_DIR BUILD_TYPE [extra cmake args…]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$1 type=$2
shift 2
if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
elif [ $# -gt 0 ]; then
    cmake "$dir" "$@" >/dev/null
fi
cmake --build "$dir" -j "$(nproc)"
