/// Who is linked to whom, ignoring relation type and direction: one row of distinct neighbours
/// per actor, self-links left out, each with the relation an unfiltered path takes over that link.
///
/// Unfiltered, undirected searches (the default `path` and `neighbors` queries) only need to know
/// which actors are one hop away. Reading one row of 4-byte ids instead of the two typed rows of
/// ``Adjacency`` halves the memory a visit touches and skips parallel relations, which is most of
/// a breadth-first search's time on a large graph. Costs at most 16 bytes per relation.
struct LinkRows: Sendable {
    let offsets: Column<Int32>
    let neighbors: Column<Int32>
    /// Per slot, the cheapest relation between the two actors in either direction (ties: lowest
    /// id): the hop a path takes, as ``Traversal/bestRelation(from:to:)`` picks it unfiltered.
    let relations: Column<Int32>

    /// Merges each actor's two sorted rows (stated and reverse direction) into one distinct row,
    /// then orders it hubs first.
    init(actorCount: Int, outgoing: Adjacency, incoming: Adjacency, cost: Column<Float>) {
        var offsets = [Int32](repeating: 0, count: actorCount + 1)
        var neighbors: [Int32] = [], relations: [Int32] = []
        let capacity = outgoing.neighbors.count + incoming.neighbors.count
        neighbors.reserveCapacity(capacity)
        relations.reserveCapacity(capacity)
        let cost = cost.buffer
        for actor in 0 ..< actorCount {
            var merge = RowMerge(outgoing, incoming, actor: actor)
            while let (neighbor, relation) = merge.next() {
                guard neighbor != Int32(actor) else { continue }
                if neighbor == neighbors.last && neighbors.count > Int(offsets[actor]) {
                    // A parallel relation: keep the cheaper, then the lower id.
                    let kept = relations[relations.count - 1]
                    if cost[Int(relation)] < cost[Int(kept)] || (cost[Int(relation)] == cost[Int(kept)] && relation < kept) {
                        relations[relations.count - 1] = relation
                    }
                } else {
                    neighbors.append(neighbor)
                    relations.append(relation)
                }
            }
            offsets[actor + 1] = Int32(neighbors.count)
        }
        Self.orderByDegree(&neighbors, &relations, offsets: offsets)
        self.offsets = Column(offsets)
        self.neighbors = Column(neighbors)
        self.relations = Column(relations)
    }

    /// Sorts each row by falling degree, then id. A search stops at the first actor the other
    /// half has seen, and in news graphs paths run through hubs: meeting them first ends the last
    /// level after a few links instead of a whole row.
    private static func orderByDegree(_ neighbors: inout [Int32], _ relations: inout [Int32], offsets: [Int32]) {
        // Keys sort by falling degree, then by position in the row, which is id order (rows come
        // out of the merge sorted by id): plain integers, so the sort needs no comparator closure.
        var keys: [UInt64] = [], rowNeighbors: [Int32] = [], rowRelations: [Int32] = []
        for actor in 0 ..< offsets.count - 1 {
            let row = Int(offsets[actor]) ..< Int(offsets[actor + 1])
            guard row.count > 1 else { continue }
            keys.removeAll(keepingCapacity: true)
            rowNeighbors.removeAll(keepingCapacity: true)
            rowRelations.removeAll(keepingCapacity: true)
            for (position, slot) in row.enumerated() {
                let neighbor = Int(neighbors[slot])
                let degree = UInt64(offsets[neighbor + 1] - offsets[neighbor])
                keys.append((UInt64(UInt32.max) - degree) << 32 | UInt64(position))
                rowNeighbors.append(neighbors[slot])
                rowRelations.append(relations[slot])
            }
            keys.sort()
            for (slot, key) in zip(row, keys) {
                let position = Int(key & 0xFFFF_FFFF)
                neighbors[slot] = rowNeighbors[position]
                relations[slot] = rowRelations[position]
            }
        }
    }

    /// Bytes held by the arrays.
    var byteCount: Int { offsets.byteCount + neighbors.byteCount + relations.byteCount }
}

/// The slots of one actor's outgoing and incoming rows, merged in neighbour order.
private struct RowMerge {
    private let outNeighbors: UnsafeBufferPointer<Int32>, outEdges: UnsafeBufferPointer<Int32>
    private let inNeighbors: UnsafeBufferPointer<Int32>, inEdges: UnsafeBufferPointer<Int32>
    private var a: Int, b: Int
    private let aEnd: Int, bEnd: Int

    init(_ outgoing: Adjacency, _ incoming: Adjacency, actor: Int) {
        outNeighbors = outgoing.neighbors.buffer
        outEdges = outgoing.edges.buffer
        inNeighbors = incoming.neighbors.buffer
        inEdges = incoming.edges.buffer
        (a, aEnd) = (Int(outgoing.offsets[actor]), Int(outgoing.offsets[actor + 1]))
        (b, bEnd) = (Int(incoming.offsets[actor]), Int(incoming.offsets[actor + 1]))
    }

    mutating func next() -> (neighbor: Int32, relation: Int32)? {
        if a < aEnd && (b >= bEnd || outNeighbors[a] <= inNeighbors[b]) {
            defer { a += 1 }
            return (outNeighbors[a], outEdges[a])
        }
        guard b < bEnd else { return nil }
        defer { b += 1 }
        return (inNeighbors[b], inEdges[b])
    }
}
