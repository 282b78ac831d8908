import Foundation

/// How common a word is in ordinary text of each language, in Zipf bands: 3 (about once per
/// million words), 4, 5, 6 (once per thousand or more); rarer words have no band.
///
/// The name tagger reads it as a feature: a capitalised word that is rare in ordinary text
/// ("Kramatorsk") is more often a name than a common one ("Forces", "Regierung"). The table is
/// generated from `wordfreq` by `scripts/knowledge/generate-word-frequencies.py` and holds hashes
/// of folded words, not the words (format in that script).
public struct WordFrequencies: Sendable {
    /// One language's columns where they lie in `memory`: `count` hashes (`u32`, ascending) from
    /// byte `hashes`, then `count` bands from byte `bands`.
    private struct Table: Sendable {
        var hashes: Int
        var bands: Int
        var count: Int
    }
    /// By ``Language/position``.
    private var tables = [Table?](repeating: nil, count: Language.allCases.count)
    /// The file: mapped for the bundled table, a copy otherwise.
    private let memory: ModelMemory

    /// The table bundled with relgraph (empty if its file is missing, which a test guards).
    /// Mapped and read where it lies: copying its 650 KB of columns cost 160 pages of memory
    /// written at every `extract` (Benchmarks/startup); a lookup touches a few pages.
    public static let bundled: WordFrequencies = {
        guard let url = BundledModel.url("words.rgfreq"), let file = try? ModelBytesReader.mapFile(url),
              let table = try? WordFrequencies(memory: file) else { return WordFrequencies() }
        return table
    }()

    init() { memory = ModelMemory(byteCount: 0) }

    /// Reads the file format the generator writes.
    init(decoding bytes: [UInt8]) throws {
        try self.init(memory: bytes.withUnsafeBytes { ModelMemory(copying: $0) })
    }

    /// Reads the file format the generator writes, in place: each language's columns are checked
    /// to lie inside the file, and searched there.
    private init(memory: ModelMemory) throws {
        self.memory = memory
        let bytes = UnsafeRawBufferPointer(memory.bytes)
        var offset = 0
        func u32() throws -> UInt32 {
            guard offset + 4 <= bytes.count else { throw RelationModelError.malformed(reason: "word table truncated") }
            defer { offset += 4 }
            return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }
        guard bytes.starts(with: Array("RGWF".utf8)) else { throw RelationModelError.malformed(reason: "not a word table") }
        offset = 4
        guard try u32() == 1 else { throw RelationModelError.malformed(reason: "unknown word table version") }
        let languages = try u32()
        for _ in 0..<languages {
            guard offset + 2 <= bytes.count else { throw RelationModelError.malformed(reason: "word table truncated") }
            let code = String(decoding: bytes[offset..<(offset + 2)], as: UTF8.self)
            offset += 2
            let count = Int(try u32())
            guard count <= (bytes.count - offset) / 5 else { throw RelationModelError.malformed(reason: "word table truncated") }
            if let language = Language(rawValue: code) { tables[language.position] = Table(hashes: offset, bands: offset + 4 * count, count: count) }
            offset += 5 * count
        }
    }

    /// The band of a folded word in `language`, nil when the word is rarer than band 3.
    public func band(of folded: String, in language: Language) -> Int? {
        guard let table = tables[language.position] else { return nil }
        let key = Self.hash(folded)
        let bytes = UnsafeRawBufferPointer(memory.bytes)
        func hash(at index: Int) -> UInt32 {
            UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: table.hashes + 4 * index, as: UInt32.self))
        }
        var low = 0, high = table.count
        while low < high {
            let middle = (low + high) / 2
            if hash(at: middle) < key { low = middle + 1 } else { high = middle }
        }
        guard low < table.count, hash(at: low) == key else { return nil }
        return Int(bytes[table.bands + low])
    }

    /// How many words `language` has in the table.
    public func count(in language: Language) -> Int { tables[language.position]?.count ?? 0 }

    /// FNV-1a, 32 bits, over the UTF-8 bytes (the generator's hash).
    static func hash(_ text: String) -> UInt32 {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value &*= 0x0100_0193
        }
        return value
    }
}
