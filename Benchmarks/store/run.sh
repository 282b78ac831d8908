#!/usr/bin/env bash
# Store benchmarks (README.md beside this script):
#  1. ingest N synthetic articles with `relgraph ingest --jobs 1` and `--jobs 2` (REPEAT runs each,
#     fresh database each run), beside the peer `store-bench extract-only` (same reading and
#     extraction, no database) on the same cores;
#  2. the resulting database's size, and loading its graph (`--db`) against decoding the same
#     graph from JSON (`--graph`);
#  3. a synthetic graph of RELATIONS relations written through the store and loaded back.
# Usage: Benchmarks/store/run.sh   (N=10000 REPEAT=3 RELATIONS=1000000 WORK=/tmp/... to change;
#        RELATIONS=0 skips step 3, whose writing alone takes many minutes)
set -euo pipefail
cd "$(dirname "$0")"
N=${N:-10000}
REPEAT=${REPEAT:-3}
RELATIONS=${RELATIONS:-1000000}
WORK=${WORK:-/tmp/relgraph-store-bench}

swift build -c release --package-path ../.. --product relgraph >&2
swift build -c release --package-path ../.. --product store-bench >&2
RELGRAPH=$(cd ../.. && pwd)/.build/release/relgraph
BENCH=$(cd ../.. && pwd)/.build/release/store-bench

rm -rf "$WORK"
mkdir -p "$WORK"
python3 generate_corpus.py "$N" "$WORK/corpus" --seed 7
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $N articles, $(du -sb "$WORK/corpus" | cut -f1) bytes"

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Wall time is what a user waits, but on a shared machine it mostly measures the neighbours:
# CPU seconds (user + system, from /usr/bin/time) are reported beside it.
cpu_of() { awk '/^cpu / { print $2 + $3 }' "$1"; }
for jobs in 1 2; do
    ingest_rates=() peer_rates=() ingest_cpu=() peer_cpu=()
    for ((run = 1; run <= REPEAT; run++)); do
        rm -f "$WORK/corpus-$jobs.sqlite"*
        line=$(/usr/bin/time -f 'cpu %U %S' -o "$WORK/time.txt" \
            "$RELGRAPH" ingest "$WORK/corpus" --db "$WORK/corpus-$jobs.sqlite" --jobs "$jobs" --quiet | grep '^time:')
        ingest_rates+=("$(sed -E 's/.*\(([0-9.]+) documents\/s\)/\1/' <<<"$line")")
        ingest_cpu+=("$(cpu_of "$WORK/time.txt")")
        peer=$(/usr/bin/time -f 'cpu %U %S' -o "$WORK/time.txt" "$BENCH" extract-only "$jobs" "$WORK/corpus")
        peer_rates+=("$(sed -E 's/.* ([0-9.]+) documents\/s$/\1/' <<<"$peer")")
        peer_cpu+=("$(cpu_of "$WORK/time.txt")")
    done
    ingest=$(printf '%s\n' "${ingest_rates[@]}" | median)
    extract=$(printf '%s\n' "${peer_rates[@]}" | median)
    echo "ingest --jobs $jobs: median $ingest articles/s wall, CPU $(printf '%s\n' "${ingest_cpu[@]}" | median) s (runs: ${ingest_rates[*]})"
    echo "  peer extract-only --jobs $jobs: median $extract articles/s wall, CPU $(printf '%s\n' "${peer_cpu[@]}" | median) s (runs: ${peer_rates[*]})"
    echo "  ratio ingest/peer (wall throughput): $(awk "BEGIN { printf \"%.2f\", $ingest / $extract }")"
done

"$RELGRAPH" stats --db "$WORK/corpus-2.sqlite"
echo "database: $(stat -c %s "$WORK/corpus-2.sqlite") bytes for $N articles ($(du -cb "$WORK/corpus-2.sqlite"* | tail -1 | cut -f1) with -wal/-shm)"
"$BENCH" time-load "$WORK/corpus-2.sqlite" "$WORK"
if ((RELATIONS > 0)); then "$BENCH" load "$RELATIONS" "$WORK"; fi
