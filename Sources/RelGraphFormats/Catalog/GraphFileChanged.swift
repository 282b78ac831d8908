/// A graph file no longer holds what its sidecar index recorded: it was rewritten in place after
/// the index was written, keeping its size and modification time. Thrown when a relation is
/// decoded on demand (``GraphCatalog/relation(at:)``).
public struct GraphFileChanged: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The relation's bytes decode, but to another relation than the index recorded.
        case differs
        /// The relation's bytes no longer decode, or cannot be read; the reader's reason.
        case unreadable(String)
    }

    /// The graph file.
    public var path: String
    /// The relation that could not be read back.
    public var position: Int
    public var kind: Kind

    public init(path: String, position: Int, kind: Kind) {
        self.path = path
        self.position = position
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .differs: "\(path) changed since its index was written (relation \(position) differs)"
        case .unreadable(let reason): "\(path): relation \(position) can no longer be read from the file (\(reason))"
        }
    }
}
