#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Targets/*.swift) against relgraph's own sources, with
# `swiftc -sanitize=fuzzer,address`: every relgraph module is compiled instrumented (coverage
# and AddressSanitizer), then each target links libFuzzer's main. SwiftPM is not used: its
# executables rename `main`, which libFuzzer provides.
#
#   Fuzz/build.sh [TARGET...]        (default: every target; output in Fuzz/.build/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=$here/.build
mkdir -p "$build/modules" "$build/accessors" "$build/bin"
flags=(-swift-version 6 -package-name relgraph -enable-testing -O -g -sanitize=fuzzer,address -parse-as-library
       -I "$build/modules" -I "$root/Sources/CGraphviz" -I /usr/include/graphviz)

# Modules in dependency order, with the resource folder SwiftPM would bundle (Bundle.module).
modules=(RelGraphCore RelGraphTime RelGraphDocuments:Data RelGraphFormats RelGraphKnowledge:Data
         RelGraphExtraction:Model RelGraphExport RelGraphRendering)
for entry in "${modules[@]}"; do
    module=${entry%%:*}
    sources=$(find "$root/Sources/$module" -name '*.swift' | sort)
    extra=()
    if [[ $entry == *:* ]]; then
        # SwiftPM generates Bundle.module; here it is the source folder that holds the resources.
        accessor=$build/accessors/$module.swift
        text=$(printf 'import Foundation\n\nextension Foundation.Bundle {\n    static let module: Bundle = Bundle(path: "%s")!\n}' \
            "$root/Sources/$module")
        # Rewritten only when it changes: its time decides whether the module is recompiled.
        [ -f "$accessor" ] && [ "$(cat "$accessor")" = "$text" ] || printf '%s\n' "$text" > "$accessor"
        extra=("$accessor")
    fi
    object=$build/modules/$module.o
    newest=$(ls -t $sources "${extra[@]}" | head -1)
    if [[ -f $object && $object -nt $newest ]]; then continue; fi
    echo "compiling $module" >&2
    swiftc "${flags[@]}" -module-name "$module" -wmo -emit-module -emit-module-path "$build/modules/$module.swiftmodule" \
        -c -o "$object" $sources "${extra[@]}"
done

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=($(cd "$here/Targets" && ls *.swift | sed 's/\.swift$//')); fi
for target in "${targets[@]}"; do
    echo "linking $target" >&2
    swiftc "${flags[@]}" -module-name "Fuzz$target" "$here/Targets/$target.swift" "$build"/modules/*.o \
        -lgvc -lcgraph -lcdt -o "$build/bin/$target"
done
