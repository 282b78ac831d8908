/// Errors relgraph reports to users: one clear line, never a trap.
public enum RelGraphError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The input (a file, a graph, a name) cannot be used. CLI exit status 1.
    case badInput(String)
    /// The command line is wrong. CLI exit status 2.
    case usage(String)

    public var description: String {
        switch self {
        case .badInput(let message), .usage(let message): return message
        }
    }
}
