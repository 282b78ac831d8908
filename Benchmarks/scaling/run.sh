#!/usr/bin/env bash
# Linear time and bounded memory: doubles each input class 1 → 16 MB and reports the log-log
# exponent of time (and of peak memory) against size. An exponent near 1 is linear; the target
# is ≤ 1.15 for every class. See README.md.
#
#   Benchmarks/scaling/run.sh [BINARY] [SIZES_MB]       (defaults: .build/release/relgraph, "1 2 4 8 16")
#   CLASSES="html-entities markdown-brackets" Benchmarks/scaling/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=${1:-$root/.build/release/relgraph}
sizes=${2:-"1 2 4 8 16"}
classes=${CLASSES:-$(python3 "$here/generate.py" --list | cut -d' ' -f1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
printf 'class\tbytes\tcpu_seconds\tmax_rss_kb\n' > "$results"

command_for() {  # class file → the relgraph command that reads it
    case $1 in
        surname-lexicon) echo "$binary lexicon stats --lexicon $2" ;;
        graph-json) echo "$binary stats --graph $2" ;;
        *) echo "$binary extract $2 -o /dev/null" ;;
    esac
}

for class in $classes; do
    extension=$(python3 "$here/generate.py" --list | awk -v c="$class" '$1 == c { print $2 }')
    for megabytes in $sizes; do
        # Decimal megabytes: 16 MB stays under extract's 16 MiB file limit.
        bytes=$((megabytes * 1000 * 1000 - 2000))
        file="$work/$class-$megabytes.$extension"
        python3 "$here/generate.py" "$class" "$bytes" "$file"
        actual=$(stat -c %s "$file")
        # Best of RUNS runs (default 2): the machine is shared, and the minimum is the least disturbed.
        best=""
        for _ in $(seq "${RUNS:-2}"); do
            if ! /usr/bin/time -f '%U %S %M' -o "$work/time" $(command_for "$class" "$file") > /dev/null 2> "$work/err"; then
                echo "$class $megabytes MB: relgraph failed: $(head -1 "$work/err")" >&2; exit 1
            fi
            # CPU time (user + system), not wall time: other work on the machine stretches the
            # latter by whatever it happens to run.
            measured=$(tail -1 "$work/time" | awk '{ printf "%.2f %s", $1 + $2, $3 }')
            if [ -z "$best" ] || awk -v a="${measured% *}" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then best=$measured; fi
        done
        printf '%s\t%s\t%s\t%s\n' "$class" "$actual" "${best% *}" "${best#* }" | tee -a "$results"
        rm -f "$file"
    done
done
python3 "$here/report.py" "$results"
