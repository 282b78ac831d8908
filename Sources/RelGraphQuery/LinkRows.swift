/// Who is linked to whom, ignoring relation type and direction: one sorted row of distinct
/// neighbours per actor, self-links left out.
///
/// Unfiltered, undirected searches (the default `path` and `neighbors` queries) only need to know
/// which actors are one hop away. Reading one row of 4-byte ids instead of the two typed rows of
/// ``Adjacency`` halves the memory a visit touches and skips parallel relations, which is most of
/// a breadth-first search's time on a large graph. Costs at most 8 bytes per relation.
struct LinkRows: Sendable {
    let offsets: Column<Int32>
    let neighbors: Column<Int32>

    /// Merges each actor's two sorted rows (stated and reverse direction) into one distinct row.
    init(actorCount: Int, outgoing: Adjacency, incoming: Adjacency) {
        let outOffsets = outgoing.offsets.buffer, outNeighbors = outgoing.neighbors.buffer
        let inOffsets = incoming.offsets.buffer, inNeighbors = incoming.neighbors.buffer
        var offsets = [Int32](repeating: 0, count: actorCount + 1)
        var merged: [Int32] = []
        merged.reserveCapacity(outNeighbors.count + inNeighbors.count)
        for actor in 0 ..< actorCount {
            var a = Int(outOffsets[actor]), b = Int(inOffsets[actor])
            let aEnd = Int(outOffsets[actor + 1]), bEnd = Int(inOffsets[actor + 1])
            var last: Int32 = -1
            while a < aEnd || b < bEnd {
                let next: Int32
                if b >= bEnd || (a < aEnd && outNeighbors[a] <= inNeighbors[b]) {
                    next = outNeighbors[a]; a += 1
                } else {
                    next = inNeighbors[b]; b += 1
                }
                if next != last && next != Int32(actor) { merged.append(next) }
                last = next
            }
            offsets[actor + 1] = Int32(merged.count)
        }
        Self.orderByDegree(&merged, offsets: offsets)
        self.offsets = Column(offsets)
        neighbors = Column(merged)
    }

    /// Sorts each row by falling degree, then id. A search stops at the first actor the other
    /// half has seen, and in news graphs paths run through hubs: meeting them first ends the last
    /// level after a few links instead of a whole row.
    private static func orderByDegree(_ rows: inout [Int32], offsets: [Int32]) {
        var keys: [UInt64] = []
        for actor in 0 ..< offsets.count - 1 {
            let row = Int(offsets[actor]) ..< Int(offsets[actor + 1])
            guard row.count > 1 else { continue }
            keys.removeAll(keepingCapacity: true)
            for slot in row {
                let neighbor = Int(rows[slot])
                let degree = UInt64(offsets[neighbor + 1] - offsets[neighbor])
                keys.append((UInt64(UInt32.max) - degree) << 32 | UInt64(UInt32(rows[slot])))
            }
            keys.sort()
            for (slot, key) in zip(row, keys) { rows[slot] = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF) }
        }
    }

    /// Bytes held by the arrays.
    var byteCount: Int { offsets.byteCount + neighbors.byteCount }
}
