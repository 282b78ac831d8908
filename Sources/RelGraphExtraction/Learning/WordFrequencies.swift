import Foundation

/// How common a word is in ordinary text of each language, in Zipf bands: 3 (about once per
/// million words), 4, 5, 6 (once per thousand or more); rarer words have no band.
///
/// The name tagger reads it as a feature: a capitalised word that is rare in ordinary text
/// ("Kramatorsk") is more often a name than a common one ("Forces", "Regierung"). The table is
/// generated from `wordfreq` by `scripts/knowledge/generate-word-frequencies.py` and holds hashes
/// of folded words, not the words (format in that script).
public struct WordFrequencies: Sendable {
    private struct Table: Sendable {
        var hashes: [UInt32]
        var bands: [UInt8]
    }
    private var tables: [Language: Table] = [:]

    /// The table bundled with relgraph (empty if its file is missing, which a test guards).
    /// Mapped, not read: a copy of 650 KB into `Data`, then into an array, then word by word into
    /// the tables was 6 % of a one-sentence `extract`.
    public static let bundled: WordFrequencies = {
        guard let url = BundledModel.url("words.rgfreq"),
              let table = try? ModelBytesReader.withMappedFile(url, { try WordFrequencies(decoding: $0) }) else { return WordFrequencies() }
        return table
    }()

    init() {}

    /// Reads the file format the generator writes.
    init(decoding bytes: [UInt8]) throws {
        self = try bytes.withUnsafeBytes { try WordFrequencies(decoding: $0) }
    }

    /// Reads the file format the generator writes; each language's columns are copied whole.
    init(decoding bytes: UnsafeRawBufferPointer) throws {
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
            let hashes = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    buffer[index] = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4 * index, as: UInt32.self))
                }
                initialized = count
            }
            offset += 4 * count
            let bands = Array(bytes[offset..<(offset + count)])
            offset += count
            if let language = Language(rawValue: code) { tables[language] = Table(hashes: hashes, bands: bands) }
        }
    }

    /// The band of a folded word in `language`, nil when the word is rarer than band 3.
    public func band(of folded: String, in language: Language) -> Int? {
        guard let table = tables[language] else { return nil }
        let key = Self.hash(folded)
        var low = 0, high = table.hashes.count
        while low < high {
            let middle = (low + high) / 2
            if table.hashes[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < table.hashes.count, table.hashes[low] == key else { return nil }
        return Int(table.bands[low])
    }

    /// How many words `language` has in the table.
    public func count(in language: Language) -> Int { tables[language]?.hashes.count ?? 0 }

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
