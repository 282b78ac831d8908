/// A linear model's weights, only the non-zero ones, in compressed rows by feature slot: the
/// slots sorted, and each slot's (label, weight) pairs in one run of two flat arrays. Loading is
/// a copy into four arrays, and a lookup a binary search.
public struct SparseWeights: Sendable, Equatable {
    /// Sorted feature slots that carry weights.
    private(set) var slots: [Int32] = []
    /// `offsets[i]..<offsets[i + 1]` indexes the pairs of `slots[i]`.
    private(set) var offsets: [Int32] = [0]
    private(set) var labels: [UInt16] = []
    private(set) var values: [Float] = []

    public init() {}

    /// Builds rows from (slot, label, weight) triples in any order.
    init(_ entries: [(slot: Int32, label: UInt16, weight: Float)]) {
        for entry in entries.sorted(by: { ($0.slot, $0.label) < ($1.slot, $1.label) }) {
            append(slot: entry.slot, label: entry.label, weight: entry.weight)
        }
    }

    /// Rows read whole from a model file's columns, or nil unless slots ascend strictly in
    /// `0..<FeatureHashing.slotCount`, offsets start at 0 and end at the label count, every row is
    /// non-empty with labels ascending strictly below `labelCount`, and weights are finite.
    init?(slots: [Int32], offsets: [Int32], labels: [UInt16], values: [Float], labelCount: Int) {
        guard offsets.count == slots.count + 1, offsets.first == 0, Int(offsets.last!) == labels.count,
              labels.count == values.count, values.allSatisfy({ $0.isFinite }) else { return nil }
        var previousSlot: Int32 = -1
        for row in slots.indices {
            let slot = slots[row], start = Int(offsets[row]), end = Int(offsets[row + 1])
            guard slot > previousSlot, slot < Int32(FeatureHashing.slotCount), start < end, end <= labels.count,
                  Int(labels[start]) < labelCount else { return nil }
            for index in (start + 1)..<end where labels[index] <= labels[index - 1] || Int(labels[index]) >= labelCount {
                return nil
            }
            previousSlot = slot
        }
        self.slots = slots
        self.offsets = offsets
        self.labels = labels
        self.values = values
    }

    /// Appends one weight; slots must come in ascending order, labels ascending within a slot.
    mutating func append(slot: Int32, label: UInt16, weight: Float) {
        if slots.last != slot {
            slots.append(slot)
            offsets.append(offsets.last!)
        }
        labels.append(label)
        values.append(weight)
        offsets[offsets.count - 1] += 1
    }

    public var slotCount: Int { slots.count }
    public var count: Int { values.count }

    /// Adds each label's weight for `slot` to `scores`.
    func accumulate(slot: Int32, into scores: inout [Double]) {
        var low = 0, high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if slots[middle] < slot { low = middle + 1 } else { high = middle }
        }
        guard low < slots.count, slots[low] == slot else { return }
        for index in Int(offsets[low])..<Int(offsets[low + 1]) { scores[Int(labels[index])] += Double(values[index]) }
    }

    /// Every entry in slot, then label order.
    func forEach(_ body: (Int32, UInt16, Float) -> Void) {
        for (row, slot) in slots.enumerated() {
            for index in Int(offsets[row])..<Int(offsets[row + 1]) { body(slot, labels[index], values[index]) }
        }
    }
}
