import CGraphviz
import Foundation
import RelGraphCore

/// Lays out and renders DOT in process with Graphviz's libgvc.
///
/// libgvc and libcgraph are not thread-safe, even with one context per thread, so every call
/// into them, from every `Renderer`, goes through one process-wide lock; the Graphviz context
/// (plugins loaded once) is shared. Each job resets Graphviz's sticky error count, captures its
/// messages, and frees layout, graph and output buffers on every path. Errors come back as
/// ``RelGraphError/badInput(_:)`` with Graphviz's own message.
///
/// ```swift
/// let svg = try Renderer.shared.render(dot: "digraph { a -> b }", format: .svg, engine: .dot)
/// ```
public final class Renderer: @unchecked Sendable {
    /// The renderer every caller should use: one Graphviz context per process.
    public static let shared = Renderer()

    /// Guards all Graphviz state (context, error buffer, parser globals).
    private static let lock = NSLock()

    // Only touched with `lock` held; nil when libgvc could not be loaded (`loadFailure` says why).
    private let context: OpaquePointer?
    private let loadFailure: String?

    private init() {
        // libgvc is loaded here, by the first render of the process, not linked (CGraphviz).
        if let failure = relgraph_graphviz_open() {
            context = nil
            loadFailure = String(cString: failure)
            return
        }
        // Plugins come from the `config6a` file written when Debian's libgvc6 was installed, and
        // relgraph's text layout (CGraphviz/TextLayout.c), which spares SVG renders of relgraph's
        // diagrams from loading Pango: same widths, ~15 ms less per process.
        guard let context = Self.lock.withLock({ relgraph_context_measuring_text() }) else {
            fatalError("Graphviz gvContext() failed: is libgvc6 installed with its plugins?")
        }
        self.context = context
        loadFailure = nil
    }

    /// Lays `dot` out with `engine` and renders it as `format`.
    ///
    /// Refuses graphs beyond ``LayoutEngine/limit`` (with advice), and bounds `dot`'s network
    /// simplex on larger graphs so that a layout takes seconds, not minutes.
    public func render(dot: String, format: RenderFormat, engine: LayoutEngine) throws -> Data {
        try render(dot: dot, format: format, engine: engine, measuringTextWithPango: format.drawsWithCairo).data
    }

    /// `render` with the choice of text measurement: Pango (always, for a format cairo draws), or
    /// relgraph's, which gives Pango's widths for its own font and asks Pango for the rest. Also
    /// returns how many labels the layout measured without Pango.
    func render(dot: String, format: RenderFormat, engine: LayoutEngine, measuringTextWithPango: Bool)
        throws -> (data: Data, labelsMeasuredWithoutPango: Int) {
        precondition(measuringTextWithPango || !format.drawsWithCairo, "cairo draws Pango's layout of each label")
        return try withGraph(dot) { graph in
            let context = self.context!  // withGraph checked it
            try engine.checkSize(nodes: Int(relgraph_agnnodes(graph)), edges: Int(relgraph_agnedges(graph)))
            if engine == .dot { Self.boundRankingEffort(graph) }
            relgraph_text_use_pango(measuringTextWithPango ? 1 : 0)  // labels are measured by the layout
            let measuredBefore = relgraph_text_measured_without_pango()
            guard relgraph_gvLayout(context, graph, engine.rawValue) == 0 else {
                throw RelGraphError.badInput("Graphviz \(engine.rawValue) layout failed: \(ErrorCapture.message(or: "no message"))")
            }
            let measuredWithoutPango = Int(relgraph_text_measured_without_pango() - measuredBefore)
            defer { relgraph_gvFreeLayout(context, graph) }
            // Checked before rendering: a bitmap past cairo's own limit would be shrunk with a
            // message printed straight to stderr, and one just below it takes a minute and 100 MB.
            if let bitmap = format.bitmapSize(ofBoxInPoints: relgraph_bounding_box(graph)) {
                try BitmapLimit.check(width: bitmap.width, height: bitmap.height)
            }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = relgraph_gvRenderData(context, graph, format.device, &buffer, &length)
            // Graphviz allocates the buffer even when it fails.
            defer { if let buffer { relgraph_gvFreeRenderData(buffer) } }
            guard status == 0, let buffer else {
                throw RelGraphError.badInput("Graphviz cannot render \(format.rawValue): \(ErrorCapture.message(or: "no renderer for this format"))")
            }
            // Some errors (a malformed HTML label) only degrade the picture; refuse it anyway.
            guard relgraph_agerrors() == 0 else {
                throw RelGraphError.badInput("Graphviz reported an error: \(ErrorCapture.message(or: "unknown error"))")
            }
            try BitmapLimit.check(bytes: Int(length), format: format)
            return (Data(bytes: buffer, count: Int(length)), measuredWithoutPango)
        }
    }

    /// Parses `dot` with libcgraph and returns every attribute value as Graphviz stores it.
    ///
    /// This is how tests (and cautious callers) prove that written DOT reads back unchanged.
    package func readBack(dot: String) throws -> DOTReadBack {
        try withGraph(dot) { graph in
            var result = DOTReadBack()
            var node = relgraph_agfstnode(graph)
            while let current = node {
                let name = String(cString: relgraph_agnameof(UnsafeMutableRawPointer(current)))
                result.nodes[name] = Self.attributes(of: UnsafeMutableRawPointer(current), kind: AGNODE, in: graph)
                var edge = relgraph_agfstout(graph, current)
                while let currentEdge = edge {
                    let head = String(cString: relgraph_agnameof(UnsafeMutableRawPointer(relgraph_aghead(currentEdge))))
                    result.edges.append(.init(
                        tail: name, head: head,
                        attributes: Self.attributes(of: UnsafeMutableRawPointer(currentEdge), kind: AGEDGE, in: graph)))
                    edge = relgraph_agnxtout(graph, currentEdge)
                }
                node = relgraph_agnxtnode(graph, current)
            }
            return result
        }
    }

    /// Parses `dot` under the lock with fresh error state, runs `body`, and always closes the graph.
    private func withGraph<T>(_ dot: String, _ body: (UnsafeMutablePointer<Agraph_t>) throws -> T) throws -> T {
        guard context != nil else {
            throw RelGraphError.badInput("Graphviz cannot be loaded (\(loadFailure ?? "unknown reason")): install libgvc6 (graphviz)")
        }
        return try Self.lock.withLock {
            ErrorCapture.begin()
            guard !dot.utf8.contains(0) else { throw RelGraphError.badInput("DOT text contains a NUL byte") }
            guard let graph = dot.withCString({ relgraph_agmemread($0) }) else {
                throw RelGraphError.badInput("Graphviz cannot parse the DOT: \(ErrorCapture.message(or: "empty or not a graph"))")
            }
            defer { relgraph_agclose(graph) }
            return try body(graph)
        }
    }

    private static func attributes(of object: UnsafeMutableRawPointer, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) -> [String: String] {
        var values: [String: String] = [:]
        var symbol = relgraph_agnxtattr(graph, kind, nil)
        while let current = symbol {
            if let value = relgraph_agxget(object, current) {
                values[String(cString: current.pointee.name)] = String(cString: value)
            }
            symbol = relgraph_agnxtattr(graph, kind, current)
        }
        return values
    }

    /// `dot`'s network simplex dominates its cost (seconds at 200 nodes); a small iteration
    /// limit keeps layouts interactive with little visible difference. Explicit settings win.
    private static func boundRankingEffort(_ graph: UnsafeMutablePointer<Agraph_t>) {
        guard relgraph_agnnodes(graph) > 80 else { return }
        for (name, value) in [("nslimit", "2"), ("nslimit1", "2"), ("mclimit", "0.5")] {
            var nameBytes = Array(name.utf8CString), valueBytes = Array(value.utf8CString), empty = Array("".utf8CString)
            let current = relgraph_agget(UnsafeMutableRawPointer(graph), &nameBytes)
            if current == nil || current!.pointee == 0 {
                _ = relgraph_agsafeset(UnsafeMutableRawPointer(graph), &nameBytes, &valueBytes, &empty)
            }
        }
    }
}

/// Attribute values of a parsed DOT graph, as libcgraph returns them (`agget`).
package struct DOTReadBack: Sendable {
    /// Node name → attribute name → value (declared defaults included).
    package var nodes: [String: [String: String]] = [:]
    /// Edges in libcgraph's order.
    public var edges: [Edge] = []

    public struct Edge: Sendable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }
}
