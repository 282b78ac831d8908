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

    /// Rows read whole from a model file's columns (`rowEnds[i]`: the pair index after slot
    /// `i`'s last), or nil unless slots ascend strictly below ``FeatureHashing/slotCount``, every
    /// row is non-empty with labels ascending strictly below `labelCount`, and weights are finite.
    init?(slots: [UInt32], rowEnds: [UInt32], labels: [UInt16], valueBits: [UInt32], labelCount: Int) {
        guard slots.count == rowEnds.count, labels.count == valueBits.count, rowEnds.last.map({ Int($0) }) ?? 0 == labels.count else {
            return nil
        }
        var previousSlot: UInt32?, start = 0
        for (slot, end) in zip(slots, rowEnds) {
            guard slot < UInt32(FeatureHashing.slotCount), previousSlot.map({ $0 < slot }) ?? true,
                  Int(end) > start, Int(end) <= labels.count else { return nil }
            guard Int(labels[start]) < labelCount else { return nil }
            for index in (start + 1)..<Int(end) where labels[index] <= labels[index - 1] || Int(labels[index]) >= labelCount {
                return nil
            }
            previousSlot = slot
            start = Int(end)
        }
        let values = valueBits.map(Float.init(bitPattern:))
        guard values.allSatisfy(\.isFinite) else { return nil }
        self.slots = slots.map { Int32($0) }
        self.offsets = [0] + rowEnds.map { Int32($0) }
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
