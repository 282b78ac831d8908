#!/usr/bin/env bash
# Regenerates the diagrams committed under Examples/ from the sample article:
#   out/putin-north-korea.json  the extracted graph (not committed)
#   putin-north-korea.svg / .png   the whole graph
#   putin-north-korea-path.png     a path query highlighted inside the graph
#   putin-north-korea-focus.png    one actor's neighbourhood, persons boxed in their country
#   putin-north-korea-dates.png    the graph extracted with --date 2024-06-18, edges labelled with their dates
# Usage: Examples/render-examples.sh [path/to/relgraph]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/relgraph}"
[[ -x "$bin" ]] || { echo "build first (swift build -c release) or pass the relgraph binary" >&2; exit 1; }
sample=Examples/putin-north-korea
mkdir -p out
graph=out/putin-north-korea.json
"$bin" extract "$sample.fr.txt" --format json -o "$graph"
"$bin" render --graph "$graph" -o "$sample.svg"
"$bin" render --graph "$graph" -o "$sample.png"
"$bin" render --graph "$graph" -o "$sample-path.png" --path "Kim Jong Un" Ukraine
"$bin" render --graph "$graph" -o "$sample-focus.png" --focus "Vladimir Putin" --depth 1 --cluster
"$bin" extract "$sample.fr.txt" --date 2024-06-18 --format json -o out/putin-north-korea-dated.json
"$bin" render --graph out/putin-north-korea-dated.json -o "$sample-dates.png" --dates
echo "wrote $graph, $sample.{svg,png}, $sample-path.png, $sample-focus.png, $sample-dates.png"
