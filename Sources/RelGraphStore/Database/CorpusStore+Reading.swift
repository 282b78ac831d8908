import GRDB
import RelGraphCore

/// One stored document, as `relgraph documents` lists it.
public struct StoredDocument: Sendable, Equatable, Codable {
    public var path: String
    public var sha256: String
    public var bytes: Int
    public var format: String
    /// Length of the extracted text in Unicode scalars (evidence offsets count in it).
    public var characters: Int
    /// Actors, relations and evidence sentences extracted from this document.
    public var actors: Int
    public var relations: Int
    public var evidence: Int
    /// Publication date (ISO 8601 at its precision); nil when unknown or stored before dates existed.
    public var date: String?

    public init(path: String, sha256: String, bytes: Int, format: String, characters: Int, actors: Int, relations: Int,
                evidence: Int, date: String?) {
        (self.path, self.sha256, self.bytes, self.format, self.characters) = (path, sha256, bytes, format, characters)
        (self.actors, self.relations, self.evidence, self.date) = (actors, relations, evidence, date)
    }
}

/// Counts that describe a corpus, with nothing time-dependent: equal databases, equal statistics.
public struct CorpusStatistics: Sendable, Equatable {
    public var documents: Int
    public var actors: Int
    public var relations: Int
    public var evidence: Int
    /// Every actor type, zero when absent, in ontology order.
    public var actorsByType: [(type: ActorType, count: Int)]
    /// Every relation type, zero when absent, in ontology order.
    public var relationsByType: [(type: RelationType, count: Int)]

    public init(documents: Int, actors: Int, relations: Int, evidence: Int, actorsByType: [(type: ActorType, count: Int)],
                relationsByType: [(type: RelationType, count: Int)]) {
        (self.documents, self.actors, self.relations, self.evidence) = (documents, actors, relations, evidence)
        (self.actorsByType, self.relationsByType) = (actorsByType, relationsByType)
    }

    public static func == (lhs: CorpusStatistics, rhs: CorpusStatistics) -> Bool {
        (lhs.documents, lhs.actors, lhs.relations, lhs.evidence) == (rhs.documents, rhs.actors, rhs.relations, rhs.evidence)
            && lhs.actorsByType.map(\.count) == rhs.actorsByType.map(\.count)
            && lhs.relationsByType.map(\.count) == rhs.relationsByType.map(\.count)
    }
}

extension CorpusStore {
    /// Every stored document, sorted by path.
    public func documents() throws -> [StoredDocument] {
        try read { db in
            let date = try StoreSchema.hasDates(db) ? "date" : "NULL"
            return try Row.fetchAll(db, sql: """
                SELECT path, sha256, bytes, format, characters, actor_count, relation_count, evidence_count, \(date)
                FROM documents ORDER BY path
                """).map { row in
                StoredDocument(path: row[0], sha256: row[1], bytes: row[2], format: row[3], characters: row[4],
                               actors: row[5], relations: row[6], evidence: row[7], date: row[8])
            }
        }
    }

    /// Documents, actors and relations by type, counted in SQL without loading the graph.
    /// `relgraph stats --db` can print these directly.
    public func statistics() throws -> CorpusStatistics {
        try read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
            let evidence = try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? 0
            var actorCounts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT type, count(*) FROM actors WHERE id IN (SELECT actor_id FROM actor_names) GROUP BY type
                """) { actorCounts[row[0]] = row[1] }
            var relationCounts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT type, count(*) FROM relations WHERE id IN (SELECT relation_id FROM relation_support) GROUP BY type
                """) { relationCounts[row[0]] = row[1] }
            let actorsByType = ActorType.allCases.map { (type: $0, count: actorCounts[$0.rawValue] ?? 0) }
            let relationsByType = RelationType.allCases.map { (type: $0, count: relationCounts[$0.rawValue] ?? 0) }
            return CorpusStatistics(
                documents: documents,
                actors: actorsByType.reduce(0) { $0 + $1.count },
                relations: relationsByType.reduce(0) { $0 + $1.count },
                evidence: evidence,
                actorsByType: actorsByType,
                relationsByType: relationsByType)
        }
    }

    /// Checks the invariants a killed ingest must never break; returns the violations found
    /// (empty when consistent). Used by the crash-safety test and handy after a disk incident.
    public func consistencyProblems() throws -> [String] {
        try read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.map { "integrity: \($0)" } }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append("foreign key: table \(row[0] as String) row \(row[1] as Int64? ?? -1)")
            }
            let checks: [(String, String)] = [
                ("document whose stored relation count differs from its support rows", """
                    SELECT count(*) FROM documents d
                    WHERE d.relation_count != (SELECT count(*) FROM relation_support s WHERE s.document_id = d.id)
                    """),
                ("document whose stored evidence count differs from its evidence rows", """
                    SELECT count(*) FROM documents d
                    WHERE d.evidence_count != (SELECT count(*) FROM evidence e WHERE e.document_id = d.id)
                    """),
                ("document whose stored actor count differs from its named actors", """
                    SELECT count(*) FROM documents d
                    WHERE d.actor_count != (SELECT count(DISTINCT actor_id) FROM actor_names n WHERE n.document_id = d.id)
                    """),
                ("relation whose actor is unknown", """
                    SELECT count(*) FROM relations WHERE source NOT IN (SELECT id FROM actors) OR target NOT IN (SELECT id FROM actors)
                    """),
                ("support or evidence row for an unknown relation", """
                    SELECT (SELECT count(*) FROM relation_support WHERE relation_id NOT IN (SELECT id FROM relations))
                         + (SELECT count(*) FROM evidence WHERE relation_id NOT IN (SELECT id FROM relations))
                    """),
                ("name of an unknown actor", """
                    SELECT count(*) FROM actor_names WHERE actor_id NOT IN (SELECT id FROM actors)
                    """),
            ]
            for (what, sql) in checks {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count > 0 { problems.append("\(count) \(what)") }
            }
            return problems
        }
    }
}
