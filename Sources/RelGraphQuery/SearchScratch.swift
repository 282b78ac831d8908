/// Reusable per-actor work arrays for searches, so a query on a million-actor graph does not
/// allocate and clear megabytes each time.
///
/// Entries are valid only when their stamp equals the current one; starting a search bumps the
/// stamp instead of clearing. Not thread-safe: use one scratch per thread.
public final class SearchScratch {
    // Raw buffers rather than arrays: a class's array properties pay an exclusivity check and a
    // uniqueness check on every write, which dominated the inner loops of the searches.
    let capacity: Int
    private(set) var stamp: UInt32 = 0
    /// Dijkstra's tentative cost per actor, valid where its visit holds the search's mark.
    let cost: UnsafeMutablePointer<Double>
    /// Per-actor marks for one-sided searches (settled actors, neighbourhood members), valid
    /// when equal to `stamp`.
    let done: UnsafeMutablePointer<UInt32>
    /// Actors a search must not enter (Yen's root path), valid when equal to `blockStamp`.
    let blocked: UnsafeMutablePointer<UInt32>
    private(set) var blockStamp: UInt32 = 0
    /// Whether any actor is blocked: lets unconstrained searches skip a memory read per relation.
    private(set) var anyBlocked = false
    /// Breadth-first queue of up to `capacity` actors (each actor enters once per search).
    let queue: UnsafeMutablePointer<Int32>
    /// The second queue of a bidirectional search (the one grown from the goal).
    let backwardQueue: UnsafeMutablePointer<Int32>
    /// What the path searches know of each actor, valid where its mark is current
    /// (see ``sideStamps()``).
    let visits: UnsafeMutablePointer<Visit>
    private var sideStamp: UInt32 = 0
    /// Actors the searches run with this scratch have expanded, all searches together: what a
    /// query's work budget counts (``KShortestPaths`` stops when it passes it).
    var expansions = 0

    /// Work arrays for graphs of up to `actorCount` actors.
    public init(actorCount: Int) {
        capacity = actorCount
        func buffer<T>(_ value: T) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(actorCount, 1))
            pointer.initialize(repeating: value, count: max(actorCount, 1))
            return pointer
        }
        done = buffer(0)
        blocked = buffer(0)
        cost = buffer(0)
        queue = buffer(0)
        backwardQueue = buffer(0)
        visits = buffer(Visit())
    }

    deinit {
        for pointer in [done, blocked] { pointer.deallocate() }
        cost.deallocate()
        for pointer in [queue, backwardQueue] { pointer.deallocate() }
        visits.deallocate()
    }

    /// Starts a search: every per-actor entry becomes stale.
    func begin() -> UInt32 {
        if stamp == UInt32.max {
            done.update(repeating: 0, count: capacity)
            stamp = 0
        }
        stamp += 1
        return stamp
    }

    /// Starts a bidirectional search: fresh marks for its forward and backward halves.
    func sideStamps() -> (forward: UInt32, backward: UInt32) {
        if sideStamp >= UInt32.max - 1 {
            visits.update(repeating: Visit(), count: capacity)
            sideStamp = 0
        }
        sideStamp += 2
        return (sideStamp - 1, sideStamp)
    }

    /// Replaces the blocked set with `actors`.
    func block(_ actors: some Sequence<Int32>) {
        if blockStamp == UInt32.max {
            blocked.update(repeating: 0, count: capacity)
            blockStamp = 0
        }
        blockStamp += 1
        anyBlocked = false
        for actor in actors {
            blocked[Int(actor)] = blockStamp
            anyBlocked = true
        }
    }

    /// Clears the blocked set.
    func unblock() { block(EmptyCollection()) }

    @inline(__always) func isBlocked(_ actor: Int32) -> Bool { anyBlocked && blocked[Int(actor)] == blockStamp }

    /// `scratch` when it fits `index`, else a fresh one.
    static func fitting(_ scratch: SearchScratch?, _ index: GraphIndex) -> SearchScratch {
        if let scratch, scratch.capacity >= index.actorCount { return scratch }
        return SearchScratch(actorCount: index.actorCount)
    }
}

/// What a path search knows of one actor. One record, so that reaching an actor touches one
/// cache line: on a million-actor graph the searches' time is mostly such touches.
struct Visit {
    /// Which search saw the actor: for a bidirectional search, which half (an actor belongs
    /// to at most one: the search stops where they meet); for Dijkstra, that it has a cost.
    var mark: UInt32 = 0
    /// The actor it was reached from (-1 for a root).
    var parent: Int32 = -1
    /// The relation it was reached through.
    var relation: Int32 = -1
}

/// What a constrained search (Yen's spur search) must avoid besides blocked actors:
/// the links from `spur` to any of `spurNext`, in walking direction.
struct Avoidance {
    var spur: Int32 = -1
    var spurNext: [Int32] = []

    @inline(__always) func forbids(_ from: Int32, _ to: Int32) -> Bool {
        from == spur && spurNext.contains(to)
    }
}
