import Foundation
import RelGraphCore

/// A JSON graph (README, "Design contract") loaded for querying: actors decoded, relations kept as compact columns
/// and decoded in full only when asked for.
///
/// The query verbs read a whole graph but print the evidence of a handful of relations. Building
/// every evidence sentence as a `String` was most of a load (Benchmarks/query); a catalog instead
/// keeps the file's bytes, each relation's ends as actor positions (resolved while scanning), its
/// type, confidence and evidence count, and the byte range of its JSON object.
/// ``relation(at:)`` decodes one relation from that range with the same reader as
/// ``GraphJSON/decode(_:source:)``.
///
/// Loading rejects exactly what ``GraphJSON/decode(_:source:)`` rejects, with the same message:
/// every string is still checked (UTF-8, escapes, control characters), only not built.
///
/// ```swift
/// let catalog = try GraphCatalog.load(data, source: "g.json")
/// let first = catalog.summary(ofRelation: 0)        // ends as positions in catalog.actors
/// let sentences = try catalog.relation(at: 0).evidence  // decoded now
/// ```
public struct GraphCatalog: Sendable {
    /// The actors, in file order; relation ends are positions in this array.
    public let actors: [Actor]
    /// Where relation objects are decoded from: the file's bytes, or the file itself (a catalog
    /// read from a sidecar, see ``GraphSidecar``).
    let bytes: RelationBytes
    let sources: [Int32]
    let targets: [Int32]
    let types: [RelationType]
    let confidences: [Double]
    let evidenceCounts: [Int32]
    let ranges: [Range<Int>]
    /// The rare ends spelled differently from (but canonically equal to) their actor's id.
    let spelledEnds: [Int32: (String, String)]
    let ids: ActorIDTable

    /// Scans and validates a graph. Throws ``RelGraphError/badInput(_:)`` naming `source`, with
    /// the message ``GraphJSON/decode(_:source:)`` gives for the same data.
    public static func load(_ data: Data, source: String = "graph") throws -> GraphCatalog {
        if data.isEmpty { throw RelGraphError.badInput("\(source): empty file, expected a relgraph JSON graph") }
        let scan: GraphJSONReader.CatalogScan
        do {
            scan = try GraphJSONReader.scanCatalog(data)
        } catch let error as GraphJSONReader.Failure {
            throw RelGraphError.badInput("\(source): not a relgraph JSON graph (\(error.message))")
        }
        if let duplicate = scan.ids.firstDuplicate {
            throw RelGraphError.badInput("\(source): actor id '\(duplicate)' appears twice")
        }
        switch scan.problem {
        case .unknownActor(let type, let id)?:
            throw RelGraphError.badInput("\(source): relation \(type.rawValue) refers to unknown actor '\(id)'")
        case .confidenceOutOfRange(let from, let to)?:
            throw RelGraphError.badInput("\(source): relation \(from) → \(to) has confidence outside 0…1")
        case nil:
            let catalog = GraphCatalog(bytes: data, scan: scan)
            if let position = catalog.firstRepeatedRelation() {
                let ends = (catalog.actors[Int(catalog.sources[position])].id, catalog.actors[Int(catalog.targets[position])].id)
                throw GraphJSON.duplicateRelation(source: source, from: ends.0, type: catalog.types[position], to: ends.1)
            }
            return catalog
        }
    }

    /// The position of the first relation whose (source, type, target) an earlier one has, as
    /// ``RelationKey`` compares them (a symmetric relation either way round), or nil.
    private func firstRepeatedRelation() -> Int? {
        struct Key: Hashable {
            let low: Int32, high: Int32
            let type: RelationType
        }
        var seen = Set<Key>(minimumCapacity: types.count)
        for position in types.indices {
            var (source, target) = (sources[position], targets[position])
            // RelationKey orders a symmetric relation's ends by id.
            if types[position].isSymmetric && actors[Int(target)].id < actors[Int(source)].id { swap(&source, &target) }
            if !seen.insert(Key(low: source, high: target, type: types[position])).inserted { return position }
        }
        return nil
    }

    private init(bytes: Data, scan: GraphJSONReader.CatalogScan) {
        self.bytes = .loaded(bytes)
        actors = scan.actors
        sources = scan.relations.sources
        targets = scan.relations.targets
        types = scan.relations.types
        confidences = scan.relations.confidences
        evidenceCounts = scan.relations.evidenceCounts
        ranges = scan.relations.ranges
        spelledEnds = scan.relations.spelledEnds
        ids = scan.ids
    }

    /// Number of relations; valid relation positions are `0 ..< relationCount`.
    public var relationCount: Int { types.count }

    /// Relation `position`'s ends, type, confidence and evidence count, without decoding it.
    public func summary(ofRelation position: Int) -> RelationSummary {
        RelationSummary(source: sources[position], target: targets[position], type: types[position],
                        confidence: confidences[position], evidenceCount: Int(evidenceCounts[position]))
    }

    /// Relation `position`'s source and target ids as the file spells them.
    public func endIDs(ofRelation position: Int) -> (source: String, target: String) {
        if let spelled = spelledEnds[Int32(position)] { return spelled }
        return (actors[Int(sources[position])].id, actors[Int(targets[position])].id)
    }

    /// Relation `position` in full, evidence included, decoded from the file's bytes now.
    /// Throws ``GraphFileChanged`` when a catalog read from a sidecar finds the file rewritten.
    public func relation(at position: Int) throws(GraphFileChanged) -> Relation {
        guard case .loaded(let bytes) = self.bytes else { return try relationFromFile(at: position) }
        do {
            return try GraphJSONReader.relation(in: bytes, range: ranges[position], index: position)
        } catch {
            // Unreachable: the same bytes passed the same reader's checks in `load`.
            throw GraphFileChanged(path: "graph", position: position, kind: .unreadable("\(error)"))
        }
    }

    /// The position of the actor with id `id` (compared as Swift strings compare).
    public func position(ofActorID id: String) -> Int32? { ids.position(of: id) }
}
