import Foundation
import RelGraphCore
import RelGraphQuery

/// The generator's binary column file (see generate.py), read straight into relations.
struct GeneratedGraph {
    var actorTypes: [ActorType]
    var relations: [IndexedRelation]

    init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        guard data.count >= 20, data.prefix(4) == Data("RGQ1".utf8) else {
            throw RelGraphError.badInput("\(path): not a generate.py graph")
        }
        (actorTypes, relations) = data.withUnsafeBytes { raw in
            let n = Int(raw.loadUnaligned(fromByteOffset: 4, as: Int64.self))
            let m = Int(raw.loadUnaligned(fromByteOffset: 12, as: Int64.self))
            var offset = 20
            let types = (0 ..< n).map { ActorType.allCases[Int(raw[offset + $0])] }
            offset += n
            let sources = offset, targets = offset + 4 * m, kinds = offset + 8 * m
            let confidences = kinds + m, evidence = confidences + 4 * m
            let relations = (0 ..< m).map { e in
                IndexedRelation(
                    source: raw.loadUnaligned(fromByteOffset: sources + 4 * e, as: Int32.self),
                    target: raw.loadUnaligned(fromByteOffset: targets + 4 * e, as: Int32.self),
                    type: RelationType.allCases[Int(raw[kinds + e])],
                    confidence: Double(raw.loadUnaligned(fromByteOffset: confidences + 4 * e, as: Float.self)),
                    evidenceCount: Int(raw[evidence + e]))
            }
            return (types, relations)
        }
    }
}

/// Query pairs, one "from to" a line.
func readPairs(_ path: String) throws -> [(Int32, Int32)] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
        let parts = line.split(separator: " ")
        return (Int32(parts[0])!, Int32(parts[1])!)
    }
}
