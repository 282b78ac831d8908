import RelGraphCore

/// Cheapest path between two actors, where each relation costs ``RelationCost``: prefers hops
/// backed by confident, repeatedly stated relations (the `path --weighted` verb).
///
/// Dijkstra's algorithm with a binary heap, stopping when the goal is settled.
/// Complexity O((V + E) log V). Peer: NetworkX `dijkstra_path`.
public enum WeightedPath {
    /// The cheapest path from `from` to `to` (of at most `maxHops` hops when given), or nil when
    /// there is none. Ties between equal costs go to the lower actor id at each settle step.
    package static func find(in index: GraphIndex, from: Int32, to: Int32, filter: QueryFilter = .all,
                            maxHops: Int? = nil, scratch: SearchScratch? = nil) -> GraphPath? {
        let traversal = Traversal(index, filter, endpoints: (from, to))
        let scratch = SearchScratch.fitting(scratch, index)
        scratch.unblock()
        let actors = maxHops.map { boundedSearch(traversal, from: from, to: to, maxHops: $0, scratch: scratch, avoiding: Avoidance()) }
            ?? search(traversal, from: from, to: to, scratch: scratch, avoiding: Avoidance())
        return actors.map { traversal.path(through: $0, weighted: true) }
    }

    /// The cheapest path of at most `maxHops` hops: Bellman–Ford by layers (layer h holds the
    /// cheapest way to each actor in exactly h hops). Costs are positive, so the cheapest walk
    /// is a simple path. O(maxHops × relations reached); used only when a hop bound is asked.
    static func boundedSearch(_ traversal: Traversal, from: Int32, to: Int32, maxHops: Int,
                              scratch: SearchScratch, avoiding avoidance: Avoidance) -> [Int32]? {
        if from == to { return [from] }
        guard maxHops > 0 else { return nil }
        let costs = traversal.index.edgeCost
        var layers: [[Int32: (cost: Double, parent: Int32)]] = [[from: (0, -1)]]
        var best: (cost: Double, layer: Int)?
        for hop in 1 ... maxHops {
            var layer: [Int32: (cost: Double, parent: Int32)] = [:]
            scratch.expansions += layers[hop - 1].count
            for actor in layers[hop - 1].keys.sorted() where actor != to {
                let base = layers[hop - 1][actor]!.cost
                traversal.forward(actor) { neighbor, edge in
                    guard neighbor != from, !scratch.isBlocked(neighbor), !avoidance.forbids(actor, neighbor) else { return }
                    let cost = base + Double(costs[Int(edge)])
                    if let known = layer[neighbor], known.cost <= cost { return }
                    layer[neighbor] = (cost, actor)
                }
            }
            if layer.isEmpty { break }
            layers.append(layer)
            if let reached = layer[to], best.map({ reached.cost < $0.cost }) ?? true { best = (reached.cost, hop) }
        }
        guard let best else { return nil }
        var actors = [to]
        var actor = to
        for hop in stride(from: best.layer, to: 0, by: -1) {
            actor = layers[hop][actor]!.parent
            actors.append(actor)
        }
        return actors.reversed()
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
        // Visits mark actors with a tentative cost; `done` those whose cost is final.
        let reached = scratch.sideStamps().forward
        let costs = traversal.index.edgeCost
        scratch.visits[Int(from)] = Visit(mark: reached, parent: -1, relation: -1)
        scratch.cost[Int(from)] = 0
        var heap = MinHeap<Entry>()
        heap.push(Entry(cost: 0, actor: from))
        while let entry = heap.pop() {
            let actor = entry.actor
            if scratch.done[Int(actor)] == stamp || entry.cost > scratch.cost[Int(actor)] { continue }
            scratch.done[Int(actor)] = stamp
            scratch.expansions += 1
            if actor == to { return pathBack(to, scratch: scratch) }
            traversal.forward(actor) { neighbor, edge in
                guard scratch.done[Int(neighbor)] != stamp, !scratch.isBlocked(neighbor),
                      !avoidance.forbids(actor, neighbor) else { return }
                let cost = entry.cost + Double(costs[Int(edge)])
                if scratch.visits[Int(neighbor)].mark != reached || cost < scratch.cost[Int(neighbor)] {
                    scratch.visits[Int(neighbor)] = Visit(mark: reached, parent: actor, relation: edge)
                    scratch.cost[Int(neighbor)] = cost
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
            actor = scratch.visits[Int(actor)].parent
        }
        return actors.reversed()
    }
}
