import RelGraphCore

/// A Graphviz layout engine, with the graph sizes it handles in reasonable time.
///
/// Layout time grows much faster than the graph, and for `dot` and `circo` with the relations per
/// actor more than with the actors: measured on this project's 2-core machine (random graphs,
/// `Benchmarks/render/limits`), `dot` took 4.8 s on 300 actors and 600 relations but did not
/// finish 400 and 1,320 in 110 s; `circo` 6.3 s on 200 and 300 but not 300 and 990 in 170 s.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered drawing: the most readable for small graphs with directions.
    case dot
    /// Stress majorization: quadratic memory, fine up to about a thousand nodes.
    case neato
    /// Spring model, honours clusters.
    case fdp
    /// Multiscale spring model: the engine for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi

    /// Largest graph (nodes, edges) the engine is allowed to lay out; beyond it rendering is
    /// refused (``RenderError/graphTooLarge(engine:actors:relations:)``) instead of running into the
    /// timeout. Each limit was measured at 2.5–22 s of CPU (`Benchmarks/render/limits/README.md`), a
    /// wide margin under `render`'s default 120 s timeout on a shared machine; `sfdp`'s is also
    /// its memory (3 GB at 20,000 actors, growing faster than the graph).
    public var limit: (nodes: Int, edges: Int) {
        switch self {
        case .dot: return (300, 600)
        case .neato, .fdp: return (2_000, 8_000)
        case .circo: return (200, 330)
        case .twopi: return (3_000, 10_000)
        case .sfdp: return (20_000, 70_000)
        }
    }

    /// `dot` for graphs a layered drawing keeps readable, `sfdp` beyond.
    public static func automatic(nodes: Int, edges: Int) -> LayoutEngine {
        nodes <= 150 && edges <= 400 ? .dot : .sfdp
    }

    /// Parses `auto` or an engine name; `auto` needs the graph's size.
    public static func named(_ name: String, nodes: Int, edges: Int) throws -> LayoutEngine {
        if name.lowercased() == "auto" { return automatic(nodes: nodes, edges: edges) }
        guard let engine = LayoutEngine(rawValue: name.lowercased()) else {
            let known = (["auto"] + allCases.map(\.rawValue)).joined(separator: ", ")
            throw RelGraphError.usage("unknown layout engine '\(name)' (known: \(known))")
        }
        return engine
    }

    /// Throws ``RenderError/graphTooLarge(engine:actors:relations:)`` when the graph exceeds ``limit``.
    public func checkSize(nodes: Int, edges: Int) throws(RenderError) {
        let (maxNodes, maxEdges) = limit
        guard nodes > maxNodes || edges > maxEdges else { return }
        throw .graphTooLarge(engine: self, actors: nodes, relations: edges)
    }
}
