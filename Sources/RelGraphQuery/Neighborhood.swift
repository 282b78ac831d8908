import RelGraphCore

/// The actors within N hops of one actor, and the relations among them (`neighbors --depth N`).
/// Peers: NetworkX `ego_graph`, igraph `neighborhood`.
public struct Neighborhood: Sendable, Hashable {
    /// The centre first, then actors in breadth-first order (by depth, then discovery).
    public var actors: [Int32]
    /// Hops from the centre, parallel to `actors`.
    public var depths: [Int]
    /// Allowed relations whose both ends are in `actors`, ascending ids (empty unless requested).
    public var relations: [Int32]

    /// Breadth-first search from `center` up to `depth` hops under `filter` (direction included:
    /// a `directed` neighbourhood holds what the centre reaches). `depth` 0 is the centre alone.
    package static func around(_ center: Int32, in index: GraphIndex, depth: Int, filter: QueryFilter = .all,
                              includeRelations: Bool = true, scratch: SearchScratch? = nil) -> Neighborhood {
        let traversal = Traversal(index, filter, endpoints: (center, center))
        let scratch = SearchScratch.fitting(scratch, index)
        let stamp = scratch.begin()
        let levelEnds = traversal.isUnfiltered
            ? breadthFirst(LinkSteps(index.links), from: center, depth: depth, stamp: stamp, scratch: scratch)
            : breadthFirst(FilteredSteps(traversal: traversal), from: center, depth: depth, stamp: stamp, scratch: scratch)
        let seen = scratch.done, queue = scratch.queue, count = levelEnds[levelEnds.count - 1]
        let actors = Array(UnsafeBufferPointer(start: queue, count: count))
        var depths: [Int] = []
        depths.reserveCapacity(count)
        var previousEnd = 0
        for (level, levelEnd) in levelEnds.enumerated() {
            depths.append(contentsOf: repeatElement(level, count: levelEnd - previousEnd))
            previousEnd = levelEnd
        }
        var relations: [Int32] = []
        if includeRelations {
            for actor in actors {
                traversal.forward(actor) { neighbor, edge in
                    if seen[Int(neighbor)] == stamp { relations.append(edge) }
                }
            }
            relations.sort()
            relations = relations.enumerated().filter { $0.offset == 0 || relations[$0.offset - 1] != $0.element }.map(\.element)
        }
        return Neighborhood(actors: actors, depths: depths, relations: relations)
    }

    /// Marks and queues every actor within `depth` steps of `center`; returns where each level
    /// ends in the queue. Marks live in `done` (4 bytes per actor) and the order in the scratch
    /// queue: few cache lines touched, nothing allocated per actor.
    private static func breadthFirst<Steps: SearchSteps>(_ steps: Steps, from center: Int32, depth: Int,
                                                         stamp: UInt32, scratch: SearchScratch) -> [Int] {
        let seen = scratch.done, queue = scratch.queue
        seen[Int(center)] = stamp
        queue[0] = center
        var count = 1
        var levelEnds: [Int] = [1]
        var levelStart = 0
        while levelEnds.count <= depth && levelStart < count {
            let levelEnd = count
            for position in levelStart ..< levelEnd {
                steps.each(from: queue[position], backward: false) { neighbor, _ in
                    if seen[Int(neighbor)] != stamp {
                        seen[Int(neighbor)] = stamp
                        queue[count] = neighbor
                        count += 1
                    }
                    return true
                }
            }
            levelStart = levelEnd
            levelEnds.append(count)
        }
        return levelEnds
    }
}
