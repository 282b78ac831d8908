import RelGraphCore
import RelGraphFormats

/// Machine-readable answers (README, "Design contract").
///
/// Paths: `{"paths":[{"nodes":[ids],"edges":[{"source","target","type"}],"length":n}]}`; edges keep
/// the direction stated in the graph, so each one is an edge of the input file. Weighted queries
/// add `"cost"` to each path.
public enum QueryJSON {
    /// The paths on a decoded graph (wrapped in an ``InMemoryGraph``, one pass over its relations).
    public static func paths(_ paths: [GraphPath], graph: RelationshipGraph, weighted: Bool = false) -> String {
        self.paths(paths, graph: InMemoryGraph(graph), weighted: weighted)
    }

    /// The paths, read through ``QueryableGraph``: ids and types only, no evidence decoded.
    public static func paths(_ paths: [GraphPath], graph: some QueryableGraph, weighted: Bool = false) -> String {
        let items = paths.map { path in
            let nodes = path.actors.map { GraphJSON.quote(graph.actors[Int($0)].id) }.joined(separator: ",")
            let edges = path.relations.map { edge(Int($0), in: graph) }.joined(separator: ",")
            let cost = weighted ? ",\"cost\":\((path.cost * 1000).rounded() / 1000)" : ""
            return "{\"nodes\":[\(nodes)],\"edges\":[\(edges)],\"length\":\(path.length)\(cost)}"
        }
        return "{\"paths\":[\(items.joined(separator: ","))]}\n"
    }

    /// `{"center":id,"nodes":[{"id","type","label","depth"}],"edges":[{"source","target","type"}]}`
    /// (On a decoded graph, wrapped in an ``InMemoryGraph``.)
    public static func neighborhood(_ neighborhood: Neighborhood, graph: RelationshipGraph) -> String {
        self.neighborhood(neighborhood, graph: InMemoryGraph(graph))
    }

    /// The same, read through ``QueryableGraph``.
    public static func neighborhood(_ neighborhood: Neighborhood, graph: some QueryableGraph) -> String {
        let center = GraphJSON.quote(graph.actors[Int(neighborhood.actors[0])].id)
        let nodes = zip(neighborhood.actors, neighborhood.depths).map { actor, depth in
            let node = graph.actors[Int(actor)]
            return "{\"id\":\(GraphJSON.quote(node.id)),\"type\":\(GraphJSON.quote(node.type.rawValue)),"
                + "\"label\":\(GraphJSON.quote(node.label)),\"depth\":\(depth)}"
        }.joined(separator: ",")
        let edges = neighborhood.relations.map { edge(Int($0), in: graph) }.joined(separator: ",")
        return "{\"center\":\(center),\"nodes\":[\(nodes)],\"edges\":[\(edges)]}\n"
    }

    /// An edge as stated in the graph, from its summary: no evidence decoded.
    static func edge(_ position: Int, in graph: some QueryableGraph) -> String {
        let ends = graph.endIDs(ofRelation: position)
        return "{\"source\":\(GraphJSON.quote(ends.source)),\"target\":\(GraphJSON.quote(ends.target)),"
            + "\"type\":\(GraphJSON.quote(graph.summary(ofRelation: position).type.rawValue))}"
    }
}

/// A query's answer as a graph of its own, for DOT output and rendering: the actors and
/// relations it touches, with all their fields.
public enum ResultSubgraph {
    /// The actors and relations (positions in `graph`) as a canonical graph of their own.
    public static func of(actors: some Sequence<Int32>, relations: some Sequence<Int32>,
                          in graph: RelationshipGraph) -> RelationshipGraph {
        let nodes = Set(actors).sorted().map { graph.nodes[Int($0)] }
        let edges = Set(relations).sorted().map { graph.edges[Int($0)] }
        return RelationshipGraph(nodes: nodes, edges: edges).canonicalized()
    }

    /// The same, read through ``QueryableGraph``: only these relations are decoded in full.
    public static func of(actors: some Sequence<Int32>, relations: some Sequence<Int32>,
                          in graph: some QueryableGraph) throws(GraphFileChanged) -> RelationshipGraph {
        let nodes = Set(actors).sorted().map { graph.actors[Int($0)] }
        var edges: [Relation] = []
        for position in Set(relations).sorted() { edges.append(try graph.relation(at: Int(position))) }
        return RelationshipGraph(nodes: nodes, edges: edges).canonicalized()
    }
}
