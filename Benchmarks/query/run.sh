#!/usr/bin/env bash
# Query benchmark: relgraph beside igraph and NetworkX on the same generated graphs and pairs.
# Usage: Benchmarks/query/run.sh [small|full|load]   (small: 10k and 50k actors; full adds 1M/5M;
#        load: only the JSON load measurement at 10k and 50k, no peers)
# Writes Benchmarks/results/query-<date>.jsonl and prints a Markdown table (report.py).
set -euo pipefail
cd "$(dirname "$0")"
scope=${1:-small}
work=${QUERY_BENCH_DIR:-/tmp/relgraph-query-bench}
mkdir -p "$work" ../results
results=../results/query-$(date -u +%Y%m%dT%H%M%SZ).jsonl

python3 -c 'import igraph, networkx, numpy' 2>/dev/null || python3 -m pip install -q igraph networkx numpy
swift build -c release --product QueryBenchmark >&2
bench=.build/release/QueryBenchmark
relgraph=${RELGRAPH:-../../.build/release/relgraph}

# size: actors relations; then query counts (shortest k5 hood) for relgraph, igraph, networkx.
# igraph's k shortest paths runs a full search per spur: seconds per query at 1M actors.
run_size() {
    local actors=$1 relations=$2 json=$3; shift 3
    local graph=$work/g$actors
    echo "generating $actors actors / $relations relations" >&2
    python3 generate.py "$actors" "$relations" "$graph" $json
    if [[ $scope != load ]]; then
        echo "relgraph" >&2; "$bench" queries "$graph.bin" "$graph.queries" $1 $2 $3 >>"$results"
        echo "igraph" >&2; python3 peers.py igraph "$graph.bin" "$graph.queries" $4 $5 $6 >>"$results"
        echo "networkx" >&2; python3 peers.py networkx "$graph.bin" "$graph.queries" $7 $8 $9 >>"$results"
    fi
    if [[ -n $json ]]; then measure_load "$graph.json" "$actors"; fi
}

# Both load paths on one JSON graph, then `relgraph path` end to end.
measure_load() {
    local file=$1 actors=$2
    local name="Actor $((actors / 4))" to="Actor $((actors / 3))"
    echo "load $file" >&2
    # At 1M actors Foundation's JSONDecoder (minutes, gigabytes) is left out.
    local peer=""; if (( actors > 100000 )); then peer=no-foundation; fi
    # Each path in its own process (its own peak RSS), alternating, 5 times: report.py takes medians.
    for _ in 1 2 3 4 5; do
        "$bench" load "$file" catalog "$name" >>"$results"
        "$bench" load "$file" full "$name" $peer >>"$results"
    done
    # End to end as a user runs it, when a release relgraph is built (swift build -c release),
    # and the same with an older binary given as RELGRAPH_BEFORE, for a before/after.
    if [[ -x $relgraph ]]; then python3 time_path.py current "$relgraph" "$file" "$name" "$to" >>"$results"; fi
    if [[ -n ${RELGRAPH_BEFORE:-} ]]; then python3 time_path.py before "$RELGRAPH_BEFORE" "$file" "$name" "$to" >>"$results"; fi
}

run_size 10000 50000 --json     1000 200 1000   1000 50 1000   1000 200 1000
run_size 50000 250000 --json    1000 200 1000   1000 10 1000   1000 100 1000
# The 50k graph again with news-length evidence sentences (~180 characters instead of 25).
echo "generating 50000 actors / 250000 relations, long sentences" >&2
python3 generate.py 50000 250000 "$work/g50000-long" --json --sentence-chars 180
measure_load "$work/g50000-long.json" 50000
if [[ $scope == full ]]; then
    run_size 1000000 5000000 --json 1000 100 1000   200 2 200      200 20 200
fi
python3 report.py "$results"
echo "results: $results" >&2
