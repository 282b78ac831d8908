import Logging
import PostgresNIO
import RelGraphCore
import RelGraphStore

extension PostgresCorpusStore {
    public func documents() throws -> [StoredDocument] {
        let date = dated ? "date" : "NULL::text"
        return try snapshot { connection in
            var documents: [StoredDocument] = []
            let rows = try await connection.query(PostgresQuery(unsafeSQL: """
                SELECT path, sha256, bytes, format, characters, actor_count, relation_count, evidence_count, \(date)
                FROM relgraph.documents ORDER BY path
                """), logger: ConnectionPool.logger)
            for try await (path, sha256, bytes, format, characters, actors, relations, evidence, documentDate)
                in rows.decode((String, String, Int, String, Int, Int32, Int32, Int32, String?).self) {
                documents.append(StoredDocument(path: path, sha256: sha256, bytes: bytes, format: format, characters: characters,
                                                actors: Int(actors), relations: Int(relations), evidence: Int(evidence), date: documentDate))
            }
            return documents
        }
    }

    public func statistics() throws -> CorpusStatistics {
        try snapshot { connection in
            let documents = try await Self.count(connection, "SELECT count(*) FROM relgraph.documents")
            let evidence = try await Self.count(connection, "SELECT count(*) FROM relgraph.evidence")
            var actorCounts: [String: Int] = [:], relationCounts: [String: Int] = [:]
            let actorRows = try await connection.query("""
                SELECT a.type, count(*) FROM relgraph.actors a
                WHERE EXISTS (SELECT 1 FROM relgraph.document_actors d WHERE d.actor_id = a.id) GROUP BY a.type
                """, logger: ConnectionPool.logger)
            for try await (type, count) in actorRows.decode((String, Int64).self) { actorCounts[type] = Int(count) }
            let relationRows = try await connection.query("""
                SELECT r.type, count(*) FROM relgraph.relations r
                WHERE EXISTS (SELECT 1 FROM relgraph.relation_support s WHERE s.relation_id = r.id) GROUP BY r.type
                """, logger: ConnectionPool.logger)
            for try await (type, count) in relationRows.decode((String, Int64).self) { relationCounts[type] = Int(count) }
            let actorsByType = ActorType.allCases.map { (type: $0, count: actorCounts[$0.rawValue] ?? 0) }
            let relationsByType = RelationType.allCases.map { (type: $0, count: relationCounts[$0.rawValue] ?? 0) }
            return CorpusStatistics(
                documents: documents, actors: actorsByType.reduce(0) { $0 + $1.count },
                relations: relationsByType.reduce(0) { $0 + $1.count }, evidence: evidence,
                actorsByType: actorsByType, relationsByType: relationsByType)
        }
    }

    /// The invariants of SCHEMA.md, checked on one snapshot; empty when consistent.
    public func consistencyProblems() throws -> [String] {
        try snapshot { connection in
            let checks: [(String, String)] = [
                ("document whose stored relation count differs from its support rows", """
                    SELECT count(*) FROM relgraph.documents d
                    WHERE d.relation_count <> (SELECT count(*) FROM relgraph.relation_support s WHERE s.document_id = d.id)
                    """),
                ("document whose stored evidence count differs from its evidence rows", """
                    SELECT count(*) FROM relgraph.documents d
                    WHERE d.evidence_count <> (SELECT count(*) FROM relgraph.evidence e WHERE e.document_id = d.id)
                    """),
                ("document whose stored actor count differs from its actors", """
                    SELECT count(*) FROM relgraph.documents d
                    WHERE d.actor_count <> (SELECT count(*) FROM relgraph.document_actors a WHERE a.document_id = d.id)
                       OR d.actor_count <> (SELECT count(DISTINCT actor_id) FROM relgraph.actor_names n WHERE n.document_id = d.id)
                    """),
                ("relation whose actor is unknown", """
                    SELECT count(*) FROM relgraph.relations r WHERE NOT EXISTS (SELECT 1 FROM relgraph.actors a WHERE a.id = r.source)
                        OR NOT EXISTS (SELECT 1 FROM relgraph.actors a WHERE a.id = r.target)
                    """),
                ("support or evidence row for an unknown relation", """
                    SELECT (SELECT count(*) FROM relgraph.relation_support s WHERE NOT EXISTS (SELECT 1 FROM relgraph.relations r WHERE r.id = s.relation_id))
                         + (SELECT count(*) FROM relgraph.evidence e WHERE NOT EXISTS (SELECT 1 FROM relgraph.relations r WHERE r.id = e.relation_id))
                    """),
                ("name or document actor of an unknown actor", """
                    SELECT (SELECT count(*) FROM relgraph.actor_names n WHERE NOT EXISTS (SELECT 1 FROM relgraph.actors a WHERE a.id = n.actor_id))
                         + (SELECT count(*) FROM relgraph.document_actors d WHERE NOT EXISTS (SELECT 1 FROM relgraph.actors a WHERE a.id = d.actor_id))
                    """),
            ]
            var problems: [String] = []
            for (what, sql) in checks {
                let count = try await Self.count(connection, sql)
                if count > 0 { problems.append("\(count) \(what)") }
            }
            return problems
        }
    }

    static func count(_ connection: PostgresConnection, _ sql: String) async throws -> Int {
        for try await value in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: ConnectionPool.logger).decode(Int64.self) {
            return Int(value)
        }
        return 0
    }
}
