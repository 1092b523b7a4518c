#!/usr/bin/env bash
# Installs what is needed, builds, and runs every C++ and QML test headless (under xvfb-run, so
# the OpenGL scene graph draws as it does on a desktop). CI runs exactly this.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
extra=()
[ "${CI:-}" = "true" ] && extra+=(-DSITREP_WERROR=ON)
"$root/scripts/build.sh" "$root/build/test" RelWithDebInfo "${extra[@]}"
export TZ=UTC LC_ALL=C
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
cd "$root/build/test"
xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure -j "$(nproc)" "$@"
