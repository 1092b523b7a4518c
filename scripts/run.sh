#!/usr/bin/env bash
# Installs what is needed, builds (Release, incremental) and opens the map on the bundled
# scenario. Arguments go to sitrep-map, e.g. scripts/run.sh --at 2024-12-06 --lens consensus.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
# Only what the map needs: no tests or benchmarks in this build.
"$root/scripts/build.sh" "$root/build/release" Release -DSITREP_BUILD_TESTS=OFF -DSITREP_BUILD_BENCH=OFF
app="$root/build/release/bin/sitrep-map"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; running under xvfb-run (pass --screenshot FILE.png to keep a picture)" >&2
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$app" "$@"
fi
exec "$app" "$@"
