#!/usr/bin/env bash
# Fails when src/core includes a Qt, GDAL, PROJ or GEOS header (the engine stays pure C++),
# or when src/text includes Qt (text depends on core and ICU only).
set -u
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
status=0
core_bad=$(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]((Q[A-Za-z0-9]+)|(qt[a-z]*/)|gdal|ogr|cpl_|proj|geos)' \
           "$root/src/core" --include='*.h' --include='*.cpp' --include='*.hpp' 2>/dev/null)
if [ -n "$core_bad" ]; then
    echo "src/core must not include Qt, GDAL, PROJ or GEOS headers:"
    echo "$core_bad"
    status=1
fi
if [ -d "$root/src/text" ]; then
    text_bad=$(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](Q[A-Za-z0-9]+|qt[a-z]*/)' \
               "$root/src/text" --include='*.h' --include='*.cpp' 2>/dev/null)
    if [ -n "$text_bad" ]; then
        echo "src/text must not include Qt headers:"
        echo "$text_bad"
        status=1
    fi
fi
if [ -d "$root/src/media" ]; then
    # The animation encoders take plain frames: no Qt, no GDAL, PROJ or GEOS.
    media_bad=$(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]((Q[A-Za-z0-9]+)|(qt[a-z]*/)|gdal|ogr|cpl_|proj|geos)' \
                "$root/src/media" --include='*.h' --include='*.cpp' 2>/dev/null)
    if [ -n "$media_bad" ]; then
        echo "src/media must not include Qt, GDAL, PROJ or GEOS headers:"
        echo "$media_bad"
        status=1
    fi
fi
[ $status -eq 0 ] && echo "layering ok: src/core, src/text and src/media are free of forbidden headers"
exit $status
