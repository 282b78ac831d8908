#!/usr/bin/env bash
# Whole-process start-up of relgraph's verbs beside `dot -Tsvg` and a trivial C binary (the floor).
# Usage: Benchmarks/startup/run.sh [RUNS]        (default 30 runs per command, round robin)
#   RELGRAPH=path      the binary to time (default: .build/release/relgraph, built if missing)
#   RELGRAPH_BEFORE=path  a second binary timed in the same run (e.g. main's build) for before/after;
#                      copy its *.resources folders beside it (a binary reads its models and lexicon there)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/Benchmarks/startup"
runs="${1:-30}"
relgraph="${RELGRAPH:-$root/.build/release/relgraph}"
command -v dot >/dev/null || { echo "needs the graphviz package (dot command)" >&2; exit 1; }
command -v cc >/dev/null || { echo "needs a C compiler (cc) for the floor binary" >&2; exit 1; }
python3 -c 'import numpy' 2>/dev/null || { echo "needs numpy (pip install numpy) for the graph generator" >&2; exit 1; }
if [[ -z "${RELGRAPH:-}" ]]; then (cd "$root" && swift build -c release --product relgraph >&2); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# The lexicon snapshots live here for this run (each command's warm-up writes its binary's).
printf 'int main(void) { return 0; }\n' > floor.c && cc -O2 -o floor floor.c
# The issue's shapes: 40 actors / 66 relations (start-up bound), 120 / 200 (layout bound).
python3 "$root/Benchmarks/query/generate.py" 40 66 g40 --json --queries 1 >/dev/null
python3 "$root/Benchmarks/query/generate.py" 120 200 g120 --json --queries 1 >/dev/null
"$relgraph" export --graph g40.json --format dot -o g40.dot
"$relgraph" export --graph g120.json --format dot -o g120.dot
printf 'The president of Russia met the leader of North Korea in Pyongyang on Tuesday.\n' > one.txt

tab=$'\t'
{
    echo "C floor (return 0)${tab}./floor"
    for label in after before; do
        bin="$relgraph"; tag=""
        if [[ $label == before ]]; then
            [[ -n "${RELGRAPH_BEFORE:-}" ]] || continue
            bin="$RELGRAPH_BEFORE"; tag=" (before)"
        fi
        echo "relgraph --version$tag${tab}$bin --version"
        echo "relgraph stats, 40 actors$tag${tab}$bin stats --graph g40.json"
        echo "relgraph path, 40 actors$tag${tab}$bin path A0 A1 --graph g40.json"
        # Each binary keeps its own lexicon snapshot: two snapshot formats in one folder would
        # replace each other at every call.
        cache="RELGRAPH_CACHE_DIR=$work/cache-$label"
        echo "relgraph extract, one sentence$tag${tab}$cache $bin extract one.txt -o one.json"
        echo "relgraph extract, one sentence, no snapshot$tag${tab}RELGRAPH_CACHE_DIR= $bin extract one.txt -o one.json"
        echo "relgraph lexicon stats$tag${tab}$cache $bin lexicon stats"
        echo "relgraph render, 40 actors$tag${tab}$bin render --graph g40.json -o r40.svg --engine dot"
        echo "relgraph render, 120 actors$tag${tab}$bin render --graph g120.json -o r120.svg --engine dot"
    done
    echo "dot -Tsvg, 40 actors${tab}dot -Tsvg g40.dot -o d40.svg"
    echo "dot -Tsvg, 120 actors${tab}dot -Tsvg g120.dot -o d120.svg"
} > commands.tsv

echo "# Start-up — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, $(dot -V 2>&1)"
echo
python3 "$here/time_commands.py" "$runs" commands.tsv
