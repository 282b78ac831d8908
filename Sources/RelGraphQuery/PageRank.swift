/// PageRank of every actor, on the graph read as people read a diagram: each pair of linked actors
/// is one undirected link, whatever the number, types or direction of the relations between them
/// (the distinct-neighbour rows of ``GraphIndex``); self-relations are ignored.
///
/// Peer: NetworkX `pagerank(G, alpha)` on the undirected simple graph, which the differential
/// test checks to 1e-6. Power iteration: each step gives every actor `(1 − α)/n`, plus `α` times
/// its neighbours' rank shared over their degree, plus `α` times the rank of actors without links
/// spread evenly (NetworkX's dangling rule). Stops when the L1 change falls below `n × tolerance`,
/// as NetworkX does, or after `maxIterations`. Cost: O(iterations × (actors + links)), 8 bytes of
/// scratch per actor.
///
/// ```swift
/// let ranks = PageRank.compute(in: index)      // ranks[actor], summing to 1
/// ```
public enum PageRank {
    /// The rank of each actor, indexed by actor id; empty for an empty graph. Ranks sum to 1.
    public static func compute(in index: GraphIndex, alpha: Double = 0.85, tolerance: Double = 1e-10,
                               maxIterations: Int = 1_000) -> [Double] {
        let count = index.actorCount
        guard count > 0 else { return [] }
        let links = index.links
        let degree = (0 ..< count).map { Int(links.offsets[$0 + 1] - links.offsets[$0]) }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = [Double](repeating: 0, count: count)
        for _ in 0 ..< maxIterations {
            var danglingMass = 0.0
            for actor in 0 ..< count where degree[actor] == 0 { danglingMass += rank[actor] }
            let base = (1 - alpha) / Double(count) + alpha * danglingMass / Double(count)
            for actor in 0 ..< count {
                var incoming = 0.0
                for slot in Int(links.offsets[actor]) ..< Int(links.offsets[actor + 1]) {
                    let neighbor = Int(links.neighbors[slot])
                    incoming += rank[neighbor] / Double(degree[neighbor])
                }
                next[actor] = base + alpha * incoming
            }
            var change = 0.0
            for actor in 0 ..< count { change += abs(next[actor] - rank[actor]) }
            swap(&rank, &next)
            if change < Double(count) * tolerance { break }
        }
        return rank
    }
}
