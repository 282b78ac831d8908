import RelGraphCore

/// The k shortest simple paths between two actors, shortest first (`path --k N`).
///
/// Yen's algorithm: each next path deviates from an earlier one at a "spur" actor, found by a
/// shortest-path search that may not reuse the earlier path's root actors nor the links already
/// taken from that spur. Spur searches are ``ShortestPath``'s bidirectional search (hops) or
/// ``WeightedPath``'s Dijkstra (costs), so a query costs about k × path length searches.
/// Paths are sequences of actors: two relations between the same actors do not make two paths.
/// Peers: NetworkX `shortest_simple_paths`, igraph `get_k_shortest_paths`, Cypher `SHORTEST k`.
public enum KShortestPaths {
    /// Up to `k` simple paths from `from` to `to` in order of cost (hops, or ``RelationCost``
    /// sums when `weighted`), ties broken by comparing actor ids along the path.
    /// With `maxHops`, only paths of at most that many hops.
    package static func find(in index: GraphIndex, from: Int32, to: Int32, k: Int, filter: QueryFilter = .all,
                            weighted: Bool = false, maxHops: Int? = nil,
                            scratch: SearchScratch? = nil) -> [GraphPath] {
        search(in: index, from: from, to: to, k: k, filter: filter, weighted: weighted, maxHops: maxHops,
               scratch: scratch).paths
    }

    /// The paths found, and whether the search ended by itself (false when the work budget
    /// stopped it before `k` paths: more may exist).
    public struct Result: Sendable {
        public var paths: [GraphPath]
        public var isComplete: Bool
    }

    /// The default work budget: actor expansions over all spur searches together. Yen's cost is
    /// about k × path length searches, each up to the whole graph; without a bound, `--k 1000`
    /// on 50,000 actors ran for minutes.
    public static let defaultWorkBudget = 20_000_000

    /// ``find(in:from:to:k:filter:weighted:maxHops:scratch:)``, stopping once the spur searches
    /// have expanded `workBudget` actors in all; the paths found by then are shortest first.
    package static func search(in index: GraphIndex, from: Int32, to: Int32, k: Int, filter: QueryFilter = .all,
                               weighted: Bool = false, maxHops: Int? = nil, scratch: SearchScratch? = nil,
                               workBudget: Int = defaultWorkBudget) -> Result {
        guard k > 0, from != to else { return Result(paths: [], isComplete: true) }
        let traversal = Traversal(index, filter, endpoints: (from, to))
        let scratch = SearchScratch.fitting(scratch, index)
        defer { scratch.unblock() }
        let workLimit = scratch.expansions.addingReportingOverflow(workBudget).overflow ? Int.max : scratch.expansions + workBudget

        func spurSearch(_ start: Int32, hopsLeft: Int?, _ avoidance: Avoidance) -> [Int32]? {
            if weighted {
                if let hopsLeft {
                    return WeightedPath.boundedSearch(traversal, from: start, to: to, maxHops: hopsLeft,
                                                      scratch: scratch, avoiding: avoidance)
                }
                return WeightedPath.search(traversal, from: start, to: to, scratch: scratch, avoiding: avoidance)
            }
            return ShortestPath.search(traversal, from: start, to: to, maxHops: hopsLeft,
                                       scratch: scratch, avoiding: avoidance)
        }

        scratch.unblock()
        guard let first = spurSearch(from, hopsLeft: maxHops, Avoidance()) else { return Result(paths: [], isComplete: true) }
        var found = [traversal.path(through: first, weighted: weighted)]
        var known: Set<[Int32]> = [first]
        var candidates = MinHeap<Candidate>()

        while found.count < k {
            let previous = found[found.count - 1].actors
            for spurIndex in 0 ..< previous.count - 1 {
                let root = previous[0...spurIndex]
                let hopsLeft = maxHops.map { $0 - spurIndex }
                if let hopsLeft, hopsLeft < 1 { break }
                var avoidance = Avoidance(spur: previous[spurIndex])
                for path in found where path.actors.count > spurIndex + 1 && path.actors[0...spurIndex] == root {
                    avoidance.spurNext.append(path.actors[spurIndex + 1])
                }
                if scratch.expansions > workLimit { return Result(paths: found, isComplete: false) }
                scratch.block(root.dropLast())
                guard let spur = spurSearch(previous[spurIndex], hopsLeft: hopsLeft, avoidance) else { continue }
                let actors = Array(root) + spur.dropFirst()
                if known.insert(actors).inserted {
                    candidates.push(Candidate(path: traversal.path(through: actors, weighted: weighted)))
                }
            }
            guard let best = candidates.pop() else { break }
            found.append(best.path)
        }
        return Result(paths: found, isComplete: true)
    }

    private struct Candidate: Comparable {
        var path: GraphPath
        static func < (a: Candidate, b: Candidate) -> Bool {
            if a.path.cost != b.path.cost { return a.path.cost < b.path.cost }
            return a.path.actors.lexicographicallyPrecedes(b.path.actors)
        }
    }
}
