/// Why a graph is not rendered, in the renderer's terms (the command line adds what to do).
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// More actors or relations than `engine` lays out in reasonable time (``LayoutEngine/limit``).
    case graphTooLarge(engine: LayoutEngine, actors: Int, relations: Int)

    public var description: String {
        switch self {
        case .graphTooLarge(let engine, let actors, let relations):
            let (maxNodes, maxEdges) = engine.limit
            return "graph too large for the \(engine.rawValue) layout (\(actors) actors, \(relations) relations; "
                + "limit \(maxNodes) actors, \(maxEdges) relations)"
        }
    }
}
