import RelGraphCore

/// Fewest-hops path between two actors (the `path` verb's default).
///
/// Bidirectional breadth-first search: it grows, one level at a time, the frontier whose actors
/// have fewer relations in all (hubs are expensive to expand), and stops at the first actor both
/// searches have seen. Every meeting found while expanding a level gives the same length (the
/// levels below were complete), so the first one is a shortest path. On a large sparse graph it
/// visits a few thousand actors where a one-sided search visits most of the graph.
/// Complexity O(V + E) worst case. Peer: NetworkX `shortest_path`, igraph `get_shortest_path`.
public enum ShortestPath {
    /// A fewest-hops path from `from` to `to`, or nil when none exists within `maxHops`.
    ///
    /// `from == to` gives the empty path. Among paths of equal length the answer is deterministic
    /// (same graph and query, same path).
    public static func find(in index: GraphIndex, from: Int32, to: Int32, filter: QueryFilter = .all,
                            maxHops: Int? = nil, scratch: SearchScratch? = nil) -> GraphPath? {
        let traversal = Traversal(index, filter, endpoints: (from, to))
        let scratch = SearchScratch.fitting(scratch, index)
        scratch.unblock()
        guard let actors = search(traversal, from: from, to: to, maxHops: maxHops, scratch: scratch, avoiding: Avoidance())
        else { return nil }
        return traversal.path(through: actors, weighted: false)
    }

    /// The actor sequence of a fewest-hops path avoiding `scratch`'s blocked actors and `avoidance`.
    static func search(_ traversal: Traversal, from: Int32, to: Int32, maxHops: Int?,
                       scratch: SearchScratch, avoiding avoidance: Avoidance) -> [Int32]? {
        if from == to { return [from] }
        let stamp = scratch.begin()
        // Scratch fields read once here, not through the class on every relation.
        let state = scratch.state, blocked = scratch.blocked
        let anyBlocked = scratch.anyBlocked, blockStamp = scratch.blockStamp
        state[Int(from)].forwardSeen = stamp
        state[Int(from)].forwardParent = -1
        state[Int(from)].forwardDepth = 0
        state[Int(to)].backwardSeen = stamp
        state[Int(to)].backwardParent = -1
        state[Int(to)].backwardDepth = 0
        var forwardFrontier = scratch.borrowFrontier(), backwardFrontier = scratch.borrowFrontier()
        var next = scratch.borrowFrontier()
        defer {
            scratch.giveBack(&forwardFrontier)
            scratch.giveBack(&backwardFrontier)
            scratch.giveBack(&next)
        }
        forwardFrontier.append(from)
        backwardFrontier.append(to)
        var forwardLevel: Int32 = 0, backwardLevel: Int32 = 0
        // Relations to look at when expanding each frontier, summed as actors join it.
        var forwardWork = traversal.degree(from), backwardWork = traversal.degree(to)

        while !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
            if let maxHops, Int(forwardLevel + backwardLevel) >= maxHops { return nil }
            var meet: Int32 = -1
            var meetLength = Int32.max
            next.removeAll(keepingCapacity: true)
            var nextWork = 0
            if forwardWork <= backwardWork {
                let depth = forwardLevel + 1
                for actor in forwardFrontier where meet < 0 {
                    traversal.forward(actor) { neighbor, _ in
                        guard meet < 0, state[Int(neighbor)].forwardSeen != stamp, !(anyBlocked && blocked[Int(neighbor)] == blockStamp),
                              !avoidance.forbids(actor, neighbor) else { return }
                        state[Int(neighbor)].forwardSeen = stamp
                        state[Int(neighbor)].forwardParent = actor
                        state[Int(neighbor)].forwardDepth = depth
                        next.append(neighbor)
                        nextWork += traversal.degree(neighbor)
                        if state[Int(neighbor)].backwardSeen == stamp {
                            let length = depth + state[Int(neighbor)].backwardDepth
                            if length < meetLength { meetLength = length; meet = neighbor }
                        }
                    }
                }
                forwardLevel = depth
                forwardWork = nextWork
                swap(&forwardFrontier, &next)
            } else {
                let depth = backwardLevel + 1
                for actor in backwardFrontier where meet < 0 {
                    traversal.backward(actor) { neighbor, _ in
                        guard meet < 0, state[Int(neighbor)].backwardSeen != stamp, !(anyBlocked && blocked[Int(neighbor)] == blockStamp),
                              !avoidance.forbids(neighbor, actor) else { return }
                        state[Int(neighbor)].backwardSeen = stamp
                        state[Int(neighbor)].backwardParent = actor
                        state[Int(neighbor)].backwardDepth = depth
                        next.append(neighbor)
                        nextWork += traversal.degree(neighbor)
                        if state[Int(neighbor)].forwardSeen == stamp {
                            let length = depth + state[Int(neighbor)].forwardDepth
                            if length < meetLength { meetLength = length; meet = neighbor }
                        }
                    }
                }
                backwardLevel = depth
                backwardWork = nextWork
                swap(&backwardFrontier, &next)
            }
            if meet >= 0 {
                if let maxHops, Int(meetLength) > maxHops { return nil }
                return joinedPath(at: meet, scratch: scratch)
            }
        }
        return nil
    }

    /// The path from the forward root through `meet` to the backward root.
    private static func joinedPath(at meet: Int32, scratch: SearchScratch) -> [Int32] {
        var head: [Int32] = []
        head.reserveCapacity(Int(scratch.state[Int(meet)].forwardDepth + scratch.state[Int(meet)].backwardDepth) + 1)
        var actor = meet
        while actor >= 0 {
            head.append(actor)
            actor = scratch.state[Int(actor)].forwardParent
        }
        head.reverse()
        actor = scratch.state[Int(meet)].backwardParent
        while actor >= 0 {
            head.append(actor)
            actor = scratch.state[Int(actor)].backwardParent
        }
        return head
    }
}
