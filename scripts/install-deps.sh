#!/usr/bin/env bash
# Installs what relgraph needs from Debian's packages (Graphviz's C library and command) and the
# Python peers its differential tests use. As root it installs; otherwise it prints the exact line.
set -euo pipefail

apt_packages=(libgraphviz-dev graphviz pkg-config libsqlite3-dev)
missing=()
for package in "${apt_packages[@]}"; do
    # "deinstall ok config-files" also answers dpkg -s: only "install ok installed" counts.
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "installing ${missing[*]} with apt-get" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "relgraph needs: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

# Test-only peers (never runtime dependencies): NetworkX for differential query tests, Debian's
# chromium for the explorer's browser test (Tests/BrowserTests), Debian's PostgreSQL server for the
# PostgreSQL engine's tests (scripts/postgres-test-cluster.sh starts a throwaway cluster).
if [[ "${1:-}" == "--test" ]]; then
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        if [[ $(id -u) -eq 0 ]]; then
            echo "installing postgresql with apt-get (PostgreSQL engine tests)" >&2
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        else
            echo "the PostgreSQL tests need: sudo apt-get install -y postgresql" >&2
        fi
    fi
    python3 -c 'import networkx' 2>/dev/null || python3 -m pip install -q networkx
    if ! command -v chromium >/dev/null; then
        if [[ $(id -u) -eq 0 ]]; then
            echo "installing chromium with apt-get (browser test)" >&2
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        else
            echo "the browser test needs: sudo apt-get install -y chromium" >&2
        fi
    fi
fi
