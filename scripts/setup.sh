#!/usr/bin/env bash
# Installs everything the project needs on Debian 12: the packages in scripts/debian-packages.txt
# and the npm packages the tests use (into tests/npm/node_modules). Safe to run again: when
# everything is present it only checks and returns in about a second.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' scripts/debian-packages.txt | awk NF)
# One dpkg-query for all of them; a package it does not know is simply not printed.
declare -A installed=()
while read -r name status; do
    [ "$status" = "ii" ] && installed[${name%%:*}]=1
done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${wanted[@]}" 2>/dev/null || true)
missing=()
for pkg in "${wanted[@]}"; do
    [ -n "${installed[$pkg]:-}" ] || missing+=("$pkg")
done
# node/npm: any working installation will do; Debian's when there is none.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "setup: all ${#wanted[@]} Debian packages present"
fi

# npm packages for the validators used in tests, pinned by tests/npm/package-lock.json.
if [ -f tests/npm/package.json ]; then
    stamp=tests/npm/node_modules/.sitrep-stamp
    if [ ! -f "$stamp" ] || [ tests/npm/package-lock.json -nt "$stamp" ] || [ tests/npm/package.json -nt "$stamp" ]; then
        echo "setup: installing npm packages into tests/npm/node_modules"
        (cd tests/npm && npm ci --no-audit --no-fund --loglevel=error)
        touch "$stamp"
    else
        echo "setup: npm packages present"
    fi
fi
