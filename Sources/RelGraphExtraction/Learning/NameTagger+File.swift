import Foundation

/// Reading and writing ``NameTagger`` files (format: `Learning/MODELFORMAT.md`).
extension NameTagger {
    static let magic: [UInt8] = Array("RGNT".utf8)

    /// The tagger bundled with relgraph, learned by `relgraph train`.
    public static func bundled() throws -> NameTagger {
        guard let url = Bundle.module.url(forResource: "names", withExtension: "rgmodel", subdirectory: "Model") else {
            throw RelationModelError.missingBundledModel
        }
        return try load(contentsOf: url)
    }

    public static func load(contentsOf url: URL) throws -> NameTagger {
        guard let data = try? Data(contentsOf: url) else { throw RelationModelError.unreadable(path: url.path) }
        return try NameTagger(decoding: [UInt8](data))
    }

    public func encoded() -> [UInt8] {
        var out = ModelBytesWriter()
        out.bytes += Self.magic
        out.u32(RelationModel.formatVersion)
        out.u32(Self.featureVersion)
        out.u32(UInt32(FeatureHashing.bits))
        out.u32(UInt32(Self.labels.count))
        for label in Self.labels { out.string(label) }
        out.postings(weights)
        out.u64(ModelBytesWriter.checksum(out.bytes))
        return out.bytes
    }

    public init(decoding bytes: [UInt8]) throws {
        var input = try ModelBytesReader(checking: bytes, magic: Self.magic)
        guard try input.u32() == RelationModel.formatVersion else { throw RelationModelError.malformed(reason: "unknown format version") }
        guard try input.u32() == Self.featureVersion else {
            throw RelationModelError.malformed(reason: "name tagger learned with another feature version; retrain with `relgraph train`")
        }
        guard try input.u32() == UInt32(FeatureHashing.bits) else { throw RelationModelError.malformed(reason: "other hashing size") }
        guard Int(try input.u32()) == Self.labels.count else { throw RelationModelError.malformed(reason: "other tag set") }
        for label in Self.labels where try input.string() != label {
            throw RelationModelError.malformed(reason: "other tag set")
        }
        self.init(weights: try input.postings(labelCount: Self.labels.count))
        guard input.position == bytes.count - 8 else { throw RelationModelError.malformed(reason: "trailing bytes") }
    }
}

extension ModelBytesWriter {
    /// Weights sorted by slot, then label: the same model gives the same bytes.
    mutating func postings(_ weights: SparseWeights) {
        u32(UInt32(weights.count))
        weights.forEach { slot, label, weight in
            u32(UInt32(slot))
            u16(label)
            f32(weight)
        }
    }
}

extension ModelBytesReader {
    /// A reader past the magic, after checking the magic and the trailing checksum.
    init(checking bytes: [UInt8], magic: [UInt8]) throws {
        guard bytes.count >= magic.count + 8, Array(bytes[0..<magic.count]) == magic else {
            throw RelationModelError.malformed(reason: "not a relgraph model file")
        }
        let stored = bytes[(bytes.count - 8)...].withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        guard UInt64(littleEndian: stored) == ModelBytesWriter.checksum(Array(bytes[..<(bytes.count - 8)])) else {
            throw RelationModelError.malformed(reason: "checksum mismatch (damaged file)")
        }
        self.init(bytes: bytes)
        position = magic.count
    }

    mutating func postings(labelCount: Int) throws -> SparseWeights {
        let count = Int(try u32())
        guard count <= (bytes.count - position) / 10 else { throw RelationModelError.malformed(reason: "weight count past the end") }
        var weights = SparseWeights()
        var previous: (slot: UInt32, label: UInt16)?
        for _ in 0..<count {
            let slot = try u32(), label = try u16(), weight = try f32()
            guard slot < UInt32(FeatureHashing.slotCount), Int(label) < labelCount, weight.isFinite else {
                throw RelationModelError.malformed(reason: "weight entry out of range")
            }
            if let previous, (previous.slot, previous.label) >= (slot, label) {
                throw RelationModelError.malformed(reason: "weights out of order")
            }
            previous = (slot, label)
            weights.append(slot: Int32(slot), label: label, weight: weight)
        }
        return weights
    }
}
