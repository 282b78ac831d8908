import Foundation
import RelGraphCore

/// Reading and writing ``RelationModel`` files (format: `Learning/MODELFORMAT.md`).
extension RelationModel {
    static let magic: [UInt8] = Array("RGRM".utf8)

    /// The model bundled with relgraph, learned by `relgraph train` from annotated news.
    public static func bundled() throws -> RelationModel {
        guard let url = BundledModel.url("relations.rgmodel") else {
            throw RelationModelError.missingBundledModel
        }
        return try load(contentsOf: url)
    }

    public static func load(contentsOf url: URL) throws -> RelationModel {
        let file = try ModelBytesReader.mapFile(url)
        return try RelationModel.decoded(from: UnsafeRawBufferPointer(file.bytes), memory: file)
    }

    /// The file bytes: deterministic for the same model (weights sorted by slot, then label).
    public func encoded() -> [UInt8] { encoded(format: ModelBytesReader.currentFormat) }

    /// The file bytes in format 2 (weight columns) or 3 (the scoring table), or 4 (3 with the
    /// confidence calibration).
    func encoded(format: UInt32) -> [UInt8] {
        var out = ModelBytesWriter()
        out.bytes += Self.magic
        out.u32(format)
        out.u32(Self.featureVersion)
        out.u32(UInt32(FeatureHashing.bits))
        out.f64(threshold)
        out.u32(UInt32(labels.count))
        for (label, bias) in zip(labels, biases) {
            // Explicit names, not enum positions: reordering an enum must not change what a file means.
            out.string(label.type.rawValue)
            out.string(label.direction.rawValue)
            out.f32(bias)
        }
        for table in [typeThresholds, ruleConfidences] {
            out.u32(UInt32(table.count))
            for type in table.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                out.string(type.rawValue)
                out.f64(table[type]!)
            }
        }
        if format >= 4 {
            out.f64(calibration.slope)
            out.f64(calibration.intercept)
        }
        out.weights(weights, format: format)
        out.finish(format: format)
        return out.bytes
    }

    /// Parses and checks a model file.
    public init(decoding bytes: [UInt8]) throws {
        self = try bytes.withUnsafeBytes { try Self.decoded(from: $0, memory: nil) }
    }

    /// The model in `bytes`; with `memory` (the mapping `bytes` lie in) a format 3 weight table
    /// is used where it lies.
    static func decoded(from bytes: UnsafeRawBufferPointer, memory: ModelMemory?) throws -> RelationModel {
        var input = try ModelBytesReader(checking: bytes, magic: Self.magic)
        guard try input.u32() == Self.featureVersion else {
            throw RelationModelError.malformed(reason: "learned with another feature version; retrain with `relgraph train`")
        }
        guard try input.u32() == UInt32(FeatureHashing.bits) else { throw RelationModelError.malformed(reason: "other hashing size") }
        let threshold = try input.f64()
        guard threshold.isFinite, threshold > 0, threshold < 1 else { throw RelationModelError.malformed(reason: "threshold out of (0, 1)") }
        let labelCount = Int(try input.u32())
        guard labelCount <= 64 else { throw RelationModelError.malformed(reason: "too many labels") }
        var labels: [RelationLabel] = [], biases: [Float] = []
        for _ in 0..<labelCount {
            let typeName = try input.string(), directionName = try input.string()
            guard let type = RelationType(rawValue: typeName), let direction = RelationLabel.Direction(rawValue: directionName) else {
                throw RelationModelError.malformed(reason: "unknown label \(typeName)/\(directionName)")
            }
            labels.append(RelationLabel(type: type, direction: direction))
            let bias = try input.f32()
            guard bias.isFinite else { throw RelationModelError.malformed(reason: "non-finite bias") }
            biases.append(bias)
        }
        let typeThresholds = try input.probabilitiesByType(allowingOne: true)
        let ruleConfidences = try input.probabilitiesByType()
        var calibration = ConfidenceCalibration.identity
        if input.format >= 4 {
            calibration = ConfidenceCalibration(slope: try input.f64(), intercept: try input.f64())
            // A slope of 0 or below would flatten or reverse the order of confidences.
            guard calibration.slope.isFinite, calibration.slope > 0, calibration.slope <= 100,
                  calibration.intercept.isFinite, abs(calibration.intercept) <= 100 else {
                throw RelationModelError.malformed(reason: "confidence calibration out of range")
            }
        }
        let index = try input.weights(labelCount: labelCount, memory: memory)
        guard input.position == bytes.count - 8 else { throw RelationModelError.malformed(reason: "trailing bytes") }
        var model = RelationModel(labels: labels, biases: biases, index: index, threshold: threshold)
        model.typeThresholds = typeThresholds
        model.ruleConfidences = ruleConfidences
        model.calibration = calibration
        return model
    }
}

extension ModelBytesReader {
    /// A table of probabilities by relation type: a count, then (type name, value in (0, 1), or
    /// exactly 1 where `allowingOne`).
    mutating func probabilitiesByType(allowingOne: Bool = false) throws -> [RelationType: Double] {
        var table: [RelationType: Double] = [:]
        let count = Int(try u32())
        guard count <= RelationType.allCases.count else { throw RelationModelError.malformed(reason: "too many relation types") }
        for _ in 0..<count {
            let name = try string()
            guard let type = RelationType(rawValue: name) else { throw RelationModelError.malformed(reason: "unknown relation type \(name)") }
            let value = try f64()
            guard value.isFinite, value > 0, value < 1 || (allowingOne && value == 1) else {
                throw RelationModelError.malformed(reason: "probability out of (0, 1)")
            }
            table[type] = value
        }
        return table
    }
}
