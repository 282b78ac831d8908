/// The weights of ``SparseWeights`` laid out for inference: a slot's weights in constant time,
/// with few cache misses.
///
/// ``SparseWeights`` finds a row by binary search: some 15 dependent reads into a large array
/// per feature, and a tagger looks up some 30 features per token. Here an open-addressing table
/// (linear probing, at most half full, so a slot the model lacks is found absent in a probe or
/// two) maps a slot to where its (label, weight) pairs start and how many there are, packed in
/// one word; the pairs sit side by side. A lookup reads the table, usually one cache line, then
/// the pairs.
struct WeightIndex: Sendable {
    private struct Entry {
        var label: UInt16
        var weight: Float
    }

    /// Per bucket: 0 when empty, else `slot + 1` in bits 0–20, the first pair in bits 21–47 and
    /// the pair count in bits 48–63.
    private let buckets: [UInt64]
    private let shift: UInt64
    private let entries: [Entry]
    /// One more than the highest label of any entry.
    private let labelLimit: Int

    init(_ weights: SparseWeights) {
        precondition(FeatureHashing.bits <= 20 && weights.count < 1 << 27, "the packed bucket holds 20-bit slots")
        var capacityBits = 1
        while 1 << capacityBits < 2 * weights.slotCount + 1 { capacityBits += 1 }
        var buckets = [UInt64](repeating: 0, count: 1 << capacityBits)
        shift = UInt64(64 - capacityBits)
        let mask = buckets.count - 1
        for (row, slot) in weights.slots.enumerated() {
            let start = UInt64(weights.offsets[row]), count = UInt64(weights.offsets[row + 1]) - start
            precondition(count <= 0xFFFF, "a row has one weight per label")
            var bucket = Self.home(slot, shift: shift)
            while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = UInt64(slot + 1) | start << 21 | count << 48
        }
        self.buckets = buckets
        // A plain loop: a generic zip-and-map took a millisecond of start-up for the two models.
        let labels = weights.labels, values = weights.values
        labelLimit = (labels.max().map(Int.init) ?? -1) + 1
        entries = Array(unsafeUninitializedCapacity: labels.count) { buffer, initialized in
            for index in labels.indices { buffer.initializeElement(at: index, to: Entry(label: labels[index], weight: values[index])) }
            initialized = labels.count
        }
    }

    /// The bucket a slot's probe starts at (Fibonacci hashing: the top bits of a multiple).
    @inline(__always)
    private static func home(_ slot: Int32, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: slot)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// What a linear model needs of its weights: each label's weight for a slot.
protocol WeightRows {
    /// Adds each label's weight for `slot` to `scores`, labels in ascending order.
    func accumulate(slot: Int32, into scores: inout [Double])
    /// Adds each label's weight of every slot of `slots`, in their order, to `scores`.
    func accumulate(slots: [Int32], into scores: inout [Double])
}

extension WeightRows {
    func accumulate(slots: [Int32], into scores: inout [Double]) {
        for slot in slots { accumulate(slot: slot, into: &scores) }
    }
}

extension SparseWeights: WeightRows {}

extension WeightIndex: WeightRows {
    func accumulate(slot: Int32, into scores: inout [Double]) {
        add(row(of: slot), to: &scores)
    }

    /// Adds the weights of every slot of `slots`, in their order, to `scores`: the same sums as
    /// one ``accumulate(slot:into:)`` per slot.
    ///
    /// All rows are found before any weight is added: the table reads of different slots do not
    /// depend on each other, so the processor overlaps their cache misses instead of waiting for
    /// each in turn.
    func accumulate(slots: [Int32], into scores: inout [Double]) {
        // Every label is below `labelLimit`: checked once here, not at each addition.
        precondition(scores.count >= labelLimit, "one score per label")
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: slots.count) { rows in
            for (position, slot) in slots.enumerated() { rows.initializeElement(at: position, to: row(of: slot)) }
            scores.withUnsafeMutableBufferPointer { scores in
                entries.withUnsafeBufferPointer { entries in
                    for row in rows {
                        let start = Int((row >> 21) & 0x7FF_FFFF), count = Int(row >> 48)
                        for entry in entries[start..<(start + count)] { scores[Int(entry.label)] += Double(entry.weight) }
                    }
                }
            }
        }
    }

    /// The packed bucket of `slot` (where its pairs start and how many), 0 when it has no weights.
    @inline(__always)
    private func row(of slot: Int32) -> UInt64 {
        guard slot >= 0, Int(slot) < FeatureHashing.slotCount else { return 0 }
        let key = UInt64(slot + 1), mask = buckets.count - 1
        var bucket = Self.home(slot, shift: shift)
        while true {
            let packed = buckets[bucket]
            if packed == 0 || packed & 0x1F_FFFF == key { return packed }
            bucket = (bucket + 1) & mask
        }
    }

    /// Adds each label's weight of a packed bucket to `scores`.
    @inline(__always)
    private func add(_ row: UInt64, to scores: inout [Double]) {
        let start = Int((row >> 21) & 0x7FF_FFFF), count = Int(row >> 48)
        for index in start..<(start + count) {
            let entry = entries[index]
            scores[Int(entry.label)] += Double(entry.weight)
        }
    }
}
