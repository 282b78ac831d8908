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
        var hasher = FeatureHasher()
        hasher.append(feature)
        return Int(hasher.slot)
    }
}

/// FNV-1a over a feature name given in pieces: appending "w-1=" then "paris" reaches the state
/// of hashing "w-1=paris", so extraction finds a feature's slot without building its name.
struct FeatureHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// The state after hashing `prefix`: a feature name's literal start, hashed once.
    init(_ prefix: String) { append(prefix) }

    @inline(__always)
    mutating func append(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    mutating func append(_ piece: String) {
        // In place where the bytes are contiguous (always, for native and literal strings).
        if piece.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
        var piece = piece
        piece.withUTF8 { append($0) }
    }

    @inline(__always)
    mutating func append(_ piece: Substring) {
        if piece.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
        var piece = piece
        piece.withUTF8 { append($0) }
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01b3
        }
    }

    /// The slot of the name appended so far.
    var slot: Int32 {
        // Fold the high bits in: FNV's low bits alone mix poorly for short strings.
        Int32(truncatingIfNeeded: (state ^ (state >> 29)) & UInt64(FeatureHashing.slotCount - 1))
    }
}

/// A feature name's literal start ("w-1=") with its hash state computed once, so the slot of
/// "w-1=paris" costs hashing "paris" only.
struct FeatureKey: Sendable {
    let name: String
    let hasher: FeatureHasher
    /// The slot of the name alone.
    let slot: Int32

    init(_ name: String) {
        self.name = name
        hasher = FeatureHasher(name)
        slot = hasher.slot
    }
}

/// A piece of a feature's name: a `String` or a `Substring`.
protocol FeaturePiece {
    func hash(into hasher: inout FeatureHasher)
    func append(to name: inout String)
}

extension String: FeaturePiece {
    @inline(__always)
    func hash(into hasher: inout FeatureHasher) { hasher.append(self) }
    func append(to name: inout String) { name += self }
}

extension Substring: FeaturePiece {
    @inline(__always)
    func hash(into hasher: inout FeatureHasher) { hasher.append(self) }
    func append(to name: inout String) { name += self }
}

/// The feature slots of one decision, deduplicated and sorted, so a dot product is a plain loop.
public struct FeatureVector: Sendable, Equatable {
    public private(set) var slots: [Int32]

    public init(_ features: some Sequence<String>) {
        var sink = FeatureSlots()
        for feature in features { sink.add(feature) }
        self = sink.vector()
    }

    /// Slots already hashed, in any order and with repeats.
    init(slots: [Int32]) {
        self = FeatureSlots(slots: slots).vector()
    }

    /// Slots already sorted and without repeats (``FeatureSlots/vector()``).
    fileprivate init(sortedUniqueSlots slots: [Int32]) {
        self.slots = slots
    }
}

/// Where a feature function puts the features of one decision.
///
/// A feature's name is the concatenation of its pieces (`add("w-1=", word)` is the feature
/// "w-1=paris"), so one function written against this protocol serves both sinks: the names,
/// for training reports and tests, and the slots, which inference and training use and which
/// never build a name.
protocol FeatureSink {
    mutating func add<each Piece: FeaturePiece>(_ pieces: repeat each Piece)
    /// The feature named `key`.
    mutating func add(_ key: FeatureKey)
    /// The feature named `key` then the UTF-8 `text`.
    mutating func add(_ key: FeatureKey, _ text: ArraySlice<UInt8>)
    /// The feature named `key`, `text`, `separator`, then `more`.
    mutating func add(_ key: FeatureKey, _ text: ArraySlice<UInt8>, _ separator: StaticString, _ more: ArraySlice<UInt8>)
    /// The feature whose slot `hasher` holds; `name` makes its name, for the sinks that keep names.
    mutating func add(_ hasher: FeatureHasher, name: () -> String)
}

/// Features named by `String`s only, most of them: hashed piece by piece here, without the
/// parameter pack's copy and release of every piece (a measurable share of the pair features).
/// The name is the pieces joined, as the pack form makes it.
extension FeatureSink {
    @inline(__always)
    mutating func add(_ a: String) {
        add(FeatureHasher(a)) { a }
    }

    @inline(__always)
    mutating func add(_ a: String, _ b: String) {
        var hasher = FeatureHasher(a)
        hasher.append(b)
        add(hasher) { a + b }
    }

    /// A literal then a cut word ("bs=" and a stem): without the parameter pack's generic
    /// copy of each piece.
    @inline(__always)
    mutating func add(_ a: String, _ b: Substring) {
        var hasher = FeatureHasher(a)
        hasher.append(b)
        add(hasher) { a + b }
    }

    @inline(__always)
    mutating func add(_ a: String, _ b: String, _ c: String) {
        var hasher = FeatureHasher(a)
        hasher.append(b); hasher.append(c)
        add(hasher) { a + b + c }
    }

    @inline(__always)
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String) {
        var hasher = FeatureHasher(a)
        hasher.append(b); hasher.append(c); hasher.append(d)
        add(hasher) { a + b + c + d }
    }

    @inline(__always)
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String) {
        var hasher = FeatureHasher(a)
        hasher.append(b); hasher.append(c); hasher.append(d); hasher.append(e)
        add(hasher) { a + b + c + d + e }
    }

    @inline(__always)
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String, _ f: String) {
        var hasher = FeatureHasher(a)
        hasher.append(b); hasher.append(c); hasher.append(d); hasher.append(e); hasher.append(f)
        add(hasher) { a + b + c + d + e + f }
    }

    @inline(__always)
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String, _ f: String, _ g: String) {
        var hasher = FeatureHasher(a)
        hasher.append(b); hasher.append(c); hasher.append(d); hasher.append(e); hasher.append(f); hasher.append(g)
        add(hasher) { a + b + c + d + e + f + g }
    }

    @inline(__always)
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String, _ f: String, _ g: String, _ h: String) {
        var hasher = FeatureHasher(a)
        hasher.append(b); hasher.append(c); hasher.append(d); hasher.append(e); hasher.append(f); hasher.append(g)
        hasher.append(h)
        add(hasher) { a + b + c + d + e + f + g + h }
    }
}

/// Collects features as names.
struct FeatureNames: FeatureSink {
    var names: [String] = []

    mutating func add<each Piece: FeaturePiece>(_ pieces: repeat each Piece) {
        var name = ""
        for piece in repeat each pieces { piece.append(to: &name) }
        names.append(name)
    }

    mutating func add(_ key: FeatureKey) { names.append(key.name) }

    mutating func add(_ hasher: FeatureHasher, name: () -> String) { names.append(name()) }

    mutating func add(_ key: FeatureKey, _ text: ArraySlice<UInt8>) {
        names.append(key.name + String(decoding: text, as: UTF8.self))
    }

    mutating func add(_ key: FeatureKey, _ text: ArraySlice<UInt8>, _ separator: StaticString, _ more: ArraySlice<UInt8>) {
        names.append(key.name + String(decoding: text, as: UTF8.self) + separator.description + String(decoding: more, as: UTF8.self))
    }
}

/// Collects features as hashed slots (``FeatureHashing``), with repeats, in the order added.
struct FeatureSlots: FeatureSink {
    var slots: [Int32] = []

    @inline(__always)
    mutating func add<each Piece: FeaturePiece>(_ pieces: repeat each Piece) {
        var hasher = FeatureHasher()
        // A pack expansion, not a for-in over the pack, which copied (and released) each piece.
        repeat (each pieces).hash(into: &hasher)
        slots.append(hasher.slot)
    }

    @inline(__always)
    mutating func add(_ key: FeatureKey) { slots.append(key.slot) }

    @inline(__always)
    mutating func add(_ hasher: FeatureHasher, name: () -> String) { slots.append(hasher.slot) }

    @inline(__always)
    mutating func add(_ key: FeatureKey, _ text: ArraySlice<UInt8>) {
        var hasher = key.hasher
        hasher.append(text)
        slots.append(hasher.slot)
    }

    @inline(__always)
    mutating func add(_ key: FeatureKey, _ text: ArraySlice<UInt8>, _ separator: StaticString, _ more: ArraySlice<UInt8>) {
        var hasher = key.hasher
        hasher.append(text)
        hasher.append(UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
        hasher.append(more)
        slots.append(hasher.slot)
    }

    /// Sorts the slots and removes repeats, in place: the vector ``FeatureVector/init(_:)``
    /// makes of the same features' names.
    mutating func sortAndRemoveRepeats() {
        // An insertion sort in place for the usual few dozen slots of a decision, for which the
        // standard sort's merge scratch buffer (an allocation per token of the name tagger) cost
        // more than the sorting; the standard sort beyond, where insertion's n² would show.
        if slots.count > Self.insertionSortLimit {
            slots.sort()
        } else {
            Self.insertionSort(&slots)
        }
        guard slots.count > 1 else { return }
        var kept = 1
        for index in 1..<slots.count where slots[index] != slots[kept - 1] {
            slots[kept] = slots[index]
            kept += 1
        }
        slots.removeLast(slots.count - kept)
    }

    /// Removes repeated slots, keeping the first of each where it stands: the slots of
    /// ``sortAndRemoveRepeats()`` in the order added, for sums whose order does not matter
    /// (``WeightIndex/orderFreeSumTerms()``), without sorting.
    mutating func removeRepeats() {
        var kept = 0
        slots.withUnsafeMutableBufferPointer { slots in
            // A 1024-bit filter of the slots kept so far (hashed slots spread over the low bits):
            // only a slot whose bit is already set is compared with the kept ones, and distinct
            // features seldom share a bit among the few dozen of a decision.
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { seen in
                seen.initialize(repeating: 0)
                for index in slots.indices {
                    let slot = slots[index]
                    let word = Int(slot >> 6) & 15, bit = UInt64(1) << UInt64(slot & 63)
                    if seen[word] & bit != 0, UnsafeMutableBufferPointer(rebasing: slots[..<kept]).contains(slot) { continue }
                    seen[word] |= bit
                    slots[kept] = slot
                    kept += 1
                }
            }
        }
        slots.removeLast(slots.count - kept)
    }

    /// Removes repeated slots: in the order added when a sum of this many weights does not
    /// depend on their order (`orderFreeTerms`, ``WeightIndex/orderFreeSumTerms(startingFrom:)``),
    /// else sorted as ``sortAndRemoveRepeats()`` leaves them. Sorting a decision's few dozen
    /// slots cost more than the rest of its scoring but the weight reads, and changes no sum then.
    mutating func removeRepeats(orderFreeUpTo orderFreeTerms: Int) {
        if slots.count <= orderFreeTerms { removeRepeats() } else { sortAndRemoveRepeats() }
    }

    /// The most slots sorted by ``insertionSort(_:)``.
    static let insertionSortLimit = 128

    /// Sorts `slots` ascending in place, without allocating.
    private static func insertionSort(_ slots: inout [Int32]) {
        slots.withUnsafeMutableBufferPointer { slots in
            guard slots.count > 1 else { return }
            for index in 1..<slots.count {
                let slot = slots[index]
                var place = index
                while place > 0, slots[place - 1] > slot {
                    slots[place] = slots[place - 1]
                    place -= 1
                }
                slots[place] = slot
            }
        }
    }

    /// Forgets the slots, keeping the storage for the next decision.
    mutating func removeAll() { slots.removeAll(keepingCapacity: true) }

    /// The slots deduplicated and sorted, in place: consuming the sink leaves its storage
    /// unshared, where a copy of it was sorted before (an allocation per pair of the relation
    /// classifier).
    consuming func vector() -> FeatureVector {
        sortAndRemoveRepeats()
        return FeatureVector(sortedUniqueSlots: slots)
    }
}
