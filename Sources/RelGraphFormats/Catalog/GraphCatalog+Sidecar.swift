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
    /// describe (the file was rewritten in place since), the file's handler reports it and exits.
    func relationFromFile(at position: Int) -> Relation {
        guard case .file(let file) = bytes else { preconditionFailure("relationFromFile on a loaded catalog") }
        let relation: Relation
        do {
            let slice = try file.read(ranges[position])
            relation = try GraphJSONReader.relation(in: slice, range: 0 ..< slice.count, index: position)
        } catch {
            file.unreadable("\(file.path): relation \(position) can no longer be read from the file (\(error)); run `relgraph index \(file.path)`")
        }
        let ends = endIDs(ofRelation: position)
        guard relation.type == types[position], relation.source == ends.source, relation.target == ends.target else {
            file.unreadable("\(file.path) changed since its index was written (relation \(position) differs); run `relgraph index \(file.path)`")
        }
        return relation
    }
}

/// Byte ranges of a graph file, read on demand.
struct JSONFileSlices: Sendable {
    let path: String
    /// Called when a range no longer holds what the sidecar says; must not return.
    let unreadable: @Sendable (String) -> Never

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
