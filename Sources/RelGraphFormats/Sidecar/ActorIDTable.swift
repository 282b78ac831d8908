import Foundation
import RelGraphCore

/// Actor id → position, looked up by the id's UTF-8 bytes straight from the input, so resolving
/// a relation's ends while scanning allocates nothing.
///
/// Swift compares strings by canonical equivalence ("é" precomposed equals "e" + U+0301, U+212A
/// KELVIN SIGN equals "K"), and the full decode path (``GraphJSON/validate(_:source:)``, dictionaries
/// keyed by id) inherits that. Byte equality implies it; when bytes differ but non-ASCII text is
/// involved, the table falls back to a `[String: Int32]` built on first need, so both paths accept
/// and reject the same graphs.
struct ActorIDTable {
    /// Where an id's bytes lie in `arena`, and whose id it is. Kept in the slot itself so a hit
    /// reads the slot and the id bytes: two cache lines.
    private struct Slot {
        var start: Int
        var length: Int32
        /// Actor position + 1; 0 marks an empty slot.
        var positionPlusOne: Int32
    }

    /// The ids' UTF-8 bytes, one after another.
    private var arena: [UInt8] = []
    /// Open addressing, linear probing, at most half full.
    private var slots: [Slot]
    private let mask: Int
    private let allASCII: Bool
    private let ids: [String]
    /// Canonical-equivalence fallback, built the first time it is needed.
    private var byString: [String: Int32]?
    /// Receives the bytes ``warm(_:)`` loads, so the optimiser keeps the loads.
    private var warmed: UInt8 = 0
    /// The first id (in actor order) equal to an earlier one, as ``GraphJSON/validate(_:source:)`` finds it.
    private(set) var firstDuplicate: String?

    init(ids: [String]) {
        self.ids = ids
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        slots = Array(repeating: Slot(start: 0, length: 0, positionPlusOne: 0), count: capacity)
        mask = capacity - 1
        var allASCII = true
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(ids.count)
        for id in ids {
            let start = arena.count
            for byte in id.utf8 {
                arena.append(byte)
                allASCII = allASCII && byte < 0x80
            }
            ranges.append(start ..< arena.count)
        }
        self.allASCII = allASCII
        for (position, range) in ranges.enumerated() { insert(Int32(position), bytes: range) }
        if !allASCII {
            // Canonically equal but differently spelled ids are duplicates too.
            var seen = Set<String>()
            firstDuplicate = ids.first { !seen.insert($0).inserted }
        }
    }

    private mutating func insert(_ position: Int32, bytes range: Range<Int>) {
        let (slot, found) = arena.withUnsafeBufferPointer { arena in
            probe(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: arena[range])))
        }
        if let found {
            if firstDuplicate == nil { firstDuplicate = ids[Int(found)] }
            return
        }
        slots[slot] = Slot(start: range.lowerBound, length: Int32(clamping: range.count), positionPlusOne: position + 1)
    }

    /// The slot holding `key`'s position, or the empty slot where it would go.
    private func probe(_ key: UnsafeRawBufferPointer) -> (slot: Int, found: Int32?) {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return arena.withUnsafeBytes { arena in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let entry = slots[slot]
                    if entry.positionPlusOne == 0 { return (slot, nil) }
                    if Int(entry.length) == key.count && Self.bytesEqual(arena.baseAddress.map { $0 + entry.start }, key.baseAddress, key.count) {
                        return (slot, entry.positionPlusOne - 1)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Byte equality, eight at a time: ids are short, a call to `memcmp` costs more than the work.
    @inline(__always)
    static func bytesEqual(_ a: UnsafeRawPointer?, _ b: UnsafeRawPointer?, _ count: Int) -> Bool {
        guard count > 0, let a, let b else { return true }
        var offset = 0
        while offset + 8 <= count {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < count {
            if a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }

    /// The position of the actor whose id is spelled `key` byte for byte.
    func position(spelled key: UnsafeRawBufferPointer) -> Int32? { probe(key).found }

    /// How a relation end names its actor.
    enum Match: Equatable {
        /// Spelled exactly as the actor's id.
        case spelled(Int32)
        /// Canonically equal to the actor's id but spelled differently.
        case equivalent(Int32)
        case unknown
    }

    /// Resolves an end whose bytes are `key` (undecoded, no escapes) or whose decoded text is `text`.
    mutating func match(bytes key: UnsafeRawBufferPointer, isASCII: Bool) -> Match {
        if let position = position(spelled: key) { return .spelled(position) }
        if isASCII && allASCII { return .unknown }
        return equivalent(String(decoding: key, as: UTF8.self))
    }

    /// Loads the slot and the id bytes each key's probe will read first, for a batch of keys.
    ///
    /// A probe is two cache misses (its slot, then the id bytes to compare), and between two
    /// relations the scan does enough work that the processor never overlaps them. Loading a
    /// batch's slots, then their ids, in tight loops of independent loads lets the misses overlap;
    /// the probes that follow find their lines in cache.
    mutating func warm(_ keys: [UnsafeRawBufferPointer]) {
        var firstSlots: [Int] = []
        firstSlots.reserveCapacity(keys.count)
        var sink: UInt8 = 0
        slots.withUnsafeBufferPointer { slots in
            for key in keys {
                let slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
                firstSlots.append(slot)
                sink &+= UInt8(truncatingIfNeeded: slots[slot].positionPlusOne)
            }
            arena.withUnsafeBufferPointer { arena in
                for slot in firstSlots where slots[slot].positionPlusOne != 0 && slots[slot].length > 0 {
                    sink &+= arena[slots[slot].start]
                }
            }
        }
        warmed &+= sink
    }

    /// Resolves an end given as decoded text (it held escapes).
    mutating func match(text: String) -> Match {
        var text = text
        let spelled = text.withUTF8 { position(spelled: UnsafeRawBufferPointer($0)) }
        if let spelled { return .spelled(spelled) }
        if allASCII && text.utf8.allSatisfy({ $0 < 0x80 }) { return .unknown }
        return equivalent(text)
    }

    /// The position of the actor whose id equals `text` (canonical equivalence), without
    /// building the fallback table: a linear scan when bytes alone cannot tell.
    func position(of text: String) -> Int32? {
        var text = text
        if let spelled = text.withUTF8({ position(spelled: UnsafeRawBufferPointer($0)) }) { return spelled }
        if allASCII && text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        if let byString { return byString[text] }
        return ids.firstIndex { $0 == text }.map(Int32.init)
    }

    private mutating func equivalent(_ text: String) -> Match {
        if byString == nil {
            var table = [String: Int32](minimumCapacity: ids.count)
            for (position, id) in ids.enumerated() where table[id] == nil { table[id] = Int32(position) }
            byString = table
        }
        return byString![text].map(Match.equivalent) ?? .unknown
    }

    /// A fast 64-bit hash of a short byte string, eight bytes at a time.
    @inline(__always)
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ key.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset ..< key.count { tail |= UInt64(key[index]) << (8 * UInt64(index - offset)) }
        // MurmurHash3's finaliser: every input bit reaches the low bits the slot index uses.
        hash ^= tail
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        hash = (hash ^ (hash >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
