#!/usr/bin/env bash
# Builds the render benchmark in release mode and runs it; results go to stdout and results.md.
# Usage: Benchmarks/render/run.sh [RENDERS_FOR_MEMORY_LOOP]   (default 3000)
set -euo pipefail
cd "$(dirname "$0")"
command -v dot >/dev/null || { echo "needs the graphviz package (dot command)" >&2; exit 1; }
swift build -c release --product render-bench >&2
{
    echo "# Render benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(dot -V 2>&1)"
    echo
    .build/release/render-bench "${1:-3000}"
} | tee results.md
