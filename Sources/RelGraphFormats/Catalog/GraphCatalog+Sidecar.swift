import Foundation
import RelGraphCore

/// A catalog rebuilt from a sidecar (``GraphSidecar``): the columns come from the sidecar, and a
/// relation's JSON object is read from the graph file only when it is printed.
extension GraphCatalog {
    /// Where ``GraphCatalog/relation(at:)`` finds relation objects.
    enum RelationBytes: Sendable {
        /// The whole file, in memory (a scanned catalog).
        case loaded(Data)
        /// The file on disk, read one relation's range at a time (a catalog from a sidecar).
        case file(JSONFileSlices)
    }

    /// A catalog from stored columns; ``GraphSidecar`` has checked every position and range.
    init(actors: [Actor], ids: ActorIDTable, file: JSONFileSlices, sources: [Int32], targets: [Int32],
         types: [RelationType], confidences: [Double], evidenceCounts: [Int32], ranges: [Range<Int>],
         spelledEnds: [Int32: (String, String)]) {
        self.actors = actors
        self.ids = ids
        bytes = .file(file)
        self.sources = sources
        self.targets = targets
        self.types = types
        self.confidences = confidences
        self.evidenceCounts = evidenceCounts
        self.ranges = ranges
        self.spelledEnds = spelledEnds
    }

    /// Relation `position`, decoded from just its bytes of the file. The sidecar matched the file's
    /// size and modification time; should the bytes still not hold the relation the columns
    /// describe (the file was rewritten in place since), throws ``GraphFileChanged``.
    func relationFromFile(at position: Int) throws(GraphFileChanged) -> Relation {
        guard case .file(let file) = bytes else { preconditionFailure("relationFromFile on a loaded catalog") }
        let relation: Relation
        do {
            let slice = try file.read(ranges[position])
            relation = try GraphJSONReader.relation(in: slice, range: 0 ..< slice.count, index: position)
        } catch {
            throw GraphFileChanged(path: file.path, position: position, kind: .unreadable("\(error)"))
        }
        let ends = endIDs(ofRelation: position)
        guard relation.type == types[position], relation.source == ends.source, relation.target == ends.target else {
            throw GraphFileChanged(path: file.path, position: position, kind: .differs)
        }
        return relation
    }
}

/// Byte ranges of a graph file, read on demand.
struct JSONFileSlices: Sendable {
    let path: String

    /// Reads exactly `range` of the file.
    func read(_ range: Range<Int>) throws -> Data {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(range.lowerBound))
        let data = try handle.read(upToCount: range.count) ?? Data()
        guard data.count == range.count else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "file ends early"])
        }
        return data
    }
}
