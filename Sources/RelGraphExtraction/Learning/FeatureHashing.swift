/// Maps feature names to a fixed number of weight slots, so a model stores numbers only: the
/// words it learned from never appear in its file.
///
/// FNV-1a over the UTF-8 bytes: stable across runs, platforms and Swift versions, unlike
/// `Hasher`, which is seeded per process.
public enum FeatureHashing {
    /// log2 of the slot count. 2^20 slots keep collisions rare for the few hundred thousand
    /// distinct features a news corpus yields.
    public static let bits = 20
    public static let slotCount = 1 << bits

    /// The slot of a feature name.
    public static func slot(_ feature: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in feature.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        // Fold the high bits in: FNV's low bits alone mix poorly for short strings.
        return Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & UInt64(slotCount - 1))
    }
}

/// The feature slots of one decision, deduplicated and sorted, so a dot product is a plain loop.
public struct FeatureVector: Sendable, Equatable {
    public private(set) var slots: [Int32]

    public init(_ features: some Sequence<String>) {
        slots = Array(Set(features.map { Int32(FeatureHashing.slot($0)) })).sorted()
    }
}
