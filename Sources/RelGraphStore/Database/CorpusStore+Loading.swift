import GRDB
import RelGraphCore

extension CorpusStore {
    /// The whole corpus as one canonical graph, exactly as merging every document's graph with
    /// ``GraphAccumulator`` would give: one node per actor (aliases = every name any document
    /// used), one edge per relation key with all its evidence, and confidence combined over
    /// documents as independent support, `1 - Π(1 - c)`.
    ///
    /// Reads each table once with forward-only cursors and joins in memory, so a graph of a
    /// million relations loads in seconds (Benchmarks/store measures it).
    public func loadGraph() throws -> RelationshipGraph {
        try read { db in
            let nodes = try Self.loadActors(db)
            let edges = try Self.loadRelations(db)
            return RelationshipGraph(nodes: nodes, edges: edges)
        }
    }

    private static func loadActors(_ db: Database) throws -> [Actor] {
        var actors: [Actor] = []
        var position: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, type, label, attributes FROM actors ORDER BY id")
        while let row = try rows.next() {
            let id: String = row[0]
            guard let type = ActorType(rawValue: row[1]) else { continue }  // written by a newer relgraph
            position[id] = actors.count
            actors.append(Actor(id: id, type: type, label: row[2], attributes: AttributesColumn.decode(row[3])))
        }
        // Sorted by (actor_id, name): aliases arrive sorted, duplicates adjacent.
        let names = try Row.fetchCursor(db, sql: "SELECT DISTINCT actor_id, name FROM actor_names ORDER BY actor_id, name")
        while let row = try names.next() {
            guard let index = position[row[0]] else { continue }
            let name: String = row[1]
            if name != actors[index].label { actors[index].aliases.append(name) }
        }
        // SQLite orders by bytes, Swift by scalars with normalisation: re-sort to match
        // RelationshipGraph's canonical order exactly (cheap: already nearly sorted).
        for index in actors.indices where !isSorted(actors[index].aliases) { actors[index].aliases.sort() }
        if !actors.isSorted(by: { $0.id < $1.id }) { actors.sort { $0.id < $1.id } }
        return actors
    }

    private static func loadRelations(_ db: Database) throws -> [Relation] {
        var relations: [Relation] = []
        var position: [Int64: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, source, type, target FROM relations")
        while let row = try rows.next() {
            guard let type = RelationType(rawValue: row[2]) else { continue }
            position[row[0]] = relations.count
            relations.append(Relation(source: row[1], target: row[3], type: type, confidence: 0))
        }
        var unsupported = [Double](repeating: 1, count: relations.count)  // Π(1 - c)
        var stated = [Bool](repeating: false, count: relations.count)  // some document states it as fact
        let support = try Row.fetchCursor(db, sql: """
            SELECT s.relation_id, s.confidence, s.attributes FROM relation_support s
            JOIN documents d ON d.id = s.document_id ORDER BY s.relation_id, d.path
            """)
        while let row = try support.next() {
            guard let index = position[row[0]] else { continue }
            unsupported[index] *= 1 - (row[1] as Double)
            let attributes = AttributesColumn.decode(row[2])
            if attributes["modality"] == nil { stated[index] = true }
            relations[index].attributes.merge(attributes) { current, _ in current }
        }
        let evidence = try Row.fetchCursor(db, sql: """
            SELECT e.relation_id, d.path, e.sentence, e.start, e."end" FROM evidence e JOIN documents d ON d.id = e.document_id
            """)
        while let row = try evidence.next() {
            guard let index = position[row[0]] else { continue }
            relations[index].evidence.append(Evidence(document: row[1], sentence: row[2], start: row[3], end: row[4]))
        }
        for index in relations.indices {
            relations[index].confidence = ((1 - unsupported[index]) * 1000).rounded() / 1000
            // A stated fact wins over a speculative one (as GraphAccumulator).
            if stated[index] { relations[index].attributes.removeValue(forKey: "modality") }
            if relations[index].evidence.count > 1 { relations[index].evidence.sort() }
        }
        relations.sort { $0.key < $1.key }
        return relations
    }

    private static func isSorted(_ names: [String]) -> Bool {
        names.isSorted(by: <)
    }
}

extension Array {
    fileprivate func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var index = startIndex
        while index + 1 < endIndex {
            if areInIncreasingOrder(self[index + 1], self[index]) { return false }
            index += 1
        }
        return true
    }
}
