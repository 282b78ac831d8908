#!/usr/bin/env bash
# Rebuilds the bundled models from the shared annotated corpus and the team's own training
# articles (Training/: the relation model learns from them all types but visit, cooperate and
# party_to; see Training/README.md), or checks they equal the committed files (exit 1 and a diff
# of sizes when they do not).
#   scripts/train-models.sh            # retrain into Sources/RelGraphExtraction/Model
#   scripts/train-models.sh --check    # retrain into a temporary folder and compare
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${RELGRAPH_CORPUS:-../shared/corpus}"
team=(--train-relations Training --train-relations-except visit,cooperate,party_to)
swift build -c release --product relgraph >/dev/null
if [[ "${1:-}" == "--check" ]]; then
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
    .build/release/relgraph train --train "$corpus/train" --validation "$corpus/validation" -o "$out" "${team[@]}" >/dev/null
    status=0
    for file in names.rgmodel relations.rgmodel; do
        if cmp -s "$out/$file" "Sources/RelGraphExtraction/Model/$file"; then
            echo "$file: identical to the committed file"
        else
            echo "$file: differs ($(stat -c %s "$out/$file") vs $(stat -c %s "Sources/RelGraphExtraction/Model/$file") bytes)"
            status=1
        fi
    done
    exit $status
fi
.build/release/relgraph train --train "$corpus/train" --validation "$corpus/validation" -o Sources/RelGraphExtraction/Model "${team[@]}"
# The release build carries a copy of the models in its resources, made when it was built: build
# again so that `.build/release/relgraph` extracts with the files just written, not the old ones.
swift build -c release --product relgraph >/dev/null
