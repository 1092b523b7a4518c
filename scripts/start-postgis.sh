#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 + PostGIS 3 cluster for tests and benchmarks, listening on
# a loopback port only, with a database `sitrep` that has the postgis extension.
#
#   scripts/start-postgis.sh [--dir DIR] [--port PORT]   # prints the connection URI on stdout
#   scripts/start-postgis.sh stop DIR                      # stops it and deletes DIR
#
# Without --dir a temporary folder is made; without --port a free port is picked (retried on a
# clash). The folder is printed on stderr. Run as root, the server runs as the unprivileged user
# `nobody`, since PostgreSQL refuses to run as root. Authentication is `trust` on 127.0.0.1:
# never point this at data you care about.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

die() { echo "start-postgis: $*" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

if [[ ${1:-} == stop ]]; then
    dir=${2:-}
    [[ -n $dir && -d $dir ]] || die "usage: $0 stop DIR (an existing cluster folder)"
    [[ -f $dir/sitrep-postgis ]] || die "$dir was not made by this script; not touching it"
    if [[ -f $dir/data/postmaster.pid ]]; then
        as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf -- "$dir"
    exit 0
fi

dir=""
port=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --dir) dir=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done

[[ -x $PGBIN/initdb ]] || die "no $PGBIN/initdb: install postgresql-15 and postgresql-15-postgis-3"
[[ -f /usr/share/postgresql/15/extension/postgis.control ]] \
    || die "PostGIS for PostgreSQL 15 is missing: install postgresql-15-postgis-3"

if [[ -z $dir ]]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-postgis.XXXXXX")
else
    mkdir -p "$dir"
fi
touch "$dir/sitrep-postgis"
chmod 755 "$dir"
if [[ $(id -u) -eq 0 ]]; then
    chown nobody "$dir"
    # Every parent must be searchable by the server's user.
    chmod o+x "$(dirname "$dir")" 2>/dev/null || true
fi

as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

started=""
for attempt in 1 2 3 4 5; do
    p=${port:-$(free_port)}
    if as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $p -c unix_socket_directories='$dir' -c fsync=on \
            -c max_connections=40 -c shared_buffers=32MB" start >/dev/null 2>&1; then
        started=$p
        break
    fi
    [[ -n $port ]] && break # a port the caller chose: do not try another
    sleep 0.2
done
[[ -n $started ]] || { tail -n 20 "$dir/server.log" >&2 2>/dev/null; die "the server did not start (folder $dir)"; }

PSQL=/usr/lib/postgresql/15/bin/psql
[[ -x $PSQL ]] || PSQL=$(command -v psql)
as_owner "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$started" -U postgres -d postgres \
    -c "CREATE DATABASE sitrep" >/dev/null || die "could not create the database"
as_owner "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$started" -U postgres -d sitrep \
    -c "CREATE EXTENSION postgis" >/dev/null || die "could not create the postgis extension"

echo "cluster in $dir (stop with: $0 stop $dir)" >&2
echo "postgresql://postgres@127.0.0.1:$started/sitrep"
