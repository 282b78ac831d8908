import Foundation

/// The weights of ``SparseWeights`` laid out for inference: a slot's weights in constant time,
/// with few cache misses.
///
/// ``SparseWeights`` finds a row by binary search: some 15 dependent reads into a large array
/// per feature, and a tagger looks up some 30 features per token. Here an open-addressing table
/// (linear probing, at most half full, so a slot the model lacks is found absent in a probe or
/// two) maps a slot to where its (label, weight) pairs start and how many there are, packed in
/// one word; the pairs sit side by side. A lookup reads the table, usually one cache line, then
/// the pairs.
///
/// The table is also what a model file of format 3 stores (`Learning/MODELFORMAT.md`): such a
/// file is used where it is mapped (``ModelMemory``), not copied. Its entries were never
/// checked one by one (the file's checksum vouches for them), so every lookup stays inside the
/// table, stops probing after one lap, and skips a label past the scores: a hostile file with a
/// valid checksum can give wrong scores, never a crash or a hang.
struct WeightIndex: @unchecked Sendable {
    /// Per bucket: 0 when empty, else `slot + 1` in bits 0–20, the first pair in bits 21–47 and
    /// the pair count in bits 48–63. Little-endian `UInt64`s.
    private let buckets: UnsafeBufferPointer<UInt64>
    private let shift: UInt64
    /// ``entryBytes`` per pair: the label (`UInt16`), two zero bytes, the weight (`Float`).
    private let entries: UnsafeRawBufferPointer
    private let entryCount: Int
    /// Keeps `buckets` and `entries` alive: memory of its own, or the mapped model file.
    private let memory: ModelMemory

    static let entryBytes = 8

    init(_ weights: SparseWeights) {
        precondition(FeatureHashing.bits <= 20 && weights.count < 1 << 27, "the packed bucket holds 20-bit slots")
        var capacityBits = 1
        while 1 << capacityBits < 2 * weights.slotCount + 1 { capacityBits += 1 }
        let bucketCount = 1 << capacityBits
        let memory = ModelMemory(byteCount: bucketCount * 8 + weights.count * Self.entryBytes)
        let raw = memory.bytes
        let buckets = UnsafeMutableRawBufferPointer(rebasing: raw[..<(bucketCount * 8)]).bindMemory(to: UInt64.self)
        let shift = UInt64(64 - capacityBits)
        let mask = bucketCount - 1
        for (row, slot) in weights.slots.enumerated() {
            let start = UInt64(weights.offsets[row]), count = UInt64(weights.offsets[row + 1]) - start
            precondition(count <= 0xFFFF, "a row has one weight per label")
            var bucket = Self.home(slot, shift: shift)
            while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = (UInt64(slot + 1) | start << 21 | count << 48).littleEndian
        }
        // A plain loop: a generic zip-and-map took a millisecond of start-up for the two models.
        let entries = UnsafeMutableRawBufferPointer(rebasing: raw[(bucketCount * 8)...])
        let labels = weights.labels, values = weights.values
        for index in labels.indices {
            entries.storeBytes(of: labels[index].littleEndian, toByteOffset: index * Self.entryBytes, as: UInt16.self)
            entries.storeBytes(of: values[index].bitPattern.littleEndian, toByteOffset: index * Self.entryBytes + 4, as: UInt32.self)
        }
        self.init(buckets: UnsafeBufferPointer(buckets), shift: shift, entries: UnsafeRawBufferPointer(entries),
                  memory: memory)
    }

    /// A table as a format 3 model file stores it, used in place: `buckets` (a power of two of
    /// them) and `entries` lie in `memory` and are little-endian.
    init(buckets: UnsafeBufferPointer<UInt64>, entries: UnsafeRawBufferPointer, memory: ModelMemory) {
        var capacityBits = 0
        while 1 << capacityBits < buckets.count { capacityBits += 1 }
        self.init(buckets: buckets, shift: UInt64(64 - capacityBits), entries: entries, memory: memory)
    }

    private init(buckets: UnsafeBufferPointer<UInt64>, shift: UInt64, entries: UnsafeRawBufferPointer, memory: ModelMemory) {
        precondition(buckets.count >= 2 && buckets.count & (buckets.count - 1) == 0, "a power of two of buckets")
        self.buckets = buckets
        self.shift = shift
        self.entries = entries
        entryCount = entries.count / Self.entryBytes
        self.memory = memory
    }

    /// The raw table (buckets, then entries), as a format 3 file stores it.
    var bucketBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(buckets) }
    var entryBytes: UnsafeRawBufferPointer { entries }
    var bucketCount: Int { buckets.count }
    var count: Int { entryCount }
    /// How many feature slots carry weights (a walk over the buckets).
    var slotCount: Int { buckets.reduce(0) { $1 == 0 ? $0 : $0 + 1 } }

    /// The most weights of this table that add up in `Double` to the same sum in any order: 0
    /// when some weight is not finite.
    ///
    /// Every weight is a whole multiple of the smallest last-bit value (`ulp`) among them and is
    /// below 2^`top` in magnitude, so a sum of k of them is a multiple of that value below
    /// k·2^`top`: a 53-bit significand holds it exactly while k·2^(`top` − lowest) ≤ 2^53. Each
    /// partial sum is then exact, whatever the order. A walk over the pairs: call it once per model.
    ///
    /// `starts` are values a sum may start from (a model's biases): they count among the weights,
    /// and one of them is a term of every sum, so one term fewer is left for the weights.
    ///
    /// Every process that extracts asks this of both models, so the walk reads the weights' bits:
    /// a normal weight's exponent field alone gives both its exponent and its last bit's, and
    /// only the rare zero exponent field (a subnormal weight) takes the general path.
    func orderFreeSumTerms(startingFrom starts: [Float] = []) -> Int {
        var lowest = Int.max, top = Int.min, finite = true
        func include(_ weight: Float) {
            guard weight.isFinite else { return finite = false }
            guard weight != 0 else { return }
            lowest = min(lowest, Int(weight.ulp.exponent))
            top = max(top, Int(weight.exponent) + 1)
        }
        // The smallest and largest biased exponent field of the normal non-zero weights.
        var smallestField: UInt32 = .max, largestField: UInt32 = 0
        for index in 0..<entryCount {
            let bits = weightBits(at: index)
            let field = (bits >> 23) & 0xFF
            if field == 0 || field == 0xFF {
                include(Float(bitPattern: bits))
            } else {
                smallestField = min(smallestField, field)
                largestField = max(largestField, field)
            }
        }
        if smallestField <= largestField {
            // A normal weight is 1.m × 2^(field − 127); its last bit is worth 2^(field − 127 − 23).
            lowest = min(lowest, Int(smallestField) - 127 - Float.significandBitCount)
            top = max(top, Int(largestField) - 127 + 1)
        }
        for start in starts { include(start) }
        guard finite else { return 0 }
        guard lowest <= top else { return Int.max }  // no weight but zeros
        let spareBits = Double.significandBitCount + 1 - (top - lowest)
        let terms = spareBits < 0 ? 0 : 1 << min(spareBits, 62)
        return starts.isEmpty ? terms : max(terms - 1, 0)
    }

    /// The weights as sorted rows again (training output, `relgraph train`'s report, tests):
    /// walks the whole table, so not for the per-token path.
    var sparseWeights: SparseWeights {
        var rows: [(slot: Int32, start: Int, count: Int)] = []
        for packed in buckets.lazy.map(UInt64.init(littleEndian:)) where packed != 0 {
            let (start, count) = Self.range(of: packed)
            if start + count <= entryCount { rows.append((Int32(packed & 0x1F_FFFF) - 1, start, count)) }
        }
        var weights = SparseWeights()
        for row in rows.sorted(by: { $0.slot < $1.slot }) {
            for index in row.start..<(row.start + row.count) { weights.append(slot: row.slot, label: label(at: index), weight: weight(at: index)) }
        }
        return weights
    }

    /// The bucket a slot's probe starts at (Fibonacci hashing: the top bits of a multiple).
    @inline(__always)
    private static func home(_ slot: Int32, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: slot)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    private static func range(of packed: UInt64) -> (start: Int, count: Int) {
        (Int((packed >> 21) & 0x7FF_FFFF), Int(packed >> 48))
    }

    @inline(__always)
    private func label(at index: Int) -> UInt16 {
        UInt16(littleEndian: entries.load(fromByteOffset: index &* Self.entryBytes, as: UInt16.self))
    }

    @inline(__always)
    private func weight(at index: Int) -> Float {
        Float(bitPattern: weightBits(at: index))
    }

    @inline(__always)
    private func weightBits(at index: Int) -> UInt32 {
        UInt32(littleEndian: entries.load(fromByteOffset: index &* Self.entryBytes &+ 4, as: UInt32.self))
    }
}

extension WeightIndex: Equatable {
    /// The same table: built from equal weights, or read from equal files.
    static func == (lhs: WeightIndex, rhs: WeightIndex) -> Bool {
        lhs.bucketBytes.elementsEqual(rhs.bucketBytes) && lhs.entries.elementsEqual(rhs.entries)
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
        let row = row(of: slot)
        scores.withUnsafeMutableBufferPointer { add(row, to: $0) }
    }

    /// Adds the weights of every slot of `slots`, in their order, to `scores`: the same sums as
    /// one ``accumulate(slot:into:)`` per slot.
    ///
    /// All rows are found before any weight is added: the table reads of different slots do not
    /// depend on each other, so the processor overlaps their cache misses instead of waiting for
    /// each in turn.
    func accumulate(slots: [Int32], into scores: inout [Double]) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: slots.count) { rows in
            for (position, slot) in slots.enumerated() { rows.initializeElement(at: position, to: row(of: slot)) }
            scores.withUnsafeMutableBufferPointer { scores in
                for row in rows { add(row, to: scores) }
            }
        }
    }

    /// The packed bucket of `slot` (where its pairs start and how many), 0 when it has no
    /// weights or when its pairs would lie outside the table.
    @inline(__always)
    private func row(of slot: Int32) -> UInt64 {
        guard slot >= 0, Int(slot) < FeatureHashing.slotCount else { return 0 }
        let key = UInt64(slot + 1), mask = buckets.count - 1
        var bucket = Self.home(slot, shift: shift)
        // One lap at most: a table with no empty bucket (only a hostile file) must not hang.
        for _ in 0..<buckets.count {
            let packed = UInt64(littleEndian: buckets[bucket])
            if packed == 0 { return 0 }
            if packed & 0x1F_FFFF == key {
                let (start, count) = Self.range(of: packed)
                return start + count <= entryCount ? packed : 0
            }
            bucket = (bucket + 1) & mask
        }
        return 0
    }

    /// Adds each label's weight of a packed bucket to `scores` (a label past them is skipped).
    ///
    /// Walks the pairs with a pointer: ``row(of:)`` checked that they lie inside `entries`, so
    /// each pair costs its label check and its addition, not a bounds check per read.
    @inline(__always)
    private func add(_ row: UInt64, to scores: UnsafeMutableBufferPointer<Double>) {
        let (start, count) = Self.range(of: row)
        guard count > 0, let pairs = entries.baseAddress, let sums = scores.baseAddress else { return }
        let labelCount = scores.count
        var pair = pairs + start &* Self.entryBytes
        let end = pair + count &* Self.entryBytes
        while pair < end {
            let label = Int(UInt16(littleEndian: pair.load(as: UInt16.self)))
            if label < labelCount {
                sums[label] += Double(Float(bitPattern: UInt32(littleEndian: pair.load(fromByteOffset: 4, as: UInt32.self))))
            }
            pair += Self.entryBytes
        }
    }
}

/// The bytes a ``WeightIndex`` or ``WordFrequencies`` reads: its own allocation, or a model file
/// mapped for as long as a model uses it.
final class ModelMemory: @unchecked Sendable {
    let bytes: UnsafeMutableRawBufferPointer
    /// What to free: an allocation (at least one byte), or nil for a mapping.
    private let allocation: UnsafeMutableRawBufferPointer?

    /// `byteCount` zeroed bytes of its own, 8-byte aligned.
    init(byteCount: Int) {
        let allocation = UnsafeMutableRawBufferPointer.allocate(byteCount: max(byteCount, 1), alignment: 8)
        allocation.initializeMemory(as: UInt8.self, repeating: 0)
        bytes = UnsafeMutableRawBufferPointer(rebasing: allocation[..<byteCount])
        self.allocation = allocation
    }

    /// A copy of `bytes`.
    convenience init(copying bytes: UnsafeRawBufferPointer) {
        self.init(byteCount: bytes.count)
        if bytes.count > 0 { self.bytes.copyMemory(from: bytes) }
    }

    /// A read-only mapping (`mmap`) this object now owns and unmaps.
    init(mapping: UnsafeMutableRawBufferPointer) {
        bytes = mapping
        allocation = nil
    }

    deinit {
        if let allocation { allocation.deallocate() } else { munmap(bytes.baseAddress, bytes.count) }
    }
}
