import Foundation
import RelGraphExport
import RelGraphRendering

/// The DOT escaper, checked by libcgraph: any text written as a node's label and tooltip (and
/// as a subgraph label) parses, and each attribute reads back as exactly the escaped value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOTEscaper(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let text = String(validating: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self) else { return 0 }
    var writer = DOTWriter(name: "fuzz")
    writer.beginSubgraph("cluster_0", [("label", .text(text))])
    writer.node("n0", [("label", .text(text)), ("tooltip", .tooltip(text)), ("URL", .url(text))])
    writer.endSubgraph()
    let dot = writer.finish()
    let readBack: DOTReadBack
    do { readBack = try Renderer.shared.readBack(dot: dot) } catch { preconditionFailure("escaped DOT does not parse: \(error)") }
    guard let node = readBack.nodes["n0"], readBack.nodes.count == 1 else { preconditionFailure("nodes: \(readBack.nodes.keys)") }
    precondition(node["label"] == DOTEscaping.label(text), "label changed")
    precondition(node["tooltip"] == DOTEscaping.tooltip(text), "tooltip changed")
    precondition(node["URL"] == DOTEscaping.url(text), "URL changed")
    return 0
}
