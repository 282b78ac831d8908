import Foundation
import PostgresNIO
import RelGraphCore
import RelGraphDocuments
import RelGraphFormats
import RelGraphStore

extension PostgresCorpusStore {
    public func state(path: String, sha256: String) throws -> StoredState {
        try transaction { connection in try await Self.state(connection, path: path, sha256: sha256) }
    }

    private static func state(_ connection: PostgresConnection, path: String, sha256: String) async throws -> StoredState {
        let logger = ConnectionPool.logger
        for try await storedPath in try await connection.query(
            "SELECT path FROM relgraph.documents WHERE sha256 = \(sha256)", logger: logger).decode(String.self) {
            return storedPath == path ? .unchanged : .duplicate(of: storedPath)
        }
        for try await _ in try await connection.query("SELECT 1 FROM relgraph.documents WHERE path = \(path)", logger: logger) {
            return .changed
        }
        return .absent
    }

    /// Stores one document in one transaction (see ``PostgresCorpusStore`` for the locking).
    public func store(_ document: SourceDocument, graph: RelationshipGraph) throws -> DocumentOutcome {
        try GraphJSON.validate(graph, source: document.path)
        // One row per relation key and document: duplicates merge first, by MergePolicy.
        let graph = graph.canonicalized()
        let row = DocumentRow(document, graph: graph)
        return try transaction { connection in
            // A concurrent transaction may insert the same path or bytes between the look and the
            // insert: then the insert does nothing, and the next look sees its committed row.
            for _ in 0..<3 {
                let state = try await Self.state(connection, path: document.path, sha256: document.sha256)
                switch state {
                case .unchanged: return .unchanged
                case .duplicate(let other): return .duplicate(of: other)
                case .changed: try await Self.removeDocument(connection, path: document.path)
                case .absent: break
                }
                guard let documentID = try await Self.insertDocument(connection, row) else { continue }
                var changes = DocumentChanges()
                try await Self.insertActors(connection, graph.nodes, documentID: documentID, changes: &changes)
                try await Self.insertRelations(connection, graph.edges, documentID: documentID, changes: &changes)
                return state == .changed ? .replaced(changes) : .added(changes)
            }
            throw StoreError.busy(document.path)
        }
    }

    public func withClaim<T>(sha256: String, wait: Bool, _ body: () throws -> T) throws -> T? {
        // The claim is a session advisory lock on a connection set aside for it: the server
        // releases it when that session ends, so a worker killed mid-extraction leaves no claim.
        let key = Self.claimKey(sha256)
        let pool = self.pool
        let claim: PostgresConnection?
        do {
            claim = try Blocking.run { () async throws -> PostgresConnection? in
                let connection = try await pool.take()
                let sql: PostgresQuery = wait
                    ? "SELECT true FROM (SELECT pg_advisory_lock(\(key))) AS locked" : "SELECT pg_try_advisory_lock(\(key))"
                do {
                    for try await granted in try await connection.query(sql, logger: ConnectionPool.logger).decode(Bool.self) where granted {
                        return connection
                    }
                } catch {
                    try? await connection.close()
                    throw error
                }
                pool.giveBack(connection)
                return nil
            }
        } catch {
            throw PostgresFailure.describe(error, name: displayName)
        }
        guard let claim else { return nil }
        defer {
            Blocking.runIgnoringErrors {
                do {
                    try await claim.query("SELECT pg_advisory_unlock(\(key))", logger: ConnectionPool.logger)
                    pool.giveBack(claim)
                } catch {
                    try? await claim.close()  // ending the session releases the lock too
                }
            }
        }
        return try body()
    }

    /// 64 bits of the SHA-256 as the advisory lock key: a collision only makes two workers take
    /// turns on two different files.
    static func claimKey(_ sha256: String) -> Int64 {
        Int64(bitPattern: UInt64(sha256.prefix(16), radix: 16) ?? UInt64(truncatingIfNeeded: sha256.hashValue))
    }

    public func removeOrphans() throws {
        try transaction { connection in
            let logger = ConnectionPool.logger
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.sweepLock))", logger: logger)
            // EXCLUSIVE waits for the document transactions writing now and holds new ones back
            // until the sweep commits: none can hold the id of a relation about to be deleted.
            try await connection.query("LOCK TABLE relgraph.actors, relgraph.relations IN EXCLUSIVE MODE", logger: logger)
            try await connection.query("""
                DELETE FROM relgraph.relations r WHERE NOT EXISTS (SELECT 1 FROM relgraph.relation_support s WHERE s.relation_id = r.id)
                """, logger: logger)
            try await connection.query("""
                DELETE FROM relgraph.actors a WHERE NOT EXISTS (SELECT 1 FROM relgraph.document_actors d WHERE d.actor_id = a.id)
                    AND NOT EXISTS (SELECT 1 FROM relgraph.relations r WHERE r.source = a.id OR r.target = a.id)
                """, logger: logger)
        }
    }

    // MARK: One document's rows

    /// The `documents` row of one document, computed outside the transaction.
    struct DocumentRow: Sendable {
        var path, sha256, format, ingestedAt: String
        var bytes, characters, actors, relations, evidence: Int
        var date: String?

        init(_ document: SourceDocument, graph: RelationshipGraph) {
            path = document.path
            sha256 = document.sha256
            format = document.format.rawValue
            ingestedAt = ISO8601DateFormatter().string(from: Date())
            bytes = document.byteCount
            characters = document.text.unicodeScalars.count
            actors = graph.nodes.count
            relations = graph.edges.count
            evidence = graph.edges.reduce(0) { $0 + Set($1.evidence).count }
            // The date extraction used (`--date` or found), as the graph records it.
            date = graph.documents.first { $0.name == document.path }?.date ?? document.date?.date.description
        }
    }

    /// The new row's id, or nil when a concurrent transaction stored the same path or bytes first.
    private static func insertDocument(_ connection: PostgresConnection, _ row: DocumentRow) async throws -> Int64? {
        let rows = try await connection.query("""
            INSERT INTO relgraph.documents (path, sha256, bytes, format, characters, actor_count, relation_count, evidence_count, ingested_at, date)
            VALUES (\(row.path), \(row.sha256), \(row.bytes), \(row.format), \(row.characters), \(row.actors), \(row.relations),
                    \(row.evidence), \(row.ingestedAt), \(row.date))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: ConnectionPool.logger)
        for try await id in rows.decode(Int64.self) { return id }
        return nil
    }

    /// Deletes the document stored at `path` (its rows cascade), locking it first so that two
    /// workers replacing one path take turns.
    private static func removeDocument(_ connection: PostgresConnection, path: String) async throws {
        try await connection.query("""
            DELETE FROM relgraph.documents WHERE id = (SELECT id FROM relgraph.documents WHERE path = \(path) FOR UPDATE)
            """, logger: ConnectionPool.logger)
    }

    private static func insertActors(_ connection: PostgresConnection, _ actors: [Actor], documentID: Int64,
                                     changes: inout DocumentChanges) async throws {
        let logger = ConnectionPool.logger
        // canonicalized() sorts nodes by id: keys are taken in the same order by every transaction.
        let ids = actors.map(\.id), types = actors.map(\.type.rawValue)
        let created = try await connection.query("""
            INSERT INTO relgraph.actors (id, type)
            SELECT * FROM unnest(\(ids)::text[], \(types)::text[]) ORDER BY 1
            ON CONFLICT (id) DO NOTHING RETURNING id
            """, logger: logger)
        for try await id in created.decode(String.self) { changes.newActors.insert(id) }
        changes.existingActors = Set(ids).subtracting(changes.newActors)

        let labels = actors.map(\.label), attributes = actors.map { AttributesColumn.encode($0.attributes) }
        try await connection.query("""
            INSERT INTO relgraph.document_actors (document_id, actor_id, label, attributes)
            SELECT \(documentID), * FROM unnest(\(ids)::text[], \(labels)::text[], \(attributes)::text[])
            """, logger: logger)
        var nameActors: [String] = [], names: [String] = []
        for actor in actors {
            for name in Set(actor.names).sorted() {
                nameActors.append(actor.id)
                names.append(name)
            }
        }
        try await connection.query("""
            INSERT INTO relgraph.actor_names (document_id, actor_id, name)
            SELECT \(documentID), * FROM unnest(\(nameActors)::text[], \(names)::text[])
            """, logger: logger)
    }

    private static func insertRelations(_ connection: PostgresConnection, _ relations: [Relation], documentID: Int64,
                                        changes: inout DocumentChanges) async throws {
        guard !relations.isEmpty else { return }
        let logger = ConnectionPool.logger
        let keys = relations.map(\.key)
        let sources = keys.map(\.source), types = keys.map(\.type.rawValue), targets = keys.map(\.target)
        let created = try await connection.query("""
            INSERT INTO relgraph.relations (source, type, target)
            SELECT * FROM unnest(\(sources)::text[], \(types)::text[], \(targets)::text[]) ORDER BY 1, 2, 3
            ON CONFLICT (source, type, target) DO NOTHING RETURNING source, type, target
            """, logger: logger)
        for try await (source, type, target) in created.decode((String, String, String).self) {
            if let type = RelationType(rawValue: type) { changes.newRelations.insert(RelationKey(source: source, type: type, target: target)) }
        }
        changes.existingRelations = Set(keys).subtracting(changes.newRelations)

        // Every key now exists, committed by this transaction or by one this statement waited for.
        var idByKey: [RelationKey: Int64] = [:]
        let found = try await connection.query("""
            SELECT r.id, r.source, r.type, r.target FROM relgraph.relations r
            JOIN unnest(\(sources)::text[], \(types)::text[], \(targets)::text[]) AS k(source, type, target)
              ON r.source = k.source AND r.type = k.type AND r.target = k.target
            """, logger: logger)
        for try await (id, source, type, target) in found.decode((Int64, String, String, String).self) {
            if let type = RelationType(rawValue: type) { idByKey[RelationKey(source: source, type: type, target: target)] = id }
        }

        var supportIDs: [Int64] = [], confidences: [Double] = [], attributes: [String] = []
        var evidenceIDs: [Int64] = [], sentences: [String] = [], starts: [Int] = [], ends: [Int] = [], dates: [String] = []
        for relation in relations {
            guard let id = idByKey[relation.key] else { throw StoreError.database("relations", message: "relation \(relation.key) vanished") }
            supportIDs.append(id)
            confidences.append(relation.confidence)
            attributes.append(AttributesColumn.encode(relation.attributes))
            for evidence in Set(relation.evidence).sorted() {
                evidenceIDs.append(id)
                sentences.append(evidence.sentence)
                starts.append(evidence.start)
                ends.append(evidence.end)
                dates.append(evidence.date ?? "")  // arrays carry no NULLs here: "" stands for none
            }
        }
        try await connection.query("""
            INSERT INTO relgraph.relation_support (document_id, relation_id, confidence, attributes)
            SELECT \(documentID), * FROM unnest(\(supportIDs)::bigint[], \(confidences)::float8[], \(attributes)::text[])
            """, logger: logger)
        try await connection.query("""
            INSERT INTO relgraph.evidence (document_id, relation_id, sentence, start, "end", date)
            SELECT \(documentID), i, s, b, e, NULLIF(d, '')
            FROM unnest(\(evidenceIDs)::bigint[], \(sentences)::text[], \(starts)::bigint[], \(ends)::bigint[], \(dates)::text[]) AS x(i, s, b, e, d)
            """, logger: logger)
    }
}
