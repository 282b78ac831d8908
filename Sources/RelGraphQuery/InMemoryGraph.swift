import RelGraphCore

/// A decoded ``RelationshipGraph`` read through ``QueryableGraph``: ids resolved to positions once.
///
/// ```swift
/// let graph = InMemoryGraph(try store.loadGraph())
/// let index = GraphIndex(graph)
/// ```
public struct InMemoryGraph: QueryableGraph {
    /// The graph as given.
    public let graph: RelationshipGraph
    private let positions: [String: Int32]
    private let sources: [Int32]
    private let targets: [Int32]

    public init(_ graph: RelationshipGraph) {
        self.graph = graph
        var positions = [String: Int32](minimumCapacity: graph.nodes.count)
        for (index, actor) in graph.nodes.enumerated() { positions[actor.id] = Int32(index) }
        sources = graph.edges.map { positions[$0.source] ?? -1 }
        targets = graph.edges.map { positions[$0.target] ?? -1 }
        self.positions = positions
    }

    public var actors: [Actor] { graph.nodes }
    public var relationCount: Int { graph.edges.count }

    public func summary(ofRelation position: Int) -> RelationSummary {
        let relation = graph.edges[position]
        return RelationSummary(source: sources[position], target: targets[position], type: relation.type,
                               confidence: relation.confidence, evidenceCount: relation.evidence.count)
    }

    public func endIDs(ofRelation position: Int) -> (source: String, target: String) {
        (graph.edges[position].source, graph.edges[position].target)
    }

    public func relation(at position: Int) -> Relation { graph.edges[position] }

    public func position(ofActorID id: String) -> Int32? { positions[id] }
}
