import GRDB
import RelGraphCore

extension CorpusStore {
    /// The whole corpus as one canonical graph, exactly as merging every document's graph with
    /// ``GraphAccumulator`` would give: one node per actor (aliases = every name any document
    /// used), one edge per relation key with all its evidence, and confidence and attributes
    /// combined over documents by `MergePolicy` (RelGraphCore).
    ///
    /// Reads each table once with forward-only cursors and joins in memory, so a graph of a
    /// million relations loads in seconds (Benchmarks/store measures it).
    public func loadGraph() throws -> RelationshipGraph {
        try read { db in
            let dated = try StoreSchema.hasDates(db)
            let nodes = try Self.loadActors(db)
            let edges = try Self.loadRelations(db, dated: dated)
            return RelationshipGraph(nodes: nodes, edges: edges, documents: try Self.loadDocuments(db, dated: dated))
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
            actors.append(Actor(id: id, type: type, label: row[2], attributes: try AttributesColumn.decode(row[3])))
        }
        // Names arrive in document order; each actor's are deduplicated and sorted here (a DISTINCT
        // in SQL would sort all of them).
        var named = [Bool](repeating: false, count: actors.count)
        let names = try Row.fetchCursor(db, sql: "SELECT actor_id, name FROM actor_names")
        while let row = try names.next() {
            guard let index = position[row[0]] else { continue }
            named[index] = true
            let name: String = row[1]
            if name != actors[index].label { actors[index].aliases.append(name) }
        }
        // Actors no document names any more (their documents were replaced) are not in the graph.
        if named.contains(false) { actors = actors.indices.filter { named[$0] }.map { actors[$0] } }
        for index in actors.indices where actors[index].aliases.count > 1 {
            actors[index].aliases = Array(Set(actors[index].aliases)).sorted()
        }
        if !actors.isSorted(by: { $0.id < $1.id }) { actors.sort { $0.id < $1.id } }
        return actors
    }

    /// Every document with its date (nil in a v1 corpus, which has no dates).
    private static func loadDocuments(_ db: Database, dated: Bool) throws -> [DocumentRecord] {
        let sql = dated ? "SELECT path, date FROM documents ORDER BY path" : "SELECT path, NULL FROM documents ORDER BY path"
        return try Row.fetchAll(db, sql: sql).map { DocumentRecord(name: $0[0], date: $0[1]) }
    }

    private static func loadRelations(_ db: Database, dated: Bool) throws -> [Relation] {
        // Row ids are dense: arrays indexed by id replace hash maps on the million-row paths.
        var paths: [String?] = []
        let documents = try Row.fetchCursor(db, sql: "SELECT id, path FROM documents")
        while let row = try documents.next() {
            let id = Int(row[0] as Int64)
            if id >= paths.count { paths += Array(repeating: nil, count: id - paths.count + 1) }
            paths[id] = row[1]
        }
        let maxID = try Int.fetchOne(db, sql: "SELECT max(id) FROM relations") ?? 0
        var position = [Int32](repeating: -1, count: maxID + 1)
        var relations: [Relation] = []
        // The unique index's order, (source, type, target): only groups sharing a source need
        // re-sorting into the canonical (source, target, type) order afterwards.
        let rows = try Row.fetchCursor(db, sql: "SELECT id, source, type, target FROM relations ORDER BY source, type, target")
        while let row = try rows.next() {
            guard let type = RelationType(rawValue: row[2]) else { continue }  // written by a newer relgraph
            position[Int(row[0] as Int64)] = Int32(relations.count)
            relations.append(Relation(source: row[1], target: row[3], type: type, confidence: 0))
        }
        func index(_ id: Int64) -> Int? {
            guard id >= 0, id < position.count, position[Int(id)] >= 0 else { return nil }
            return Int(position[Int(id)])
        }

        // Each document's confidence is one support. Most relations have one; the others' further
        // supports are gathered aside and combined in MergePolicy's order after the scan.
        var confidence = [Double](repeating: 0, count: relations.count)
        var supportCount = [Int32](repeating: 0, count: relations.count)
        var furtherSupports: [(index: Int32, confidence: Double)] = []
        var stated = [Bool](repeating: false, count: relations.count)  // some document states it as fact
        var attributed: [(index: Int, attributes: [String: String])] = []
        let support = try Row.fetchCursor(db, sql: "SELECT relation_id, confidence, attributes FROM relation_support")
        while let row = try support.next() {
            guard let index = index(row[0]) else { continue }
            let value: Double = row[1]
            if supportCount[index] == 0 {
                confidence[index] = value
            } else {
                furtherSupports.append((Int32(index), value))
            }
            supportCount[index] += 1
            let text: String = row[2]
            if text == "{}" {
                stated[index] = true
                continue
            }
            let attributes = try AttributesColumn.decode(text)
            if attributes[MergePolicy.modalityAttribute] == nil { stated[index] = true }
            attributed.append((index, attributes))
        }
        if !furtherSupports.isEmpty {
            furtherSupports.sort { $0.index < $1.index }
            var start = 0
            while start < furtherSupports.count {
                let index = Int(furtherSupports[start].index)
                var end = start
                var supports = [confidence[index]]
                while end < furtherSupports.count && Int(furtherSupports[end].index) == index {
                    supports.append(furtherSupports[end].confidence)
                    end += 1
                }
                confidence[index] = MergePolicy.combined(supports)
                start = end
            }
        }
        // Rare: attributes other than `{}`, united by MergePolicy (any order gives the same).
        for entry in attributed {
            relations[entry.index].attributes = relations[entry.index].attributes.isEmpty
                ? entry.attributes : MergePolicy.mergedAttributes(relations[entry.index].attributes, entry.attributes)
        }

        let evidenceSQL = dated ? #"SELECT relation_id, document_id, sentence, start, "end", date FROM evidence"#
            : #"SELECT relation_id, document_id, sentence, start, "end", NULL FROM evidence"#
        let evidence = try Row.fetchCursor(db, sql: evidenceSQL)
        while let row = try evidence.next() {
            guard let index = index(row[0]), let path = paths[safe: Int(row[1] as Int64)] ?? nil else { continue }
            relations[index].evidence.append(Evidence(document: path, sentence: row[2], start: row[3], end: row[4], date: row[5]))
        }
        for index in relations.indices {
            // One support as stored; several combined and rounded (MergePolicy.confidence(combining:)).
            relations[index].confidence = supportCount[index] > 1 ? MergePolicy.rounded(confidence[index]) : confidence[index] + 0.0
            // A stated fact wins over a speculative one (MergePolicy.mergedAttributes).
            if stated[index] { relations[index].attributes.removeValue(forKey: MergePolicy.modalityAttribute) }
            if relations[index].evidence.count > 1 { relations[index].evidence.sort() }
        }
        // Relations no document supports any more (replaced documents) are not in the graph.
        if supportCount.contains(0) { relations = relations.indices.filter { supportCount[$0] > 0 }.map { relations[$0] } }
        sortCanonically(&relations)
        return relations
    }

    /// Sorts into ``RelationKey`` order, given relations already grouped by source in byte order:
    /// each group is sorted alone, then the whole is checked (Swift and SQLite agree on byte order
    /// for the ASCII ids relgraph makes; anything else falls back to a full sort).
    private static func sortCanonically(_ relations: inout [Relation]) {
        var start = 0
        while start < relations.count {
            var end = start + 1
            while end < relations.count && relations[end].source == relations[start].source { end += 1 }
            if end - start > 1 { relations[start..<end].sort { $0.key < $1.key } }
            start = end
        }
        if !relations.isSorted(by: { $0.key < $1.key }) { relations.sort { $0.key < $1.key } }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }

    fileprivate func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var index = startIndex
        while index + 1 < endIndex {
            if areInIncreasingOrder(self[index + 1], self[index]) { return false }
            index += 1
        }
        return true
    }
}
