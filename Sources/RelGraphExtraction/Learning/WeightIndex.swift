/// The weights of ``SparseWeights`` laid out for inference: a slot's row in constant time, with
/// few cache misses.
///
/// ``SparseWeights`` finds a row by binary search: some 15 dependent reads into a large array
/// per feature, and a tagger looks up some 30 features per token. Here each block of 64 slots
/// has a word with one bit per slot that has a row, beside the number of rows before the block;
/// a row's number is that count plus the set bits below the slot. For 2^20 slots the blocks take
/// 256 KB. The row's (label, weight) pairs then sit side by side in one array: a lookup reads
/// three places (block, row start, pairs) where the four arrays of ``SparseWeights`` and a
/// separate bitmap took five.
struct WeightIndex: Sendable {
    private struct Block {
        /// Bit `slot % 64` is set when the slot has a row.
        var present: UInt64 = 0
        /// Rows of the slots before this block.
        var rowsBefore: Int32 = 0
    }

    private struct Entry {
        var label: UInt16
        var weight: Float
    }

    private let blocks: [Block]
    /// `rowStarts[row]..<rowStarts[row + 1]` indexes the entries of a row.
    private let rowStarts: [Int32]
    private let entries: [Entry]

    init(_ weights: SparseWeights) {
        var blocks = [Block](repeating: Block(), count: FeatureHashing.slotCount / 64)
        for slot in weights.slots { blocks[Int(slot) >> 6].present |= 1 << UInt64(slot & 63) }
        var rows: Int32 = 0
        for block in blocks.indices {
            blocks[block].rowsBefore = rows
            rows += Int32(blocks[block].present.nonzeroBitCount)
        }
        self.blocks = blocks
        rowStarts = weights.offsets
        entries = zip(weights.labels, weights.values).map { Entry(label: $0, weight: $1) }
    }
}

/// What a linear model needs of its weights: each label's weight for a slot.
protocol WeightRows {
    /// Adds each label's weight for `slot` to `scores`, labels in ascending order.
    func accumulate(slot: Int32, into scores: inout [Double])
}

extension SparseWeights: WeightRows {}

extension WeightIndex: WeightRows {
    func accumulate(slot: Int32, into scores: inout [Double]) {
        guard slot >= 0, Int(slot) < FeatureHashing.slotCount else { return }
        let block = blocks[Int(slot) >> 6], bit = UInt64(slot & 63)
        guard block.present & (1 << bit) != 0 else { return }
        let row = Int(block.rowsBefore) + (block.present & ((1 << bit) &- 1)).nonzeroBitCount
        for index in Int(rowStarts[row])..<Int(rowStarts[row + 1]) {
            let entry = entries[index]
            scores[Int(entry.label)] += Double(entry.weight)
        }
    }
}
