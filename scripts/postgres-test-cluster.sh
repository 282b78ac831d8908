#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for relgraph's tests and benchmarks, from Debian's `postgresql`
# package: initdb into a folder, a server listening only on a Unix socket in that folder (no TCP,
# so nothing outside this machine can reach it and no port can clash), trust authentication.
#
#   scripts/postgres-test-cluster.sh start [DIR]   # initdb when needed, start; prints the server URL
#   scripts/postgres-test-cluster.sh url [DIR]     # the URL of a running cluster (exit 1 if none)
#   scripts/postgres-test-cluster.sh stop [DIR]    # stop the server (the folder stays for the next start)
#   scripts/postgres-test-cluster.sh destroy [DIR] # stop and delete the folder
#
# DIR defaults to $RELGRAPH_PG_DIR, else /tmp/relgraph-pg-$UID (short: a Unix socket path is
# limited to 107 bytes). The URL is postgres://postgres@localhost:PORT/postgres?host=DIR; relgraph
# reads it as `--db` (any database name in place of `postgres`). As root the server runs as the
# `postgres` user the Debian package creates (PostgreSQL refuses to run as root).
set -euo pipefail

command=${1:-start}
dir=${2:-${RELGRAPH_PG_DIR:-/tmp/relgraph-pg-$(id -u)}}
port=${RELGRAPH_PG_PORT:-54329}
data="$dir/data"
url="postgres://postgres@localhost:$port/postgres?host=$dir"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "postgres-test-cluster: no PostgreSQL server found (apt-get install postgresql)" >&2
    exit 3
fi

# Runs a server binary as the cluster's owner.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

running() { [[ -f "$data/postmaster.pid" ]] && as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; }

case "$command" in
start)
    if ! [[ -f "$data/PG_VERSION" ]]; then
        mkdir -p "$dir"
        [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
        # C locale: text sorts by bytes, as in SQLite and in Swift's String comparison of ASCII ids.
        as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust --locale=C --encoding=UTF8 >"$dir/initdb.log" 2>&1 || {
            cat "$dir/initdb.log" >&2
            exit 1
        }
        cat >>"$data/postgresql.conf" <<EOF
# relgraph test cluster: Unix socket only, in this folder.
listen_addresses = ''
unix_socket_directories = '$dir'
port = $port
max_connections = 200
shared_buffers = 256MB
# A committed transaction may be lost on a power cut (never half of one): like SQLite's WAL mode
# with synchronous=NORMAL, which the SQLite engine uses, so the two compare fairly.
synchronous_commit = off
EOF
    fi
    if ! running; then
        as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
            tail -n 20 "$dir/server.log" >&2
            exit 1
        }
    fi
    echo "$url"
    ;;
url)
    running || { echo "postgres-test-cluster: no server running in $dir" >&2; exit 1; }
    echo "$url"
    ;;
stop)
    if running; then as_owner "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
    ;;
destroy)
    if running; then as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null; fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|url|stop|destroy [DIR]" >&2
    exit 2
    ;;
esac
