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
        // Without evidence nothing is decoded, so nothing can find the graph file changed.
        (try? self.paths(paths, graph: graph, weighted: weighted, evidence: 0)) ?? ""
    }

    /// The paths, each edge with up to `evidence` of its evidence items (`"evidence":[{"document",
    /// "sentence","start","end"[,"date"]}]`, the graph JSON's shape) when `evidence` > 0.
    public static func paths(_ paths: [GraphPath], graph: some QueryableGraph, weighted: Bool = false,
                             evidence: Int) throws(GraphFileChanged) -> String {
        var items: [String] = []
        for path in paths {
            let nodes = path.actors.map { GraphJSON.quote(graph.actors[Int($0)].id) }.joined(separator: ",")
            var edgeItems: [String] = []
            for relation in path.relations { edgeItems.append(try edge(Int(relation), in: graph, evidence: evidence)) }
            let edges = edgeItems.joined(separator: ",")
            let cost = weighted ? ",\"cost\":\((path.cost * 1000).rounded() / 1000)" : ""
            items.append("{\"nodes\":[\(nodes)],\"edges\":[\(edges)],\"length\":\(path.length)\(cost)}")
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
        (try? self.neighborhood(neighborhood, graph: graph, evidence: 0)) ?? ""
    }

    /// The same, each edge with up to `evidence` of its evidence items when `evidence` > 0.
    public static func neighborhood(_ neighborhood: Neighborhood, graph: some QueryableGraph,
                                    evidence: Int) throws(GraphFileChanged) -> String {
        let center = GraphJSON.quote(graph.actors[Int(neighborhood.actors[0])].id)
        let nodes = zip(neighborhood.actors, neighborhood.depths).map { actor, depth in
            let node = graph.actors[Int(actor)]
            return "{\"id\":\(GraphJSON.quote(node.id)),\"type\":\(GraphJSON.quote(node.type.rawValue)),"
                + "\"label\":\(GraphJSON.quote(node.label)),\"depth\":\(depth)}"
        }.joined(separator: ",")
        var edgeItems: [String] = []
        for relation in neighborhood.relations { edgeItems.append(try edge(Int(relation), in: graph, evidence: evidence)) }
        let edges = edgeItems.joined(separator: ",")
        return "{\"center\":\(center),\"nodes\":[\(nodes)],\"edges\":[\(edges)]}\n"
    }

    /// An edge as stated in the graph, from its summary; its evidence (up to `evidence` items,
    /// with `"evidence_count"`) is decoded only when `evidence` > 0.
    static func edge(_ position: Int, in graph: some QueryableGraph, evidence: Int = 0) throws(GraphFileChanged) -> String {
        let ends = graph.endIDs(ofRelation: position)
        var out = "{\"source\":\(GraphJSON.quote(ends.source)),\"target\":\(GraphJSON.quote(ends.target)),"
            + "\"type\":\(GraphJSON.quote(graph.summary(ofRelation: position).type.rawValue))"
        if evidence > 0 {
            let relation = try graph.relation(at: position)
            let items = relation.evidence.prefix(evidence).map { item in
                "{\"document\":\(GraphJSON.quote(item.document)),\"sentence\":\(GraphJSON.quote(item.sentence)),"
                    + "\"start\":\(item.start),\"end\":\(item.end)" + (item.date.map { ",\"date\":\(GraphJSON.quote($0))" } ?? "") + "}"
            }
            out += ",\"confidence\":\(relation.confidence),\"evidence_count\":\(relation.evidence.count),\"evidence\":[\(items.joined(separator: ","))]"
        }
        return out + "}"
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
