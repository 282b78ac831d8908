#!/usr/bin/env bash
# PostgreSQL store benchmark (README.md beside this script), all in one run on the same corpus:
#  1. one `relgraph ingest` process into SQLite (the embedded default) — the peer;
#  2. 1, 2 and 4 concurrent `relgraph ingest --jobs 1` workers into one PostgreSQL database
#     (a throwaway cluster from scripts/postgres-test-cluster.sh, Unix socket);
#  for each: articles/s (wall, whole corpus), CPU seconds of the workers, database size; then
#  3. query load time: `relgraph stats --db` (loads the whole graph) on both engines, median of 5,
#     `relgraph neighbors --depth 1` and `relgraph path --max-hops 2` (PostgreSQL: recursive CTE
#     around the actors asked about, SQLite: whole graph);
#  4. the 4-worker PostgreSQL export compared with the SQLite export, byte for byte.
# Usage: Benchmarks/postgres/run.sh   (N=10000 WORK=/tmp/relgraph-pg-bench CONFIG=release|debug RELGRAPH=binary to change)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
N=${N:-10000}
WORK=${WORK:-/tmp/relgraph-pg-bench}
CLUSTER=${CLUSTER:-/tmp/relgraph-pg-bench-cluster}

CONFIG=${CONFIG:-release}
# RELGRAPH=path/to/relgraph runs an existing binary instead of building one (say which in the results;
# copy its *.resources folders beside it, or it reads the extraction models from the build folder,
# which a rebuild may change in the middle of the run). `relgraph` hands postgres:// command lines
# to relgraph-serve beside it, which links the engine: both are needed.
if [[ -z ${RELGRAPH:-} ]]; then
    swift build -c "$CONFIG" --package-path "$ROOT" --product relgraph >&2
    swift build -c "$CONFIG" --package-path "$ROOT" --product relgraph-serve >&2
    RELGRAPH=$ROOT/.build/$CONFIG/relgraph
fi

rm -rf "$WORK"
mkdir -p "$WORK"
python3 ../store/generate_corpus.py "$N" "$WORK/corpus" --seed 7
BASE=$("$ROOT/scripts/postgres-test-cluster.sh" start "$CLUSTER")
psql_base() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$BASE" -c "$1"; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); relgraph: $RELGRAPH ($CONFIG build)"
echo "corpus: $N articles, $(du -sb "$WORK/corpus" | cut -f1) bytes; PostgreSQL $(psql_base 'SHOW server_version')"

now() { date +%s.%N; }
cpu_of() { awk '/^cpu / { s += $2 + $3 } END { printf "%.1f", s }' "$@"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

start=$(now)
/usr/bin/time -f 'cpu %U %S' -o "$WORK/time-sqlite.txt" "$RELGRAPH" ingest "$WORK/corpus" --db "$WORK/corpus.sqlite" --jobs 1 --quiet >/dev/null
seconds=$(awk "BEGIN { print $(now) - $start }")
echo "sqlite, 1 process: $(awk "BEGIN { printf \"%.1f\", $N / $seconds }") articles/s (${seconds%.*} s wall, $(cpu_of "$WORK/time-sqlite.txt") CPU s); database $(stat -c %s "$WORK/corpus.sqlite") bytes; load average after: $(cut -d' ' -f1 /proc/loadavg)"

for workers in 1 2 4; do
    db="relgraph_bench_$workers"
    psql_base "DROP DATABASE IF EXISTS $db" && psql_base "CREATE DATABASE $db"
    url=${BASE/\/postgres\?//$db?}
    start=$(now)
    pids=()
    for ((w = 1; w <= workers; w++)); do
        /usr/bin/time -f 'cpu %U %S' -o "$WORK/time-pg-$workers-$w.txt" "$RELGRAPH" ingest "$WORK/corpus" --db "$url" --jobs 1 --quiet >"$WORK/pg-$workers-$w.txt" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
    seconds=$(awk "BEGIN { print $(now) - $start }")
    added=$(grep -h '^documents:' "$WORK"/pg-"$workers"-*.txt | awk '{ s += $2 } END { print s }')
    size=$(psql -X -q -A -t "$url" -c "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'relgraph' AND c.relkind = 'r'")
    echo "postgres, $workers worker(s): $(awk "BEGIN { printf \"%.1f\", $N / $seconds }") articles/s (${seconds%.*} s wall, $(cpu_of "$WORK"/time-pg-"$workers"-*.txt) CPU s in workers; $added documents added in all); relgraph tables $size bytes; load average after: $(cut -d' ' -f1 /proc/loadavg)"
done
url4=${BASE/\/postgres\?//relgraph_bench_4?}

# The path query: two actors of the corpus that are not linked directly (a 2-hop answer).
PATH_FROM=${PATH_FROM:-Emmanuel Macron}
PATH_TO=${PATH_TO:-$(psql -X -q -A -t "$url4" -c "SELECT a.id FROM relgraph.actors a WHERE a.type = 'person'
    AND a.id <> 'person:emmanuel-macron' AND NOT EXISTS (SELECT 1 FROM relgraph.relations r
        WHERE (r.source, r.target) IN ((a.id, 'person:emmanuel-macron'), ('person:emmanuel-macron', a.id)))
    ORDER BY a.id LIMIT 1")}
"$RELGRAPH" path "$PATH_FROM" "$PATH_TO" --max-hops 2 --db "$url4" --evidence 0 >"$WORK/path.txt"
head -3 "$WORK/path.txt"

time_ms() { local s; s=$(now); "$@" >/dev/null; awk "BEGIN { printf \"%.0f\", ($(now) - $s) * 1000 }"; }
for engine in sqlite postgres; do
    db=$WORK/corpus.sqlite
    [[ $engine == postgres ]] && db=$url4
    loads=() nearby=() paths=()
    for run in 1 2 3 4 5; do
        loads+=("$(time_ms "$RELGRAPH" stats --db "$db")")
        nearby+=("$(time_ms "$RELGRAPH" neighbors "Emmanuel Macron" --depth 1 --db "$db")")
        paths+=("$(time_ms "$RELGRAPH" path "$PATH_FROM" "$PATH_TO" --max-hops 2 --db "$db")")
    done
    echo "$engine: whole-graph load (stats) median $(printf '%s\n' "${loads[@]}" | median) ms (runs: ${loads[*]}); neighbors --depth 1 median $(printf '%s\n' "${nearby[@]}" | median) ms; path --max-hops 2 median $(printf '%s\n' "${paths[@]}" | median) ms"
done
"$RELGRAPH" stats --db "$url4" | head -3

"$RELGRAPH" export --db "$WORK/corpus.sqlite" --format json -o "$WORK/sqlite.json"
"$RELGRAPH" export --db "$url4" --format json -o "$WORK/postgres.json"
if cmp -s "$WORK/sqlite.json" "$WORK/postgres.json"; then
    echo "export: 4-worker PostgreSQL == single-process SQLite, byte for byte ($(stat -c %s "$WORK/sqlite.json") bytes)"
else
    echo "export: DIFFERENT (see $WORK/sqlite.json and $WORK/postgres.json)"
    exit 1
fi
"$ROOT/scripts/postgres-test-cluster.sh" stop "$CLUSTER"
