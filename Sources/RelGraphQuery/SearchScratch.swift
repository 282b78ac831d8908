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
    /// Per-actor search state, one record per actor so that a visit touches one cache line.
    let state: UnsafeMutablePointer<ActorSearchState>
    let cost: UnsafeMutablePointer<Double>
    let done: UnsafeMutablePointer<UInt32>
    /// Actors a search must not enter (Yen's root path), valid when equal to `blockStamp`.
    let blocked: UnsafeMutablePointer<UInt32>
    private(set) var blockStamp: UInt32 = 0
    /// Whether any actor is blocked: lets unconstrained searches skip a memory read per relation.
    private(set) var anyBlocked = false
    /// Breadth-first queue of up to `capacity` actors (each actor enters once per search).
    let queue: UnsafeMutablePointer<Int32>
    /// Frontier arrays lent to one search at a time, so a query allocates none and never regrows
    /// them: per-query allocation and growth were a fifth of a short search's cost.
    private var spareFrontiers: [[Int32]] = []

    /// Work arrays for graphs of up to `actorCount` actors.
    public init(actorCount: Int) {
        capacity = actorCount
        func buffer<T>(_ value: T) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(actorCount, 1))
            pointer.initialize(repeating: value, count: max(actorCount, 1))
            return pointer
        }
        state = buffer(ActorSearchState())
        done = buffer(0)
        blocked = buffer(0)
        cost = buffer(0)
        queue = buffer(0)
    }

    deinit {
        for pointer in [done, blocked] { pointer.deallocate() }
        state.deallocate()
        cost.deallocate()
        queue.deallocate()
    }

    /// An empty frontier array, with the capacity it had when last given back.
    func borrowFrontier() -> [Int32] { spareFrontiers.popLast() ?? [] }

    /// Gives `frontier` back for the next search (emptied, capacity kept).
    func giveBack(_ frontier: inout [Int32]) {
        frontier.removeAll(keepingCapacity: true)
        spareFrontiers.append(frontier)
        frontier = []
    }

    /// Starts a search: every per-actor entry becomes stale.
    func begin() -> UInt32 {
        if stamp == UInt32.max {
            state.update(repeating: ActorSearchState(), count: capacity)
            done.update(repeating: 0, count: capacity)
            stamp = 0
        }
        stamp += 1
        return stamp
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

/// What the searches know about one actor; valid only where a `seen` field equals the stamp.
struct ActorSearchState {
    var forwardSeen: UInt32 = 0
    var backwardSeen: UInt32 = 0
    var forwardParent: Int32 = -1
    var backwardParent: Int32 = -1
    var forwardDepth: Int32 = -1
    var backwardDepth: Int32 = -1
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
