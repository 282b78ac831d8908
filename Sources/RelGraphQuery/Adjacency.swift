/// One direction of a graph's adjacency in compressed sparse row form.
///
/// The slots of actor `a` are `offsets[a] ..< offsets[a + 1]`; slot `s` reaches actor
/// `neighbors[s]` through relation `edges[s]`, whose type is `types[s]` (kept per slot so filters
/// never leave the row). Rows are sorted by neighbour, then relation, so every walk is deterministic.
struct Adjacency: Sendable {
    let offsets: Column<Int32>
    let neighbors: Column<Int32>
    let edges: Column<Int32>
    let types: Column<UInt8>

    /// Builds rows keyed by `from[e]` holding `to[e]`: one counting pass, one scatter of
    /// (neighbour, relation) packed in 64 bits, then a sort of each row. O(relations log degree),
    /// and only two passes of random access over the relations.
    ///
    /// A relation with an end outside `0 ..< actorCount` (an actor the graph does not hold) gets
    /// no slot: it keeps its relation id, so ids still match the graph's positions, but no walk
    /// reaches it.
    init(actorCount: Int, from: [Int32], to: [Int32], types edgeTypes: [UInt8]) {
        // One unsigned comparison per end: a negative end wraps to a huge value.
        let limit = UInt32(clamping: actorCount)
        var placeable = [Bool](repeating: true, count: from.count)
        var offsets = [Int32](repeating: 0, count: actorCount + 1)
        for edge in 0 ..< from.count {
            if UInt32(bitPattern: from[edge]) < limit && UInt32(bitPattern: to[edge]) < limit {
                offsets[Int(from[edge]) + 1] += 1
            } else {
                placeable[edge] = false
            }
        }
        for actor in 0 ..< actorCount { offsets[actor + 1] += offsets[actor] }
        let relationCount = Int(offsets[actorCount])

        let packed = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(relationCount, 1))
        defer { packed.deallocate() }
        var cursor = offsets
        for edge in 0 ..< from.count where placeable[edge] {
            let row = Int(from[edge])
            packed[Int(cursor[row])] = UInt64(UInt32(bitPattern: to[edge])) << 32 | UInt64(UInt32(edge))
            cursor[row] += 1
        }
        for actor in 0 ..< actorCount {
            let row = Int(offsets[actor]) ..< Int(offsets[actor + 1])
            if row.count > 1 { packed[row].sort() }
        }

        self.offsets = Column(offsets)
        neighbors = Column(count: relationCount) { out in
            for slot in 0 ..< relationCount { out[slot] = Int32(bitPattern: UInt32(packed[slot] >> 32)) }
        }
        edges = Column(count: relationCount) { out in
            for slot in 0 ..< relationCount { out[slot] = Int32(bitPattern: UInt32(truncatingIfNeeded: packed[slot])) }
        }
        let edgeColumn = edges
        types = Column(count: relationCount) { out in
            for slot in 0 ..< relationCount { out[slot] = edgeTypes[Int(edgeColumn[slot])] }
        }
    }

    @inline(__always) func slots(of actor: Int32) -> Range<Int> {
        Int(offsets[Int(actor)]) ..< Int(offsets[Int(actor) + 1])
    }

    /// Bytes held by the arrays.
    var byteCount: Int { offsets.byteCount + neighbors.byteCount + edges.byteCount + types.byteCount }
}
