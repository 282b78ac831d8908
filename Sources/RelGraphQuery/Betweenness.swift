/// Betweenness centrality of every actor: the share of shortest paths between other actors that
/// pass through it, on the same undirected simple graph as ``PageRank`` (one link per linked pair,
/// self-relations ignored, every link one hop).
///
/// Peer: NetworkX `betweenness_centrality(G, normalized=True)` on the undirected graph, checked
/// by the differential test. Brandes' algorithm: one breadth-first search per actor counts the
/// shortest paths σ and records each actor's predecessors, then dependencies accumulate back in
/// reverse order of discovery. Normalised as NetworkX does for undirected graphs: the sum over
/// ordered pairs divided by (n − 1)(n − 2). Cost: O(actors × links) time — seconds on ten
/// thousand actors, so callers compute it once and keep it — and O(actors + links) memory.
///
/// ```swift
/// let scores = Betweenness.compute(in: index)   // scores[actor] in 0 ... 1
/// ```
public enum Betweenness {
    /// The normalised betweenness of each actor, indexed by actor id (all 0 below three actors).
    public static func compute(in index: GraphIndex) -> [Double] {
        let count = index.actorCount
        var centrality = [Double](repeating: 0, count: count)
        guard count > 2 else { return centrality }
        let links = index.links
        var order: [Int32] = []
        order.reserveCapacity(count)
        var sigma = [Double](repeating: 0, count: count)
        var distance = [Int32](repeating: -1, count: count)
        var dependency = [Double](repeating: 0, count: count)
        for source in 0 ..< count {
            order.removeAll(keepingCapacity: true)
            sigma[source] = 1
            distance[source] = 0
            order.append(Int32(source))
            var head = 0
            while head < order.count {
                let actor = Int(order[head])
                head += 1
                for slot in Int(links.offsets[actor]) ..< Int(links.offsets[actor + 1]) {
                    let neighbor = Int(links.neighbors[slot])
                    if distance[neighbor] < 0 {
                        distance[neighbor] = distance[actor] + 1
                        order.append(Int32(neighbor))
                    }
                    if distance[neighbor] == distance[actor] + 1 { sigma[neighbor] += sigma[actor] }
                }
            }
            // Predecessors are the neighbours one hop closer: found again here instead of stored.
            for actor in order.reversed().map(Int.init) {
                for slot in Int(links.offsets[actor]) ..< Int(links.offsets[actor + 1]) {
                    let neighbor = Int(links.neighbors[slot])
                    if distance[neighbor] == distance[actor] - 1 {
                        dependency[neighbor] += sigma[neighbor] / sigma[actor] * (1 + dependency[actor])
                    }
                }
                if actor != source { centrality[actor] += dependency[actor] }
            }
            for actor in order.map(Int.init) {
                sigma[actor] = 0
                distance[actor] = -1
                dependency[actor] = 0
            }
        }
        let scale = 1 / (Double(count - 1) * Double(count - 2))
        return centrality.map { $0 * scale }
    }
}
