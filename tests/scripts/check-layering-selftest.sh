#!/usr/bin/env bash
# Proves the layering check can fail: a fake tree whose core includes <QString> must be refused,
# and a clean one accepted.
set -u
checker=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/core"
printf '#include <vector>\n#include "place.h"\n' > "$tmp/src/core/ok.h"
bash "$checker" "$tmp" >/dev/null || { echo "clean tree was refused"; exit 1; }
for hdr in '<QString>' '<gdal_priv.h>' '<proj.h>' '<geos_c.h>' '"ogrsf_frmts.h"'; do
    printf '#include %s\n' "$hdr" > "$tmp/src/core/bad.h"
    if bash "$checker" "$tmp" >/dev/null; then
        echo "include $hdr in src/core was not caught"
        exit 1
    fi
done
rm -f "$tmp/src/core/bad.h"
mkdir -p "$tmp/src/media"
printf '#include <libavcodec/avcodec.h>\n#include <gif_lib.h>\n' > "$tmp/src/media/ok.cpp"
bash "$checker" "$tmp" >/dev/null || { echo "clean media folder was refused"; exit 1; }
printf '#include <QImage>\n' > "$tmp/src/media/bad.h"
if bash "$checker" "$tmp" >/dev/null; then
    echo "include <QImage> in src/media was not caught"
    exit 1
fi
echo "layering checker refuses Qt, GDAL, PROJ and GEOS includes in src/core and Qt in src/media"
