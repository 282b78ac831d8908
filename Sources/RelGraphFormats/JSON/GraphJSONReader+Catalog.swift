import Foundation
import RelGraphCore

/// The scan behind ``GraphCatalog``: the same walk as ``GraphJSONReader/read(_:)``, failing on the
/// same input with the same message, but relations are kept as columns and byte ranges and their
/// strings are checked, never built.
extension GraphJSONReader {
    /// What the scan found. `problem` is the first relation ``GraphJSON/validate(_:source:)`` would
    /// reject; the caller reports it (after the duplicate-id check, as `validate` does).
    struct CatalogScan {
        var actors: [Actor] = []
        var ids = ActorIDTable(ids: [])
        var relations = RelationColumns()
        var problem: RelationProblem?
    }

    /// Relations are resolved this many at a time (see ``ActorIDTable/warm(_:)``).
    static let resolutionBatch = 64

    /// A relation ``GraphJSON/validate(_:source:)`` rejects, with what its message names.
    enum RelationProblem: Equatable {
        case unknownActor(type: RelationType, id: String)
        case confidenceOutOfRange(source: String, target: String)
    }

    /// Relations as columns (struct of arrays): about 40 bytes each, no strings.
    struct RelationColumns {
        var sources: [Int32] = [], targets: [Int32] = []
        var types: [RelationType] = []
        var confidences: [Double] = []
        var evidenceCounts: [Int32] = []
        /// Byte range of each relation's object in the input.
        var ranges: [Range<Int>] = []
        /// Ends spelled differently from their actor's id (canonically equal): relation → (source, target).
        var spelledEnds: [Int32: (String, String)] = [:]
    }

    /// A relation's ends as written, before they are resolved to actor positions.
    struct WrittenEnds {
        var source: StringSpan
        var target: StringSpan
    }

    /// Scans `data` as a relgraph JSON graph.
    static func scanCatalog(_ data: Data) throws -> CatalogScan {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var reader = GraphJSONReader(bytes, at: textStart(bytes))
            var scan = CatalogScan()
            try reader.catalog(into: &scan)
            reader.skipWhitespace()
            guard reader.position == reader.bytes.count else { throw reader.failure("trailing characters after the graph") }
            return scan
        }
    }

    /// The top-level object. Relation ends are resolved as each relation is read when the actors
    /// came first (as `extract` writes them); when they come after (or come again: the last key
    /// wins, as in the full reader), the ends are read again from each relation's byte range.
    private mutating func catalog(into scan: inout CatalogScan) throws {
        var sawNodes = false, sawEdges = false
        try members(at: "top level") { reader, key in
            if try reader.span(key, is: "nodes") {
                scan.actors = try reader.array(at: "nodes") { reader, index in try reader.actor(at: "nodes.\(index)") }
                scan.ids = ActorIDTable(ids: scan.actors.map(\.id))
                sawNodes = true
                if sawEdges { try reader.resolveAgain(into: &scan) }
            } else if try reader.span(key, is: "edges") {
                scan.relations = RelationColumns()
                scan.problem = nil
                var batch: [WrittenEnds] = []
                batch.reserveCapacity(Self.resolutionBatch)
                try reader.elements(at: "edges") { reader, index in
                    let ends = try reader.relationColumns(at: index, into: &scan.relations)
                    guard sawNodes else { return }
                    batch.append(ends)
                    if batch.count == Self.resolutionBatch {
                        try reader.resolve(batch, from: index + 1 - batch.count, into: &scan)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                try reader.resolve(batch, from: scan.relations.types.count - batch.count, into: &scan)
                sawEdges = true
            } else if try reader.span(key, is: "documents") {
                // Checked as the full reader checks it; the query verbs do not need it.
                _ = try reader.documents()
            } else {
                try reader.skipValue()
            }
        }
        guard sawNodes else { throw Failure(message: "missing 'nodes' at top level") }
        guard sawEdges else { throw Failure(message: "missing 'edges' at top level") }
    }

    /// Resolves every relation read so far against the current actors.
    private func resolveAgain(into scan: inout CatalogScan) throws {
        scan.problem = nil
        scan.relations.spelledEnds = [:]
        var scratch = RelationColumns()
        for (index, range) in scan.relations.ranges.enumerated() {
            var again = GraphJSONReader(bytes, at: range.lowerBound)
            let ends = try again.relationColumns(at: index, into: &scratch)
            try resolve([ends], from: index, into: &scan)
        }
    }

    /// Resolves relations `first ..< first + batch.count`, warming the table for all their ends first.
    private func resolve(_ batch: [WrittenEnds], from first: Int, into scan: inout CatalogScan) throws {
        if batch.count > 1 {
            var keys: [UnsafeRawBufferPointer] = []
            keys.reserveCapacity(2 * batch.count)
            for ends in batch {
                keys.append(rawBytes(of: ends.source))
                keys.append(rawBytes(of: ends.target))
            }
            scan.ids.warm(keys)
        }
        for (offset, ends) in batch.enumerated() { try resolve(ends, ofRelation: first + offset, into: &scan) }
    }

    private func rawBytes(of span: StringSpan) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[span.start ..< span.end]))
    }

    /// Sets relation `index`'s ends to actor positions, and notes the first relation that names an
    /// unknown actor or has a confidence outside 0…1, in `validate`'s order.
    private func resolve(_ ends: WrittenEnds, ofRelation index: Int, into scan: inout CatalogScan) throws {
        let source = try match(ends.source, in: &scan.ids), target = try match(ends.target, in: &scan.ids)
        scan.relations.sources[index] = source.position ?? -1
        scan.relations.targets[index] = target.position ?? -1
        if source.isEquivalent || target.isEquivalent {
            scan.relations.spelledEnds[Int32(index)] = (try value(of: ends.source), try value(of: ends.target))
        }
        guard scan.problem == nil else { return }
        let type = scan.relations.types[index]
        if source == .unknown {
            scan.problem = .unknownActor(type: type, id: try value(of: ends.source))
        } else if target == .unknown {
            scan.problem = .unknownActor(type: type, id: try value(of: ends.target))
        } else if !(0...1).contains(scan.relations.confidences[index]) {
            scan.problem = .confidenceOutOfRange(source: try value(of: ends.source), target: try value(of: ends.target))
        }
    }

    private func match(_ span: StringSpan, in ids: inout ActorIDTable) throws -> ActorIDTable.Match {
        if span.hasEscapes { return ids.match(text: try value(of: span)) }
        return ids.match(bytes: rawBytes(of: span), isASCII: span.isASCII)
    }

    /// Relation `index` into `columns` (ends as -1 until resolved); returns its ends as written.
    private mutating func relationColumns(at index: Int, into columns: inout RelationColumns) throws -> WrittenEnds {
        let path = { "edges.\(index)" }
        skipWhitespace()
        let start = position
        var source: StringSpan?, target: StringSpan?, type: RelationType?, confidence: Double?, evidenceCount = 0
        try members(at: path()) { reader, key in
            if try reader.span(key, is: "source") {
                source = try reader.skippedString(at: "\(path()).source")
            } else if try reader.span(key, is: "target") {
                target = try reader.skippedString(at: "\(path()).target")
            } else if try reader.span(key, is: "type") {
                type = try reader.relationType(at: "\(path()).type")
            } else if try reader.span(key, is: "confidence") {
                confidence = try reader.optional { try $0.number(at: "\(path()).confidence") }
            } else if try reader.span(key, is: "evidence") {
                evidenceCount = try reader.optional { reader in
                    try reader.elements(at: "\(path()).evidence") { reader, item in
                        try reader.skipEvidence(at: "\(path()).evidence.\(item)")
                    }
                } ?? 0
            } else if try reader.span(key, is: "attributes") {
                _ = try reader.optional { try $0.stringObject(at: "\(path()).attributes") }
            } else {
                try reader.skipValue()
            }
        }
        guard let source else { throw Failure(message: "missing 'source' at \(path())") }
        guard let target else { throw Failure(message: "missing 'target' at \(path())") }
        guard let type else { throw Failure(message: "missing 'type' at \(path())") }
        columns.sources.append(-1)
        columns.targets.append(-1)
        columns.types.append(type)
        columns.confidences.append(confidence ?? 1)
        columns.evidenceCounts.append(Int32(clamping: evidenceCount))
        columns.ranges.append(start ..< position)
        return WrittenEnds(source: source, target: target)
    }

    /// An evidence object, checked as ``evidence(at:)`` checks it, nothing built.
    private mutating func skipEvidence(at path: @autoclosure () -> String) throws {
        var document = false, sentence = false, start = false, end = false
        try members(at: path()) { reader, key in
            if try reader.span(key, is: "document") {
                _ = try reader.skippedString(at: "\(path()).document")
                document = true
            } else if try reader.span(key, is: "sentence") {
                _ = try reader.skippedString(at: "\(path()).sentence")
                sentence = true
            } else if try reader.span(key, is: "date") {
                _ = try reader.optional { try $0.skippedString(at: "\(path()).date") }
            } else if try reader.span(key, is: "start") {
                _ = try reader.integer(at: "\(path()).start")
                start = true
            } else if try reader.span(key, is: "end") {
                _ = try reader.integer(at: "\(path()).end")
                end = true
            } else {
                try reader.skipValue()
            }
        }
        guard document else { throw Failure(message: "missing 'document' at \(path())") }
        guard sentence else { throw Failure(message: "missing 'sentence' at \(path())") }
        guard start else { throw Failure(message: "missing 'start' at \(path())") }
        guard end else { throw Failure(message: "missing 'end' at \(path())") }
    }

    /// A relation type name, matched on its bytes.
    private mutating func relationType(at path: @autoclosure () -> String) throws -> RelationType {
        let span = try skippedString(at: path())
        if span.hasEscapes {
            guard let type = RelationType(rawValue: try value(of: span)) else { throw Failure(message: "invalid value at \(path())") }
            return type
        }
        let count = span.end - span.start
        for (type, name) in Self.relationTypeNames where name.count == count {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress! + span.start, count) == 0 }) { return type }
        }
        throw Failure(message: "invalid value at \(path())")
    }

    private static let relationTypeNames = RelationType.allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// Decodes the relation whose object spans `range` of `data` (a range the scan recorded).
    static func relation(in data: Data, range: Range<Int>, index: Int) throws -> Relation {
        try data.withUnsafeBytes { raw in
            var reader = GraphJSONReader(raw.bindMemory(to: UInt8.self), at: range.lowerBound)
            return try reader.relation(at: "edges.\(index)")
        }
    }
}

private extension ActorIDTable.Match {
    var position: Int32? {
        switch self {
        case .spelled(let position), .equivalent(let position): position
        case .unknown: nil
        }
    }

    var isEquivalent: Bool { if case .equivalent = self { true } else { false } }
}
