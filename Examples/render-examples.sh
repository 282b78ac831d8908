#!/usr/bin/env bash
# Regenerates the diagrams committed under Examples/ from the sample article:
#   out/putin-north-korea.json  the extracted graph (not committed)
#   putin-north-korea.svg / .png   the whole graph
#   putin-north-korea-path.png     a path query highlighted inside the graph
#   putin-north-korea-focus.png    one actor's neighbourhood, persons boxed in their country
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
echo "wrote $graph, $sample.{svg,png}, $sample-path.png, $sample-focus.png"
