#!/bin/sh
# Dates the development articles: `run.sh [ARTICLES_DIR] [RELGRAPH]`.
# For each article of dates.tsv, extracts it with --date and counts its evidence sentences dated by
# a time expression of their own (date differs from the article's), by the article's date, or not
# at all; then extracts it without --date and says whether a document date was found in the text.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
articles=${1:-$here/../../../shared/corpus/dev/articles}
relgraph=${2:-$here/../../.build/release/relgraph}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf "%-46s %-10s %8s %10s %10s %8s %s\n" article date evidence own-date article-date undated found-in-text
grep -v '^#' "$here/dates.tsv" | while IFS='	' read -r name date _; do
    file="$articles/$name.txt"
    "$relgraph" extract "$file" --date "$date" -o "$out/dated.json"
    "$relgraph" extract "$file" -o "$out/plain.json"
    python3 - "$out/dated.json" "$out/plain.json" "$name" "$date" <<'PY'
import json, sys
dated, plain = (json.load(open(p)) for p in sys.argv[1:3])
name, date = sys.argv[3:5]
seen = {}
for edge in dated["edges"]:
    for e in edge["evidence"]:
        seen[(e["document"], e["start"])] = e.get("date")
own = sum(1 for d in seen.values() if d is not None and d != date)
doc = sum(1 for d in seen.values() if d == date)
none = sum(1 for d in seen.values() if d is None)
found = plain.get("documents", [{}])[0].get("date") or "unknown"
print(f"{name:46} {date:10} {len(seen):8} {own:10} {doc:10} {none:8} {found}")
PY
done
