#!/usr/bin/env bash
# The fuzzing campaign: each target for SECONDS (default 600), one after another, one process
# each (the machine is shared). Seeds come from Fuzz/Corpus/TARGET (committed); what libFuzzer
# adds goes to Fuzz/.build/corpus/TARGET; crashes to Fuzz/.build/artifacts/TARGET/. Prints a
# table of executions, coverage and crashes per target, and exits 1 if anything crashed.
#
#   Fuzz/build.sh && Fuzz/run.sh [SECONDS] [TARGET...]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=($(cd "$here/Targets" && ls *.swift | sed 's/\.swift$//')); fi
build=$here/.build
summary=$build/summary.tsv
mkdir -p "$build"
[ -f "$summary" ] || printf 'target\tseconds\texecutions\texec/s\tcoverage (edges)\tfeatures\tcorpus\tcrashes\n' > "$summary"
failed=0
for target in "${targets[@]}"; do
    corpus=$build/corpus/$target artifacts=$build/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    log=$build/$target.log
    # -timeout: one input taking 20 s is a hang; -rss_limit_mb: memory past 2 GB is a finding.
    ASAN_OPTIONS=detect_leaks=0 "$build/bin/$target" "$corpus" "$here/Corpus/$target" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" > "$log" 2>&1
    status=$?
    executions=$(awk '/stat::number_of_executed_units:/ { value = $2 } END { print value }' "$log")
    rate=$(awk '/stat::average_exec_per_sec:/ { value = $2 } END { print value }' "$log")
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    coverage=$(echo "$last" | grep -o 'cov: [0-9]*' | awk '{print $2}')
    features=$(echo "$last" | grep -o 'ft: [0-9]*' | awk '{print $2}')
    files=$(ls "$corpus" | wc -l)
    crashes=$(ls "$artifacts" | wc -l)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$seconds" "${executions:-?}" "${rate:-?}" "${coverage:-?}" \
        "${features:-?}" "$files" "$crashes" | tee -a "$summary"
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then failed=1; echo "$target: see $log" >&2; fi
done
exit $failed
