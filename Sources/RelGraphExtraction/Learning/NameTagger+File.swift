import Foundation

/// Reading and writing ``NameTagger`` files (format: `Learning/MODELFORMAT.md`).
extension NameTagger {
    static let magic: [UInt8] = Array("RGNT".utf8)

    /// The tagger bundled with relgraph, learned by `relgraph train`.
    public static func bundled() throws -> NameTagger {
        guard let url = BundledModel.url("names.rgmodel") else {
            throw RelationModelError.missingBundledModel
        }
        return try load(contentsOf: url)
    }

    public static func load(contentsOf url: URL) throws -> NameTagger {
        let file = try ModelBytesReader.mapFile(url)
        return try NameTagger.decoded(from: UnsafeRawBufferPointer(file.bytes), memory: file)
    }

    public func encoded() -> [UInt8] { encoded(format: ModelBytesReader.currentFormat) }

    /// The file bytes in format 2 (weight columns), or 3 and later (the scoring table).
    func encoded(format: UInt32) -> [UInt8] {
        var out = ModelBytesWriter()
        out.bytes += Self.magic
        out.u32(format)
        out.u32(Self.featureVersion)
        out.u32(UInt32(FeatureHashing.bits))
        out.u32(UInt32(Self.labels.count))
        for label in Self.labels { out.string(label) }
        out.weights(weights, format: format)
        out.finish(format: format)
        return out.bytes
    }

    public init(decoding bytes: [UInt8]) throws {
        self = try bytes.withUnsafeBytes { try Self.decoded(from: $0, memory: nil) }
    }

    /// The tagger in `bytes`; with `memory` (the mapping `bytes` lie in) a format 3 weight table
    /// is used where it lies.
    static func decoded(from bytes: UnsafeRawBufferPointer, memory: ModelMemory?) throws -> NameTagger {
        var input = try ModelBytesReader(checking: bytes, magic: Self.magic)
        guard try input.u32() == Self.featureVersion else {
            throw RelationModelError.malformed(reason: "name tagger learned with another feature version; retrain with `relgraph train`")
        }
        guard try input.u32() == UInt32(FeatureHashing.bits) else { throw RelationModelError.malformed(reason: "other hashing size") }
        guard Int(try input.u32()) == Self.labels.count else { throw RelationModelError.malformed(reason: "other tag set") }
        for label in Self.labels where try input.string() != label {
            throw RelationModelError.malformed(reason: "other tag set")
        }
        let rows = try input.weights(labelCount: Self.labels.count, memory: memory)
        guard input.position == bytes.count - 8 else { throw RelationModelError.malformed(reason: "trailing bytes") }
        return NameTagger(rows: rows)
    }
}
