/// A simple path found by a query: actors in walking order and, per hop, the relation used.
///
/// `relations[i]` links `actors[i]` and `actors[i + 1]`; it may be stated in either direction
/// unless the query was `directed`. When several relations link the same two actors, the hop
/// uses the cheapest (see ``RelationCost``), then the lowest relation id.
public struct GraphPath: Sendable, Hashable {
    public var actors: [Int32]
    public var relations: [Int32]
    /// Hops for unweighted queries, the sum of ``RelationCost`` for weighted ones.
    public var cost: Double

    public init(actors: [Int32], relations: [Int32], cost: Double) {
        self.actors = actors
        self.relations = relations
        self.cost = cost
    }

    /// Number of relations followed.
    public var length: Int { relations.count }
}

extension Traversal {
    /// Turns an actor sequence into a ``GraphPath``, picking each hop's relation.
    func path(through actors: [Int32], weighted: Bool) -> GraphPath {
        var relations: [Int32] = []
        relations.reserveCapacity(actors.count)
        var cost = 0.0
        for hop in 0 ..< max(actors.count - 1, 0) {
            let edge = bestRelation(from: actors[hop], to: actors[hop + 1])!
            relations.append(edge)
            cost += weighted ? Double(index.edgeCost[Int(edge)]) : 1
        }
        return GraphPath(actors: actors, relations: relations, cost: cost)
    }
}
