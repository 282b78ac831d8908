import RelGraphCore

/// Every simple path of at most N hops between two actors, shortest first, up to a cap
/// (`path --all`). Peers: NetworkX `all_simple_paths(cutoff:)`, Cypher quantified path patterns.
///
/// A backward breadth-first search first measures each actor's distance to the goal; the
/// depth-first enumeration then never enters an actor that cannot reach the goal in the hops
/// left. Lengths are enumerated in increasing order, so a capped answer holds the shortest paths.
public enum SimplePaths {
    /// The answer, and whether it holds every path (false when `limit` or the work budget cut it).
    public struct Result: Sendable {
        public var paths: [GraphPath]
        public var isComplete: Bool
        /// Why an incomplete answer stopped: true for the work budget, false for `limit` (then
        /// at least one more path exists).
        public var reachedWorkBudget = false
    }

    /// Simple paths from `from` to `to` of at most `maxHops` hops, shortest first, then by actor
    /// ids; at most `limit` of them. `workBudget` bounds the steps taken on huge or dense graphs.
    package static func find(in index: GraphIndex, from: Int32, to: Int32, maxHops: Int, limit: Int,
                            filter: QueryFilter = .all, workBudget: Int = 20_000_000) -> Result {
        guard from != to, maxHops > 0, limit > 0 else { return Result(paths: [], isComplete: true) }
        let traversal = Traversal(index, filter, endpoints: (from, to))
        let distance = distancesToGoal(traversal, goal: to, maxHops: maxHops)
        guard let shortest = distance[from] else { return Result(paths: [], isComplete: true) }

        var paths: [GraphPath] = []
        var budget = workBudget
        var onPath: Set<Int32> = [from]
        var actors: [Int32] = [from]

        /// Extends `actors` by exactly `hopsLeft` more hops ending at `to`; false when out of room.
        func extend(hopsLeft: Int) -> Bool {
            let current = actors[actors.count - 1]
            var neighbors: [Int32] = []
            traversal.forward(current) { neighbor, _ in neighbors.append(neighbor) }
            neighbors.sort()
            var previous: Int32 = -1
            for neighbor in neighbors where neighbor != previous {
                previous = neighbor
                budget -= 1
                // One path past the limit proves there are more; the budget proves nothing.
                if budget < 0 || paths.count > limit { return false }
                if neighbor == to {
                    if hopsLeft == 1 { paths.append(traversal.path(through: actors + [to], weighted: false)) }
                    continue
                }
                guard hopsLeft > 1, let remaining = distance[neighbor], remaining <= hopsLeft - 1,
                      !onPath.contains(neighbor) else { continue }
                onPath.insert(neighbor)
                actors.append(neighbor)
                let keepGoing = extend(hopsLeft: hopsLeft - 1)
                actors.removeLast()
                onPath.remove(neighbor)
                if !keepGoing { return false }
            }
            return true
        }

        for length in shortest ... maxHops {
            if !extend(hopsLeft: length) || paths.count > limit {
                let overLimit = paths.count > limit
                return Result(paths: Array(paths.prefix(limit)), isComplete: false, reachedWorkBudget: !overLimit)
            }
        }
        return Result(paths: paths, isComplete: true)
    }

    /// Hops from each actor to `goal` (walking towards it), for actors within `maxHops`.
    private static func distancesToGoal(_ traversal: Traversal, goal: Int32, maxHops: Int) -> [Int32: Int] {
        var distance: [Int32: Int] = [goal: 0]
        var frontier: [Int32] = [goal]
        var depth = 0
        while !frontier.isEmpty && depth < maxHops {
            depth += 1
            var next: [Int32] = []
            for actor in frontier {
                traversal.backward(actor) { neighbor, _ in
                    if distance[neighbor] == nil {
                        distance[neighbor] = depth
                        next.append(neighbor)
                    }
                }
            }
            frontier = next
        }
        return distance
    }
}
