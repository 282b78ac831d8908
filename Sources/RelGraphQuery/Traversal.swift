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

    // Raw views of the index's columns (kept alive by `index`), read in the inner loops.
    private let actorTypes: UnsafeBufferPointer<UInt8>
    private let confidence: UnsafeBufferPointer<Float>
    private let outgoing: Row
    private let incoming: Row

    /// One adjacency direction as raw buffers.
    private struct Row {
        let offsets: UnsafeBufferPointer<Int32>
        let neighbors: UnsafeBufferPointer<Int32>
        let edges: UnsafeBufferPointer<Int32>
        let types: UnsafeBufferPointer<UInt8>
        init(_ adjacency: Adjacency) {
            offsets = adjacency.offsets.buffer
            neighbors = adjacency.neighbors.buffer
            edges = adjacency.edges.buffer
            types = adjacency.types.buffer
        }
    }

    /// Whether every relation counts as a link both ways: searches may then read ``LinkRows``.
    var isUnfiltered: Bool {
        filter.relationMask == UInt16.max && filter.reverseMask == UInt16.max
            && !filter.checksConfidence && filter.actorMask == UInt8.max
    }

    init(_ index: GraphIndex, _ filter: QueryFilter, endpoints: (Int32, Int32)) {
        self.index = index
        self.filter = CompiledFilter(filter)
        self.endpoints = endpoints
        actorTypes = index.actorTypes.buffer
        confidence = index.edgeConfidence.buffer
        outgoing = Row(index.outgoing)
        incoming = Row(index.incoming)
    }

    @inline(__always) func actorAllowed(_ actor: Int32) -> Bool {
        filter.actorMask == UInt8.max || actor == endpoints.0 || actor == endpoints.1
            || filter.actorMask & (1 << actorTypes[Int(actor)]) != 0
    }

    @inline(__always) private func slotAllowed(_ type: UInt8, _ edge: Int32, mask: UInt16) -> Bool {
        guard mask & (1 << UInt16(type)) != 0 else { return false }
        return !filter.checksConfidence || confidence[Int(edge)] >= filter.minConfidence
    }

    /// Calls `body(neighbour, relation)` for each link leaving `actor` towards an allowed actor.
    @inline(__always) func forward(_ actor: Int32, _ body: (Int32, Int32) -> Void) {
        walk(actor, primary: outgoing, secondary: incoming, body)
    }

    /// Calls `body(neighbour, relation)` for each link arriving at `actor` from an allowed actor.
    @inline(__always) func backward(_ actor: Int32, _ body: (Int32, Int32) -> Void) {
        walk(actor, primary: incoming, secondary: outgoing, body)
    }

    @inline(__always) private func walk(_ actor: Int32, primary: Row, secondary: Row,
                                        _ body: (Int32, Int32) -> Void) {
        let stated = filter.relationMask
        let plain = stated == UInt16.max && !filter.checksConfidence && filter.actorMask == UInt8.max
        let start = Int(primary.offsets[Int(actor)]), end = Int(primary.offsets[Int(actor) + 1])
        if plain {
            // No filter: the common case, kept free of per-slot tests.
            for slot in start ..< end where primary.neighbors[slot] != actor { body(primary.neighbors[slot], primary.edges[slot]) }
            if filter.reverseMask == UInt16.max {
                let start = Int(secondary.offsets[Int(actor)]), end = Int(secondary.offsets[Int(actor) + 1])
                for slot in start ..< end where secondary.neighbors[slot] != actor {
                    body(secondary.neighbors[slot], secondary.edges[slot])
                }
                return
            }
        } else {
            for slot in start ..< end {
                let neighbor = primary.neighbors[slot], edge = primary.edges[slot]
                if neighbor != actor, slotAllowed(primary.types[slot], edge, mask: stated), actorAllowed(neighbor) {
                    body(neighbor, edge)
                }
            }
        }
        let reverse = stated & filter.reverseMask
        guard reverse != 0 else { return }
        let reverseStart = Int(secondary.offsets[Int(actor)]), reverseEnd = Int(secondary.offsets[Int(actor) + 1])
        for slot in reverseStart ..< reverseEnd {
            let neighbor = secondary.neighbors[slot], edge = secondary.edges[slot]
            if neighbor != actor, slotAllowed(secondary.types[slot], edge, mask: reverse), actorAllowed(neighbor) {
                body(neighbor, edge)
            }
        }
    }

    /// The cheapest allowed relation linking `from` to `to` in walking direction (ties: lowest id).
    func bestRelation(from: Int32, to: Int32) -> Int32? {
        var best: Int32?
        func consider(_ edge: Int32) {
            if let current = best {
                let (a, b) = (index.edgeCost[Int(edge)], index.edgeCost[Int(current)])
                if a < b || (a == b && edge < current) { best = edge }
            } else {
                best = edge
            }
        }
        guard from != to, actorAllowed(to) else { return nil }
        // Rows are sorted by neighbour: binary search instead of scanning a hub's whole row.
        for slot in Self.slots(in: outgoing, of: from, reaching: to)
        where slotAllowed(outgoing.types[slot], outgoing.edges[slot], mask: filter.relationMask) {
            consider(outgoing.edges[slot])
        }
        let reverse = filter.relationMask & filter.reverseMask
        for slot in Self.slots(in: incoming, of: from, reaching: to)
        where reverse != 0 && slotAllowed(incoming.types[slot], incoming.edges[slot], mask: reverse) {
            consider(incoming.edges[slot])
        }
        return best
    }

    /// Degree of `actor` in both directions: the work of expanding it.
    @inline(__always) func degree(_ actor: Int32) -> Int {
        Int(outgoing.offsets[Int(actor) + 1] - outgoing.offsets[Int(actor)])
            + Int(incoming.offsets[Int(actor) + 1] - incoming.offsets[Int(actor)])
    }

    /// The slots of `actor`'s row whose neighbour is `target`.
    private static func slots(in row: Row, of actor: Int32, reaching target: Int32) -> Range<Int> {
        var low = Int(row.offsets[Int(actor)]), high = Int(row.offsets[Int(actor) + 1])
        let end = high
        while low < high {
            let mid = (low + high) / 2
            if row.neighbors[mid] < target { low = mid + 1 } else { high = mid }
        }
        var stop = low
        while stop < end && row.neighbors[stop] == target { stop += 1 }
        return low ..< stop
    }
}
