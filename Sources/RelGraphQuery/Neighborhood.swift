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
        scratch.state[Int(center)].forwardSeen = stamp
        var actors: [Int32] = [center]
        var depths: [Int] = [0]
        var levelStart = 0
        var level = 0
        while level < depth && levelStart < actors.count {
            level += 1
            let levelEnd = actors.count
            for position in levelStart ..< levelEnd {
                traversal.forward(actors[position]) { neighbor, _ in
                    guard scratch.state[Int(neighbor)].forwardSeen != stamp else { return }
                    scratch.state[Int(neighbor)].forwardSeen = stamp
                    actors.append(neighbor)
                    depths.append(level)
                }
            }
            levelStart = levelEnd
        }
        var relations: [Int32] = []
        if includeRelations {
            for actor in actors {
                traversal.forward(actor) { neighbor, edge in
                    if scratch.state[Int(neighbor)].forwardSeen == stamp { relations.append(edge) }
                }
            }
            relations.sort()
            relations = relations.enumerated().filter { $0.offset == 0 || relations[$0.offset - 1] != $0.element }.map(\.element)
        }
        return Neighborhood(actors: actors, depths: depths, relations: relations)
    }
}
