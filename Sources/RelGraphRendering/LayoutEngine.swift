import RelGraphCore

/// A Graphviz layout engine, with the graph sizes it handles in reasonable time.
///
/// Measured on this project's machine (Benchmarks/render): `dot` needs seconds for a few hundred nodes and
/// minutes beyond a few thousand; `sfdp` lays out 5,000 nodes in about two seconds.
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
    /// refused (``RenderError/graphTooLarge(engine:actors:relations:)``) instead of running for minutes.
    public var limit: (nodes: Int, edges: Int) {
        switch self {
        case .dot: return (1_500, 5_000)
        case .neato, .fdp: return (2_000, 8_000)
        case .circo, .twopi: return (3_000, 10_000)
        case .sfdp: return (60_000, 200_000)
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
