#!/usr/bin/env bash
# relgraph serve vs the CLI on a generated corpus. Defaults: 10,000 articles, 20 s of wrk per
# request (4 connections), 10 CLI runs per query. Needs wrk (Debian) and a release build.
#   ARTICLES=10000 DURATION=20 REPEAT=10 Benchmarks/serve/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
swift build -c release --product relgraph >/dev/null
swift build -c release --product relgraph-serve >/dev/null  # `relgraph serve` runs in it
python3 Benchmarks/serve/bench.py .build/release/relgraph "${WORK:-Benchmarks/results/serve}" \
    "${ARTICLES:-10000}" "${DURATION:-20}" "${REPEAT:-10}"
