/// Little-endian output for ``LexiconSnapshot``: integers, and strings as indices into one table
/// of distinct strings (actor ids and languages repeat thousands of times; each is stored once).
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []
    private var stringIndex: [String: UInt32] = [:]
    private(set) var strings: [String] = []

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(count: Int) { append(UInt32(count)) }

    /// A string as its index in the string table.
    mutating func append(_ string: String) {
        if let index = stringIndex[string] { return append(index) }
        let index = UInt32(strings.count)
        stringIndex[string] = index
        strings.append(string)
        append(index)
    }

    /// An optional string: `UInt32.max` for nil.
    mutating func append(optional string: String?) {
        if let string { append(string) } else { append(UInt32.max) }
    }

    /// The string table: a count, then each string's UTF-8 length and bytes.
    func stringTable() -> [UInt8] {
        var table = SnapshotWriter()
        table.append(count: strings.count)
        for string in strings {
            table.append(count: string.utf8.count)
            table.bytes.append(contentsOf: string.utf8)
        }
        return table.bytes
    }
}

/// Reads what ``SnapshotWriter`` wrote, checking every count, index and length against the bytes
/// left: a damaged snapshot throws ``SnapshotReader/Damaged`` (the caller then parses the sources).
struct SnapshotReader {
    struct Damaged: Error {}

    let bytes: UnsafeRawBufferPointer
    var offset: Int
    var strings: [String] = []
    /// What `bytes` lie in, when sections may be kept there (``bytesInPlace(_:)``); nil copies them.
    var memory: SnapshotMemory?

    init(_ bytes: UnsafeRawBufferPointer, at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        guard offset + MemoryLayout<T>.size <= bytes.count else { throw Damaged() }
        defer { offset += MemoryLayout<T>.size }
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// A count of items that each take at least `minimumBytes`: larger than the bytes left means damage.
    mutating func count(minimumBytes: Int = 1) throws -> Int {
        let count = Int(try read(UInt32.self))
        guard count * minimumBytes <= bytes.count - offset else { throw Damaged() }
        return count
    }

    mutating func string() throws -> String {
        let index = Int(try read(UInt32.self))
        guard index < strings.count else { throw Damaged() }
        return strings[index]
    }

    /// The next string's index in the string table, checked.
    mutating func stringIndex() throws -> Int {
        let index = Int(try read(UInt32.self))
        guard index < strings.count else { throw Damaged() }
        return index
    }

    /// The string at `index` of the string table (from ``stringIndex()``).
    func string(at index: Int) throws -> String {
        guard index < strings.count else { throw Damaged() }
        return strings[index]
    }

    mutating func optionalString() throws -> String? {
        let index = try read(UInt32.self)
        return index == UInt32.max ? nil : strings[try checked(Int(index))]
    }

    private func checked(_ index: Int) throws -> Int {
        guard index < strings.count else { throw Damaged() }
        return index
    }

    /// A value of a `RawRepresentable` enum stored as its raw string.
    mutating func value<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Damaged() }
        return value
    }

    mutating func readStringTable() throws {
        let count = try count(minimumBytes: 4)
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = Int(try read(UInt32.self))
            guard length <= bytes.count - offset else { throw Damaged() }
            let utf8 = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]).bindMemory(to: UInt8.self)
            // `String(decoding:)` is specialised for UTF-8 (`String(validating:)` looks generic
            // metadata up per call: a tenth of the decoding); it repairs invalid bytes, and the
            // payload digest has already vouched for these.
            strings.append(String(decoding: utf8, as: UTF8.self))
            offset += length
        }
    }
}

/// 64-bit digests of bytes: words folded as `h = (h ^ w) &* p` (FNV's prime), the length in the
/// last word. Not cryptographic: they tell a changed or damaged file from the one a snapshot was
/// made of.
package enum SnapshotDigest {
    static let basis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// One fold over every word in turn (the data files' fingerprint, and the model files'
    /// checksum in formats 2 to 4).
    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        folding(bytes, from: 0, into: basis)
    }

    /// Four folds, each over every fourth word, then folded together with the tail: the same
    /// step, but four multiplications in flight instead of one after another. Every `extract`
    /// checks the lexicon snapshot (from format 6) and both model files (from format 5), some
    /// 5.7 MB, before it reads a word (`Benchmarks/startup`).
    package static func ofFourLanes(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes = (basis, basis ^ 1, basis ^ 2, basis ^ 3)
        var offset = 0
        while offset + 32 <= bytes.count {
            lanes.0 = (lanes.0 ^ word(bytes, at: offset)) &* prime
            lanes.1 = (lanes.1 ^ word(bytes, at: offset + 8)) &* prime
            lanes.2 = (lanes.2 ^ word(bytes, at: offset + 16)) &* prime
            lanes.3 = (lanes.3 ^ word(bytes, at: offset + 24)) &* prime
            offset += 32
        }
        var hash = basis
        hash = (hash ^ lanes.0) &* prime
        hash = (hash ^ lanes.1) &* prime
        hash = (hash ^ lanes.2) &* prime
        hash = (hash ^ lanes.3) &* prime
        return folding(bytes, from: offset, into: hash)
    }

    /// `hash` folded with every whole word from `offset` on, then with the tail.
    private static func folding(_ bytes: UnsafeRawBufferPointer, from offset: Int, into hash: UInt64) -> UInt64 {
        var hash = hash, offset = offset
        while offset + 8 <= bytes.count {
            hash = (hash ^ word(bytes, at: offset)) &* prime
            offset += 8
        }
        return (hash ^ tail(bytes, from: offset)) &* prime
    }

    @inline(__always)
    private static func word(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The last partial word, zero-padded, with the byte count in its top byte.
    private static func tail(_ bytes: UnsafeRawBufferPointer, from offset: Int) -> UInt64 {
        var tail = UInt64(bytes.count - offset) << 56
        for (shift, index) in (offset..<bytes.count).enumerated() { tail |= UInt64(bytes[index]) << (8 * shift) }
        return tail
    }
}
