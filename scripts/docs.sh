#!/usr/bin/env bash
# Builds the DocC documentation of every library product with the swift-docc-plugin into
# docs/<Target>/. The plugin is a dependency only when RELGRAPH_DOCS=1 (see Package.swift), so
# ordinary builds never compile it; this script sets it and uses its own build folder.
# Fails when a catalog does not build; DOCS_STRICT=1 also fails on warnings (unresolved links).
#   scripts/docs.sh                 # all libraries
#   scripts/docs.sh RelGraphQuery   # one
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || export PATH="$PATH:/opt/swift/usr/bin"
export RELGRAPH_DOCS=1
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(RelGraphCore RelGraphFormats RelGraphDocuments RelGraphKnowledge RelGraphExtraction
             RelGraphQuery RelGraphExport RelGraphRendering RelGraphStore)
fi
mkdir -p docs
for target in "${targets[@]}"; do
    echo "== $target"
    swift package --scratch-path .build-docs --allow-writing-to-directory "docs/$target" \
        generate-documentation --target "$target" --output-path "docs/$target" \
        ${DOCS_STRICT:+--warnings-as-errors} --transform-for-static-hosting
done
echo "documentation in docs/ (open docs/<Target>/index.html through a web server)"
