import RelGraphCore

/// Fewest-hops path between two actors (the `path` verb's default).
///
/// Bidirectional breadth-first search: it grows, one level at a time, the frontier whose actors
/// have fewer relations in all (hubs are expensive to expand), and stops at the first actor the
/// other half has seen. That first meeting is a shortest path: the levels below were complete,
/// so the other half saw the actor at its current depth. On a large sparse graph it visits a few
/// thousand actors where a one-sided search visits most of the graph.
/// Complexity O(V + E) worst case. Peer: NetworkX `shortest_path`, igraph `get_shortest_path`.
public enum ShortestPath {
    /// A fewest-hops path from `from` to `to`, or nil when none exists within `maxHops`.
    ///
    /// `from == to` gives the empty path. Among paths of equal length the answer is deterministic
    /// (same graph and query, same path).
    package static func find(in index: GraphIndex, from: Int32, to: Int32, filter: QueryFilter = .all,
                            maxHops: Int? = nil, scratch: SearchScratch? = nil) -> GraphPath? {
        let traversal = Traversal(index, filter, endpoints: (from, to))
        let scratch = SearchScratch.fitting(scratch, index)
        scratch.unblock()
        guard let hops = walk(traversal, from: from, to: to, maxHops: maxHops, scratch: scratch, avoiding: Avoidance())
        else { return nil }
        // Unfiltered searches walked each link's cheapest relation already; filtered ones saw
        // one slot per link and pick the cheapest allowed relation now.
        if traversal.isUnfiltered {
            return GraphPath(actors: hops.actors, relations: hops.relations, cost: Double(hops.relations.count))
        }
        return traversal.path(through: hops.actors, weighted: false)
    }

    /// The actor sequence of a fewest-hops path avoiding `scratch`'s blocked actors and `avoidance`.
    static func search(_ traversal: Traversal, from: Int32, to: Int32, maxHops: Int?,
                       scratch: SearchScratch, avoiding avoidance: Avoidance) -> [Int32]? {
        walk(traversal, from: from, to: to, maxHops: maxHops, scratch: scratch, avoiding: avoidance)?.actors
    }

    /// A fewest-hops path as actors and the relation slot each hop was found through.
    private static func walk(_ traversal: Traversal, from: Int32, to: Int32, maxHops: Int?,
                             scratch: SearchScratch, avoiding avoidance: Avoidance) -> Hops? {
        if traversal.isUnfiltered {
            return search(LinkSteps(traversal.index.links), from: from, to: to, maxHops: maxHops,
                          scratch: scratch, avoiding: avoidance)
        }
        return search(FilteredSteps(traversal: traversal), from: from, to: to, maxHops: maxHops,
                      scratch: scratch, avoiding: avoidance)
    }

    /// The search itself, specialised per kind of steps so the unfiltered case tests nothing per link.
    private static func search<Steps: SearchSteps>(_ steps: Steps, from: Int32, to: Int32, maxHops: Int?,
                                                   scratch: SearchScratch, avoiding avoidance: Avoidance) -> Hops? {
        if from == to { return Hops(actors: [from], relations: []) }
        let (forwardMark, backwardMark) = scratch.sideStamps()
        let visits = scratch.visits
        visits[Int(from)] = Visit(mark: forwardMark, parent: -1, relation: -1)
        visits[Int(to)] = Visit(mark: backwardMark, parent: -1, relation: -1)
        var forward = Frontier(queue: scratch.queue, first: from, work: steps.work(from))
        var backward = Frontier(queue: scratch.backwardQueue, first: to, work: steps.work(to))
        let constraints = Constraints(scratch: scratch, avoidance: avoidance)

        while !forward.isEmpty && !backward.isEmpty {
            if let maxHops, forward.level + backward.level >= maxHops { return nil }
            let meeting: (forwardTip: Int32, backwardTip: Int32, relation: Int32)?
            if forward.work <= backward.work {
                scratch.expansions += forward.end - forward.start
                meeting = expand(&forward, steps, backward: false, mark: forwardMark, otherMark: backwardMark,
                                 visits: visits, constraints)
                    .map { (forwardTip: $0.from, backwardTip: $0.reached, relation: $0.relation) }
            } else {
                scratch.expansions += backward.end - backward.start
                meeting = expand(&backward, steps, backward: true, mark: backwardMark, otherMark: forwardMark,
                                 visits: visits, constraints)
                    .map { (forwardTip: $0.reached, backwardTip: $0.from, relation: $0.relation) }
            }
            if let meeting {
                return joinedPath(meeting.forwardTip, depth: forward.level, meeting.backwardTip, depth: backward.level,
                                  meetingRelation: meeting.relation, visits: visits)
            }
        }
        return nil
    }

    /// Expands one level of `frontier`. Returns the link where it met the other half, if any.
    @inline(__always)
    private static func expand<Steps: SearchSteps>(
        _ frontier: inout Frontier, _ steps: Steps, backward: Bool, mark: UInt32, otherMark: UInt32,
        visits: UnsafeMutablePointer<Visit>, _ constraints: Constraints
    ) -> (from: Int32, reached: Int32, relation: Int32)? {
        let queue = frontier.queue
        var tail = frontier.end, work = 0
        var meeting: (from: Int32, reached: Int32, relation: Int32)?
        for position in frontier.start ..< frontier.end {
            let actor = queue[position]
            steps.each(from: actor, backward: backward) { neighbor, relation in
                let seen = visits[Int(neighbor)].mark
                if seen == mark { return true }
                if constraints.active && constraints.forbid(actor, neighbor, backward: backward) { return true }
                if seen == otherMark {
                    meeting = (actor, neighbor, relation)
                    return false
                }
                visits[Int(neighbor)] = Visit(mark: mark, parent: actor, relation: relation)
                queue[tail] = neighbor
                tail += 1
                work += steps.work(neighbor)
                return true
            }
            if meeting != nil { return meeting }
        }
        frontier.advance(to: tail, work: work)
        return nil
    }

    /// `from` … `forwardTip`, then `backwardTip` … `to`, following each half's parents; each tip
    /// lies `depth` hops from its half's root, and `meetingRelation` links the two tips.
    private static func joinedPath(_ forwardTip: Int32, depth forwardDepth: Int, _ backwardTip: Int32, depth backwardDepth: Int,
                                   meetingRelation: Int32, visits: UnsafeMutablePointer<Visit>) -> Hops {
        let count = forwardDepth + backwardDepth + 2
        var relations = [Int32](repeating: meetingRelation, count: count - 1)
        let actors = [Int32](unsafeUninitializedCapacity: count) { actors, initialized in
            var actor = forwardTip
            for position in stride(from: forwardDepth, through: 0, by: -1) {
                actors[position] = actor
                if position > 0 { relations[position - 1] = visits[Int(actor)].relation }
                actor = visits[Int(actor)].parent
            }
            actor = backwardTip
            for position in forwardDepth + 1 ..< count {
                actors[position] = actor
                if position < count - 1 { relations[position] = visits[Int(actor)].relation }
                actor = visits[Int(actor)].parent
            }
            initialized = count
        }
        return Hops(actors: actors, relations: relations)
    }
}

/// A path as found: `relations[i]` is the slot that linked `actors[i]` and `actors[i + 1]`.
private struct Hops {
    var actors: [Int32]
    var relations: [Int32]
}

/// One half of a bidirectional search: its current level is `queue[start ..< end]`; the next
/// level is written after it, so each actor is stored once and nothing is allocated.
private struct Frontier {
    let queue: UnsafeMutablePointer<Int32>
    var start = 0
    var end = 1
    var level = 0
    /// ``SearchSteps/work(_:)`` summed over the current level.
    var work: Int

    init(queue: UnsafeMutablePointer<Int32>, first: Int32, work: Int) {
        self.queue = queue
        queue[0] = first
        self.work = work
    }

    var isEmpty: Bool { start == end }

    mutating func advance(to tail: Int, work: Int) {
        start = end
        end = tail
        level += 1
        self.work = work
    }
}

/// What a spur search of Yen's algorithm may not do: enter a blocked actor, or take a link
/// `avoidance` forbids. `active` is false for plain searches, which then test nothing.
private struct Constraints {
    let active: Bool
    let anyBlocked: Bool
    let blocked: UnsafeMutablePointer<UInt32>
    let blockStamp: UInt32
    let avoidance: Avoidance

    init(scratch: SearchScratch, avoidance: Avoidance) {
        anyBlocked = scratch.anyBlocked
        active = anyBlocked || avoidance.spur >= 0
        blocked = scratch.blocked
        blockStamp = scratch.blockStamp
        self.avoidance = avoidance
    }

    /// Whether stepping from `actor` to `neighbor` is not allowed; a backward step walks the
    /// link from `neighbor` to `actor`.
    @inline(__always) func forbid(_ actor: Int32, _ neighbor: Int32, backward: Bool) -> Bool {
        if anyBlocked && blocked[Int(neighbor)] == blockStamp { return true }
        return backward ? avoidance.forbids(neighbor, actor) : avoidance.forbids(actor, neighbor)
    }
}
