/// Reusable per-actor work arrays for searches, so a query on a million-actor graph does not
/// allocate and clear megabytes each time.
///
/// Entries are valid only when their stamp equals the current one; starting a search bumps the
/// stamp instead of clearing. Not thread-safe: use one scratch per thread.
public final class SearchScratch {
    let capacity: Int
    private(set) var stamp: UInt32 = 0
    var forwardSeen: [UInt32]
    var backwardSeen: [UInt32]
    var forwardParent: [Int32]
    var backwardParent: [Int32]
    var forwardDepth: [Int32]
    var backwardDepth: [Int32]
    var cost: [Double]
    var done: [UInt32]
    /// Actors a search must not enter (Yen's root path), valid when equal to `blockStamp`.
    var blocked: [UInt32]
    private(set) var blockStamp: UInt32 = 0

    /// Work arrays for graphs of up to `actorCount` actors.
    public init(actorCount: Int) {
        capacity = actorCount
        forwardSeen = Array(repeating: 0, count: actorCount)
        backwardSeen = forwardSeen
        done = forwardSeen
        blocked = forwardSeen
        forwardParent = Array(repeating: -1, count: actorCount)
        backwardParent = forwardParent
        forwardDepth = forwardParent
        backwardDepth = forwardParent
        cost = Array(repeating: 0, count: actorCount)
    }

    /// Starts a search: every per-actor entry becomes stale.
    func begin() -> UInt32 {
        if stamp == UInt32.max {
            for i in 0..<capacity { forwardSeen[i] = 0; backwardSeen[i] = 0; done[i] = 0 }
            stamp = 0
        }
        stamp += 1
        return stamp
    }

    /// Replaces the blocked set with `actors`.
    func block(_ actors: some Sequence<Int32>) {
        if blockStamp == UInt32.max {
            for i in 0..<capacity { blocked[i] = 0 }
            blockStamp = 0
        }
        blockStamp += 1
        for actor in actors { blocked[Int(actor)] = blockStamp }
    }

    /// Clears the blocked set.
    func unblock() { block([]) }

    @inline(__always) func isBlocked(_ actor: Int32) -> Bool { blocked[Int(actor)] == blockStamp && blockStamp != 0 }

    /// `scratch` when it fits `index`, else a fresh one.
    static func fitting(_ scratch: SearchScratch?, _ index: GraphIndex) -> SearchScratch {
        if let scratch, scratch.capacity >= index.actorCount { return scratch }
        return SearchScratch(actorCount: index.actorCount)
    }
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
