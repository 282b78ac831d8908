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
    public static func around(_ center: Int32, in index: GraphIndex, depth: Int, filter: QueryFilter = .all,
                              includeRelations: Bool = true, scratch: SearchScratch? = nil) -> Neighborhood {
        let traversal = Traversal(index, filter, endpoints: (center, center))
        let scratch = SearchScratch.fitting(scratch, index)
        let stamp = scratch.begin()
        // Marks live in `done` (4 bytes per actor) rather than the 24-byte search records, and the
        // breadth-first order in the scratch queue: fewer cache lines touched, no array regrowth.
        let seen = scratch.done, queue = scratch.queue
        seen[Int(center)] = stamp
        queue[0] = center
        var count = 1
        var levelEnds: [Int] = [1]
        var levelStart = 0
        while levelEnds.count <= depth && levelStart < count {
            let levelEnd = count
            for position in levelStart ..< levelEnd {
                traversal.forward(queue[position]) { neighbor, _ in
                    guard seen[Int(neighbor)] != stamp else { return }
                    seen[Int(neighbor)] = stamp
                    queue[count] = neighbor
                    count += 1
                }
            }
            levelStart = levelEnd
            levelEnds.append(count)
        }
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
}
