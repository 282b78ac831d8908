import RelGraphCore

/// Compact query index over a graph. (Skeleton: lands with the query-engine work.)
public struct GraphIndex: Sendable {
    public let graph: RelationshipGraph
    public init(_ graph: RelationshipGraph) { self.graph = graph }
}
