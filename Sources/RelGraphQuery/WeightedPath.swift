import RelGraphCore

/// Cheapest path between two actors, where each relation costs ``RelationCost``: prefers hops
/// backed by confident, repeatedly stated relations (the `path --weighted` verb).
///
/// Dijkstra's algorithm with a binary heap, stopping when the goal is settled.
/// Complexity O((V + E) log V). Peer: NetworkX `dijkstra_path`.
public enum WeightedPath {
    /// The cheapest path from `from` to `to`, or nil when `to` is unreachable.
    /// Ties between equal costs go to the lower actor id at each settle step.
    public static func find(in index: GraphIndex, from: Int32, to: Int32, filter: QueryFilter = .all,
                            scratch: SearchScratch? = nil) -> GraphPath? {
        let traversal = Traversal(index, filter, endpoints: (from, to))
        let scratch = SearchScratch.fitting(scratch, index)
        scratch.unblock()
        guard let actors = search(traversal, from: from, to: to, scratch: scratch, avoiding: Avoidance())
        else { return nil }
        return traversal.path(through: actors, weighted: true)
    }

    private struct Entry: Comparable {
        var cost: Double
        var actor: Int32
        static func < (a: Entry, b: Entry) -> Bool { (a.cost, a.actor) < (b.cost, b.actor) }
    }

    /// The actor sequence of a cheapest path avoiding `scratch`'s blocked actors and `avoidance`.
    static func search(_ traversal: Traversal, from: Int32, to: Int32,
                       scratch: SearchScratch, avoiding avoidance: Avoidance) -> [Int32]? {
        if from == to { return [from] }
        let stamp = scratch.begin()
        let costs = traversal.index.edgeCost
        scratch.state[Int(from)].forwardSeen = stamp
        scratch.cost[Int(from)] = 0
        scratch.state[Int(from)].forwardParent = -1
        var heap = MinHeap<Entry>()
        heap.push(Entry(cost: 0, actor: from))
        while let entry = heap.pop() {
            let actor = entry.actor
            if scratch.done[Int(actor)] == stamp || entry.cost > scratch.cost[Int(actor)] { continue }
            scratch.done[Int(actor)] = stamp
            if actor == to { return pathBack(to, scratch: scratch) }
            traversal.forward(actor) { neighbor, edge in
                guard scratch.done[Int(neighbor)] != stamp, !scratch.isBlocked(neighbor),
                      !avoidance.forbids(actor, neighbor) else { return }
                let cost = entry.cost + Double(costs[Int(edge)])
                if scratch.state[Int(neighbor)].forwardSeen != stamp || cost < scratch.cost[Int(neighbor)] {
                    scratch.state[Int(neighbor)].forwardSeen = stamp
                    scratch.cost[Int(neighbor)] = cost
                    scratch.state[Int(neighbor)].forwardParent = actor
                    heap.push(Entry(cost: cost, actor: neighbor))
                }
            }
        }
        return nil
    }

    private static func pathBack(_ goal: Int32, scratch: SearchScratch) -> [Int32] {
        var actors: [Int32] = []
        var actor = goal
        while actor >= 0 {
            actors.append(actor)
            actor = scratch.state[Int(actor)].forwardParent
        }
        return actors.reversed()
    }
}
