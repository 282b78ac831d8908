import Logging
import PostgresNIO
import RelGraphCore
import RelGraphStore

extension PostgresCorpusStore {
    /// The whole corpus as one canonical graph, combined by the rules of SCHEMA.md (the SQLite
    /// engine's): for the same documents, the same graph byte for byte.
    ///
    /// The server does the grouping: one row per actor (its label from the first document by
    /// path, its distinct names and attribute sets as arrays) and one row per relation (its
    /// supports' confidences and attributes as arrays); only evidence arrives one row per
    /// sentence. Rows stream in PostgreSQL's binary format and are decoded as they arrive. All
    /// queries read one snapshot, so workers committing meanwhile cannot tear the graph.
    public func loadGraph() throws -> RelationshipGraph {
        let dated = self.dated
        return try snapshot { connection in
            try await GraphLoader(connection: connection, dated: dated, actorIDs: nil).load()
        }
    }
}

/// Reads a graph, or the part of it among some actors, from one connection inside a transaction.
struct GraphLoader {
    let connection: PostgresConnection
    let dated: Bool
    /// When given, only these actors and the relations between two of them are read.
    let actorIDs: [String]?
    private var logger: Logger { ConnectionPool.logger }

    func load() async throws -> RelationshipGraph {
        let actors = try await loadActors()
        let (relations, relationIDs) = try await loadRelations()
        let evidenced = try await addEvidence(to: relations, ids: relationIDs)
        return RelationshipGraph(nodes: actors, edges: evidenced, documents: try await loadDocuments())
    }

    func loadActors() async throws -> [Actor] {
        var actors: [Actor] = []
        var position: [String: Int] = [:]
        // An actor's label is the one the first document by path gives it (extract's merge rule).
        let labels = try await run("""
            SELECT DISTINCT ON (da.actor_id) da.actor_id, a.type, da.label
            FROM relgraph.document_actors da
            JOIN relgraph.documents d ON d.id = da.document_id
            JOIN relgraph.actors a ON a.id = da.actor_id
            """, filter: "da.actor_id", suffix: "ORDER BY da.actor_id, d.path")
        for try await (id, typeName, label) in labels.decode((String, String, String).self) {
            guard let type = ActorType(rawValue: typeName) else { continue }  // written by a newer relgraph
            position[id] = actors.count
            actors.append(Actor(id: id, type: type, label: label))
        }
        // Attributes unite over documents by MergePolicy (any order gives the same).
        let attributeSets = try await run("""
            SELECT actor_id, array_agg(DISTINCT attributes) FROM relgraph.document_actors WHERE attributes <> '{}'
            """, filter: "actor_id", joiner: "AND", suffix: "GROUP BY actor_id")
        for try await (id, texts) in attributeSets.decode((String, [String]).self) {
            guard let index = position[id] else { continue }
            for text in texts {
                actors[index].attributes = MergePolicy.mergedActorAttributes(actors[index].attributes, try AttributesColumn.decode(text))
            }
        }
        let names = try await run("SELECT actor_id, array_agg(DISTINCT name) FROM relgraph.actor_names",
                                  filter: "actor_id", suffix: "GROUP BY actor_id")
        for try await (id, list) in names.decode((String, [String]).self) {
            guard let index = position[id] else { continue }
            actors[index].aliases = Array(Set(list.filter { $0 != actors[index].label })).sorted()
        }
        actors.sort { $0.id < $1.id }
        return actors
    }

    /// Relations with their combined confidence and attributes (no evidence yet), sorted by key,
    /// and each one's row id.
    private func loadRelations() async throws -> ([Relation], [Int64]) {
        var keyed: [(id: Int64, relation: Relation)] = []
        let endpoints: PostgresQuery = actorIDs == nil ? "" : restrictionBoth()
        let rows = try await connection.query(PostgresQuery(unsafeSQL: """
            SELECT r.id, r.source, r.type, r.target, array_agg(s.confidence), array_agg(s.attributes)
            FROM relgraph.relations r JOIN relgraph.relation_support s ON s.relation_id = r.id
            \(endpoints.sql)
            GROUP BY r.id
            """, binds: endpoints.binds), logger: logger)
        for try await (id, source, typeName, target, confidences, attributeTexts) in rows.decode((Int64, String, String, String, [Double], [String]).self) {
            guard let type = RelationType(rawValue: typeName) else { continue }  // written by a newer relgraph
            var relation = Relation(source: source, target: target, type: type, confidence: MergePolicy.confidence(combining: confidences))
            // A stated fact wins over a speculative one; other attributes unite (MergePolicy).
            var stated = false
            for text in attributeTexts {
                if text == "{}" {
                    stated = true
                    continue
                }
                let attributes = try AttributesColumn.decode(text)
                if attributes[MergePolicy.modalityAttribute] == nil { stated = true }
                relation.attributes = relation.attributes.isEmpty ? attributes : MergePolicy.mergedAttributes(relation.attributes, attributes)
            }
            if stated { relation.attributes.removeValue(forKey: MergePolicy.modalityAttribute) }
            keyed.append((id, relation))
        }
        keyed.sort { $0.relation.key < $1.relation.key }
        return (keyed.map(\.relation), keyed.map(\.id))
    }

    private func restrictionBoth() -> PostgresQuery {
        var bindings = PostgresBindings()
        bindings.append(actorIDs ?? [])
        return PostgresQuery(unsafeSQL: "WHERE r.source = ANY($1::text[]) AND r.target = ANY($1::text[])", binds: bindings)
    }

    private func addEvidence(to relations: [Relation], ids: [Int64]) async throws -> [Relation] {
        var relations = relations
        var index: [Int64: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() { index[id] = position }
        let date = dated ? "e.date" : "NULL::text"
        var bindings = PostgresBindings()
        var filter = ""
        if actorIDs != nil {
            bindings.append(ids)
            filter = "WHERE e.relation_id = ANY($1::bigint[])"
        }
        let rows = try await connection.query(PostgresQuery(unsafeSQL: """
            SELECT e.relation_id, d.path, e.sentence, e.start, e."end", \(date)
            FROM relgraph.evidence e JOIN relgraph.documents d ON d.id = e.document_id \(filter)
            """, binds: bindings), logger: logger)
        for try await (id, path, sentence, start, end, evidenceDate) in rows.decode((Int64, String, String, Int, Int, String?).self) {
            guard let position = index[id] else { continue }
            relations[position].evidence.append(Evidence(document: path, sentence: sentence, start: start, end: end, date: evidenceDate))
        }
        for position in relations.indices where relations[position].evidence.count > 1 {
            relations[position].evidence.sort()
        }
        return relations
    }

    /// Every document with its date, in byte order of path; for a part of the graph, the
    /// documents its evidence cites.
    private func loadDocuments() async throws -> [DocumentRecord] {
        let date = dated ? "date" : "NULL::text"
        let rows: PostgresRowSequence
        if let actorIDs {
            rows = try await connection.query(PostgresQuery(unsafeSQL: """
                SELECT path, \(date) FROM relgraph.documents d WHERE EXISTS (
                    SELECT 1 FROM relgraph.evidence e JOIN relgraph.relations r ON r.id = e.relation_id
                    WHERE e.document_id = d.id AND r.source = ANY($1::text[]) AND r.target = ANY($1::text[]))
                ORDER BY path
                """, binds: { var b = PostgresBindings(); b.append(actorIDs); return b }()), logger: logger)
        } else {
            rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT path, \(date) FROM relgraph.documents ORDER BY path"), logger: logger)
        }
        var documents: [DocumentRecord] = []
        for try await (path, documentDate) in rows.decode((String, String?).self) {
            documents.append(DocumentRecord(name: path, date: documentDate))
        }
        return documents
    }

    /// `sql`, filtered to ``actorIDs`` on `filter` when given, then `suffix`.
    private func run(_ sql: String, filter column: String, joiner: String = "WHERE", suffix: String) async throws -> PostgresRowSequence {
        var bindings = PostgresBindings()
        var text = sql
        if let actorIDs {
            bindings.append(actorIDs)
            text += " \(joiner) \(column) = ANY($1::text[])"
        }
        return try await connection.query(PostgresQuery(unsafeSQL: text + " " + suffix, binds: bindings), logger: logger)
    }
}
