#!/usr/bin/env bash
# Layout time and memory of each engine against graph size, to set LayoutEngine.limit (README.md).
#
#   Benchmarks/render/limits/limits.sh [BINARY] ["ENGINE:ACTORS:RELATIONS_PER_ACTOR ..."]
#
# Random graphs (graph.py); the render is an SVG of the whole graph, with a timeout (TIMEOUT,
# default 300 s) above the default 120 s so that slow layouts are measured, not cut.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../../.build/release/relgraph}
cases=${2:-"dot:100:3.3 dot:200:3.3 dot:300:1.5 dot:400:2 neato:500:3.3 fdp:500:3.3 circo:1000:3.3 twopi:3000:3.3 sfdp:20000:3.3"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'engine\tactors\trelations\twall_s\tcpu_s\tmax_rss_mb\tstatus\n'
for case in $cases; do
    IFS=: read -r engine actors ratio <<< "$case"
    python3 "$here/graph.py" "$actors" "$ratio" "$work/g.json" 1
    relations=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['edges']))" "$work/g.json")
    status=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$binary" render --graph "$work/g.json" -o "$work/out.svg" \
        --engine "$engine" --timeout "${TIMEOUT:-300}" 2> "$work/err" > /dev/null || status=$?
    read -r wall user system rss < <(tail -1 "$work/time")
    printf '%s\t%s\t%s\t%s\t%.1f\t%d\t%s\n' "$engine" "$actors" "$relations" "$wall" \
        "$(echo "$user + $system" | bc)" "$((rss / 1024))" "$([ $status = 0 ] && echo ok || head -c 120 "$work/err")"
done
