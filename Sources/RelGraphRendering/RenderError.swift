/// Why a graph is not rendered, in the renderer's terms (the command line adds what to do).
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// More actors or relations than `engine` lays out in reasonable time (``LayoutEngine/limit``).
    case graphTooLarge(engine: LayoutEngine, actors: Int, relations: Int)
    /// The laid-out picture is a bitmap past ``BitmapLimit``'s pixels.
    case bitmapTooLarge(width: Int, height: Int)
    /// The rendered output is past ``BitmapLimit/maximumBytes``.
    case outputTooLarge(format: RenderFormat, bytes: Int)

    public var description: String {
        switch self {
        case .graphTooLarge(let engine, let actors, let relations):
            let (maxNodes, maxEdges) = engine.limit
            return "graph too large for the \(engine.rawValue) layout (\(actors) actors, \(relations) relations; "
                + "limit \(maxNodes) actors, \(maxEdges) relations)"
        case .bitmapTooLarge(let width, let height):
            return "the PNG would be \(width) × \(height) pixels (limit \(BitmapLimit.maximumSide) per side, "
                + "\(BitmapLimit.maximumPixels / 1_000_000) megapixels); draw less with --focus ACTOR --depth 1, "
                + "or write .svg or .pdf"
        case .outputTooLarge(let format, let bytes):
            return "the \(format.rawValue) output would be \(bytes / (1024 * 1024)) MB "
                + "(limit \(BitmapLimit.maximumBytes / (1024 * 1024)) MB); draw less with --focus ACTOR --depth 1"
        }
    }
}
