/// A snapshot's surface index (folded key → ``SurfaceEntry`` list) queried where it lies, in
/// fixed-size records sorted by key, instead of rebuilt as a dictionary of 10,000 keys and
/// 17,000 entries at every start (a fifth of a one-sentence `extract`, Benchmarks/startup).
///
/// Section layout (integers little-endian; strings are indices into the snapshot's string table):
///
/// | bytes | content |
/// |---|---|
/// | 4 + 4 × K | K, then the raw value of each ``SurfaceKind`` this file uses (entries name one by its position here) |
/// | 4 + 4 | key count N, entry count M |
/// | 20 × N | key, first entry, entry count, the key's ``ASCIIPrefix`` (8 bytes); sorted by key with `String`'s `<` |
/// | 14 × M | actor, kind position (1 byte), language (`UInt32.max`: none), flags (1 byte: 1 ambiguous, 2 case-sensitive), form |
///
/// Keys are compared as `String`s (canonical equivalence, as the dictionary did), by binary search,
/// their prefixes first (stored with them, so that reading the file computes none). Every index is
/// checked when the snapshot is read (``read(from:)``): a lookup cannot fail; the prefixes are
/// covered by the snapshot's digest.
struct SnapshotSurfaceIndex: @unchecked Sendable {
    /// The section, where the snapshot lies (``SnapshotMemory``, which `memory` keeps alive).
    private let records: UnsafeRawBufferPointer
    private let memory: SnapshotMemory
    private let strings: [String]
    private let kinds: [SurfaceKind]
    private let keyCount: Int
    private let entryCount: Int

    static let keyBytes = 20
    static let entryBytes = 14

    /// The entries of `key` in the order they were built; empty when the key is unknown.
    func entries(for key: String) -> [SurfaceEntry] {
        guard let position = position(of: key) else { return [] }
        let first = word(at: position * Self.keyBytes + 4), count = word(at: position * Self.keyBytes + 8)
        return (first ..< first + count).map(entry)
    }

    /// Every key, sorted.
    var keys: [String] { (0 ..< keyCount).map { strings[word(at: $0 * Self.keyBytes)] } }

    var count: Int { keyCount }

    /// Every key with its entries, in key order, without building a dictionary.
    func forEach(_ body: (String, [SurfaceEntry]) -> Void) {
        for position in 0 ..< keyCount {
            let first = word(at: position * Self.keyBytes + 4), count = word(at: position * Self.keyBytes + 8)
            body(strings[word(at: position * Self.keyBytes)], (first ..< first + count).map(entry))
        }
    }

    /// The whole index as the dictionary ``LexiconBuilder`` builds (snapshot writing, tests).
    var dictionary: [String: [SurfaceEntry]] {
        var index: [String: [SurfaceEntry]] = [:]
        index.reserveCapacity(keyCount)
        forEach { index[$0] = $1 }
        return index
    }

    private var entriesStart: Int { keyCount * Self.keyBytes }

    /// The most words (space-separated) of a key that is `first` or starts with `first` and a
    /// space; 0 when there is none. Those keys lie side by side in key order: a search, then a
    /// walk over them.
    func maxWords(startingWith first: String) -> Int {
        var most = position(of: first) == nil ? 0 : 1
        let prefix = first + " "
        var index = lowerBound(of: prefix)
        while index < keyCount, let words = Self.wordCount(of: strings[word(at: index * Self.keyBytes)], startingWith: prefix) {
            most = max(most, words)
            index += 1
        }
        return most
    }

    /// How many words (space-separated) `key` has, when its UTF-8 bytes start with those of
    /// `prefix`; else nil. On the strings' contiguous bytes (the table's strings and the prefix
    /// are native: `withUTF8` copies neither), not through the generic UTF-8 view.
    private static func wordCount(of key: String, startingWith prefix: String) -> Int? {
        var key = key, prefix = prefix
        return key.withUTF8 { key in
            prefix.withUTF8 { prefix -> Int? in
                guard key.count >= prefix.count, UnsafeBufferPointer(rebasing: key[..<prefix.count]).elementsEqual(prefix) else {
                    return nil
                }
                var words = 1
                for byte in key where byte == UInt8(ascii: " ") { words += 1 }
                return words
            }
        }
    }

    private func position(of key: String) -> Int? {
        let low = lowerBound(of: key)
        return low < keyCount && strings[word(at: low * Self.keyBytes)] == key ? low : nil
    }

    /// The position of the first key not below `key`: one comparison per step (most lookups
    /// miss, and testing equality on the way took two).
    private func lowerBound(of key: String) -> Int {
        var low = 0, high = keyCount
        let keyPrefix = ASCIIPrefix.of(key)
        while low < high {
            let middle = (low + high) / 2
            if ASCIIPrefix.isBelow(prefix(at: middle), { strings[word(at: middle * Self.keyBytes)] }, keyPrefix, key) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    private func entry(_ index: Int) -> SurfaceEntry {
        let offset = entriesStart + index * Self.entryBytes
        let language = UInt32(littleEndian: records.loadUnaligned(fromByteOffset: offset + 5, as: UInt32.self))
        let flags = records[offset + 9]
        return SurfaceEntry(actorID: strings[word(at: offset)], kind: kinds[Int(records[offset + 4])],
                            language: language == UInt32.max ? nil : strings[Int(language)],
                            ambiguous: flags & 1 != 0, caseSensitive: flags & 2 != 0, form: strings[word(at: offset + 10)])
    }

    /// The stored ``ASCIIPrefix`` of the key at `position`.
    private func prefix(at position: Int) -> UInt64 {
        UInt64(littleEndian: records.loadUnaligned(fromByteOffset: position * Self.keyBytes + 12, as: UInt64.self))
    }

    private func word(at offset: Int) -> Int {
        Int(UInt32(littleEndian: records.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }

    /// Writes `index` in the section layout.
    static func encode(_ index: [String: [SurfaceEntry]], into out: inout SnapshotWriter) {
        let kinds = SurfaceKind.allCases
        out.append(count: kinds.count)
        for kind in kinds { out.append(kind.rawValue) }
        let sorted = index.sorted { $0.key < $1.key }
        out.append(count: sorted.count)
        out.append(count: sorted.reduce(0) { $0 + $1.value.count })
        var first = 0
        for (key, entries) in sorted {
            out.append(key)
            out.append(count: first)
            out.append(count: entries.count)
            out.append(ASCIIPrefix.of(key))
            first += entries.count
        }
        for (_, entries) in sorted {
            for entry in entries {
                out.append(entry.actorID)
                out.append(UInt8(kinds.firstIndex(of: entry.kind)!))
                out.append(optional: entry.language)
                out.append(UInt8(entry.ambiguous ? 1 : 0) | UInt8(entry.caseSensitive ? 2 : 0))
                out.append(entry.form)
            }
        }
    }

    /// Reads the section at `input`'s offset, checking every index, count and kind.
    static func read(from input: inout SnapshotReader) throws -> SnapshotSurfaceIndex {
        var kinds: [SurfaceKind] = []
        for _ in 0 ..< (try input.count(minimumBytes: 4)) { kinds.append(try input.value(SurfaceKind.self)) }
        let keyCount = Int(try input.read(UInt32.self)), entryCount = Int(try input.read(UInt32.self))
        let length = keyCount * keyBytes + entryCount * entryBytes
        guard length <= input.bytes.count - input.offset else { throw SnapshotReader.Damaged() }
        let (records, memory) = input.bytesInPlace(input.offset ..< input.offset + length)
        input.offset += length
        let strings = input.strings.count
        let bytes = records
        func word(_ offset: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
        var expectedFirst = 0
        for position in 0 ..< keyCount {
            let offset = position * keyBytes
            // Entries follow their keys in order, without gaps: each list lies inside the section.
            guard word(offset) < strings, word(offset + 4) == expectedFirst else { throw SnapshotReader.Damaged() }
            expectedFirst += word(offset + 8)
        }
        guard expectedFirst == entryCount else { throw SnapshotReader.Damaged() }
        for index in 0 ..< entryCount {
            let offset = keyCount * keyBytes + index * entryBytes
            let language = word(offset + 5)
            guard word(offset) < strings, Int(bytes[offset + 4]) < kinds.count, language == Int(UInt32.max) || language < strings,
                  bytes[offset + 9] <= 3, word(offset + 10) < strings else { throw SnapshotReader.Damaged() }
        }
        return SnapshotSurfaceIndex(records: records, memory: memory, strings: input.strings, kinds: kinds, keyCount: keyCount,
                                    entryCount: entryCount)
    }
}
