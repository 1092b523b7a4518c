#!/usr/bin/env bash
# Makes the sample briefing's media: the PDF (one page per slide), one PNG per slide, the
# briefing as an MP4 (slides held, the map animating between them), and the whole offensive as
# an MP4 and a GIF.
# usage: scripts/make-briefing-media.sh [OUT_DIR]        (default: build/briefing/)
# SITREP=/path/to/sitrep uses that build instead of building build/release first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/build/briefing}
mkdir -p "$out"
if [ -z "${SITREP:-}" ]; then
    "$root/scripts/setup.sh"
    "$root/scripts/build.sh" "$root/build/release" Release -DSITREP_BUILD_TESTS=OFF -DSITREP_BUILD_BENCH=OFF
    SITREP=$root/build/release/bin/sitrep
fi
brief=$root/geodata/scenarios/syria-2024-12/briefing.json
export TZ=UTC LC_ALL=C

"$SITREP" brief export "$brief" -o "$out/briefing.pdf" --png "$out/slides" --size 1600x900
"$SITREP" animate --brief "$brief" --hold 4s --fps 30 --size 1280x720 -o "$out/briefing.mp4"
"$SITREP" animate --from 2024-11-26 --to 2024-12-12 --fps 30 --duration 20s --size 1280x720 \
    --title "The opposition offensive, 26 Nov – 12 Dec 2024" -o "$out/offensive.mp4"
"$SITREP" animate --from 2024-11-26 --to 2024-12-12 --fps 10 --duration 12s --size 800x450 -o "$out/offensive.gif"
echo "briefing media in $out:"
ls -l "$out" "$out/slides"
