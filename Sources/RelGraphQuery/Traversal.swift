/// Walking one step from an actor under a filter: the single place that decides which
/// relation slots count as links, shared by every algorithm.
///
/// `forward` walks from a query's start (stated direction, plus reverse where allowed);
/// `backward` walks the same links the other way, for searches that grow from the goal.
struct Traversal {
    let index: GraphIndex
    let filter: CompiledFilter
    /// Actors the user named: allowed whatever their type.
    let endpoints: (Int32, Int32)

    init(_ index: GraphIndex, _ filter: QueryFilter, endpoints: (Int32, Int32)) {
        self.index = index
        self.filter = CompiledFilter(filter)
        self.endpoints = endpoints
    }

    @inline(__always) func actorAllowed(_ actor: Int32) -> Bool {
        filter.actorMask == UInt8.max || actor == endpoints.0 || actor == endpoints.1
            || filter.actorMask & (1 << index.actorTypes[Int(actor)]) != 0
    }

    @inline(__always) private func slotAllowed(_ type: UInt8, _ edge: Int32, mask: UInt16) -> Bool {
        guard mask & (1 << UInt16(type)) != 0 else { return false }
        return !filter.checksConfidence || index.edgeConfidence[Int(edge)] >= filter.minConfidence
    }

    /// Calls `body(neighbour, relation)` for each link leaving `actor` towards an allowed actor.
    @inline(__always) func forward(_ actor: Int32, _ body: (Int32, Int32) -> Void) {
        walk(actor, primary: index.outgoing, secondary: index.incoming, body)
    }

    /// Calls `body(neighbour, relation)` for each link arriving at `actor` from an allowed actor.
    @inline(__always) func backward(_ actor: Int32, _ body: (Int32, Int32) -> Void) {
        walk(actor, primary: index.incoming, secondary: index.outgoing, body)
    }

    @inline(__always) private func walk(_ actor: Int32, primary: Adjacency, secondary: Adjacency,
                                        _ body: (Int32, Int32) -> Void) {
        let stated = filter.relationMask
        for slot in primary.slots(of: actor) {
            let neighbor = primary.neighbors[slot], edge = primary.edges[slot]
            if neighbor != actor, slotAllowed(primary.types[slot], edge, mask: stated), actorAllowed(neighbor) {
                body(neighbor, edge)
            }
        }
        let reverse = stated & filter.reverseMask
        guard reverse != 0 else { return }
        for slot in secondary.slots(of: actor) {
            let neighbor = secondary.neighbors[slot], edge = secondary.edges[slot]
            if neighbor != actor, slotAllowed(secondary.types[slot], edge, mask: reverse), actorAllowed(neighbor) {
                body(neighbor, edge)
            }
        }
    }

    /// The cheapest allowed relation linking `from` to `to` in walking direction (ties: lowest id).
    func bestRelation(from: Int32, to: Int32) -> Int32? {
        var best: Int32?
        forwardLinks(from, to) { edge in
            if let current = best {
                let (a, b) = (index.edgeCost[Int(edge)], index.edgeCost[Int(current)])
                if a < b || (a == b && edge < current) { best = edge }
            } else {
                best = edge
            }
        }
        return best
    }

    /// Calls `body(relation)` for every allowed link from `from` to `to`.
    private func forwardLinks(_ from: Int32, _ to: Int32, _ body: (Int32) -> Void) {
        forward(from) { neighbor, edge in if neighbor == to { body(edge) } }
    }
}
