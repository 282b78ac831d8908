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

    /// Builds rows keyed by `from[e]` holding `to[e]`, with two stable counting sorts
    /// (by neighbour, then by row) instead of a comparison sort: O(actors + relations).
    init(actorCount: Int, from: [Int32], to: [Int32], types edgeTypes: [UInt8]) {
        let relationCount = from.count
        let byNeighbor = Adjacency.stableOrder(of: Array(0..<relationCount).map(Int32.init), key: to, buckets: actorCount)
        let order = Adjacency.stableOrder(of: byNeighbor, key: from, buckets: actorCount)
        var offsets = [Int32](repeating: 0, count: actorCount + 1)
        for edge in 0..<relationCount { offsets[Int(from[edge]) + 1] += 1 }
        for actor in 0..<actorCount { offsets[actor + 1] += offsets[actor] }
        self.offsets = Column(offsets)
        self.edges = Column(order)
        self.neighbors = Column(order.map { to[Int($0)] })
        self.types = Column(order.map { edgeTypes[Int($0)] })
    }

    /// `items` reordered by `key[item]` ascending, keeping the incoming order among equal keys.
    private static func stableOrder(of items: [Int32], key: [Int32], buckets: Int) -> [Int32] {
        var starts = [Int32](repeating: 0, count: buckets + 1)
        for item in items { starts[Int(key[Int(item)]) + 1] += 1 }
        for bucket in 0..<buckets { starts[bucket + 1] += starts[bucket] }
        var result = [Int32](repeating: 0, count: items.count)
        for item in items {
            let bucket = Int(key[Int(item)])
            result[Int(starts[bucket])] = item
            starts[bucket] += 1
        }
        return result
    }

    @inline(__always) func slots(of actor: Int32) -> Range<Int> {
        Int(offsets[Int(actor)]) ..< Int(offsets[Int(actor) + 1])
    }

    /// Bytes held by the arrays.
    var byteCount: Int { offsets.byteCount + neighbors.byteCount + edges.byteCount + types.byteCount }
}
