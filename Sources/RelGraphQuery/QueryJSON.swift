import RelGraphCore

/// Machine-readable answers (DESIGN §3).
///
/// Paths: `{"paths":[{"nodes":[ids],"edges":[{"source","target","type"}],"length":n}]}`; edges keep
/// the direction stated in the graph, so each one is an edge of the input file. Weighted queries
/// add `"cost"` to each path.
public enum QueryJSON {
    public static func paths(_ paths: [GraphPath], graph: RelationshipGraph, weighted: Bool = false) -> String {
        let items = paths.map { path in
            let nodes = path.actors.map { GraphJSON.quote(graph.nodes[Int($0)].id) }.joined(separator: ",")
            let edges = path.relations.map { edge(graph.edges[Int($0)]) }.joined(separator: ",")
            let cost = weighted ? ",\"cost\":\((path.cost * 1000).rounded() / 1000)" : ""
            return "{\"nodes\":[\(nodes)],\"edges\":[\(edges)],\"length\":\(path.length)\(cost)}"
        }
        return "{\"paths\":[\(items.joined(separator: ","))]}\n"
    }

    /// `{"center":id,"nodes":[{"id","type","label","depth"}],"edges":[{"source","target","type"}]}`
    public static func neighborhood(_ neighborhood: Neighborhood, graph: RelationshipGraph) -> String {
        let center = GraphJSON.quote(graph.nodes[Int(neighborhood.actors[0])].id)
        let nodes = zip(neighborhood.actors, neighborhood.depths).map { actor, depth in
            let node = graph.nodes[Int(actor)]
            return "{\"id\":\(GraphJSON.quote(node.id)),\"type\":\(GraphJSON.quote(node.type.rawValue)),"
                + "\"label\":\(GraphJSON.quote(node.label)),\"depth\":\(depth)}"
        }.joined(separator: ",")
        let edges = neighborhood.relations.map { edge(graph.edges[Int($0)]) }.joined(separator: ",")
        return "{\"center\":\(center),\"nodes\":[\(nodes)],\"edges\":[\(edges)]}\n"
    }

    static func edge(_ relation: Relation) -> String {
        "{\"source\":\(GraphJSON.quote(relation.source)),\"target\":\(GraphJSON.quote(relation.target)),"
            + "\"type\":\(GraphJSON.quote(relation.type.rawValue))}"
    }
}

/// A query's answer as a graph of its own, for DOT output and rendering: the actors and
/// relations it touches, with all their fields.
public enum ResultSubgraph {
    public static func of(actors: some Sequence<Int32>, relations: some Sequence<Int32>,
                          in graph: RelationshipGraph) -> RelationshipGraph {
        let nodes = Set(actors).sorted().map { graph.nodes[Int($0)] }
        let edges = Set(relations).sorted().map { graph.edges[Int($0)] }
        return RelationshipGraph(nodes: nodes, edges: edges).canonicalized()
    }
}
