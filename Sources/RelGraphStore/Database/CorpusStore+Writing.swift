import Foundation
import GRDB
import RelGraphCore
import RelGraphDocuments
import RelGraphFormats
import RelGraphTime

/// What storing one document did to the corpus.
public enum DocumentOutcome: Sendable, Equatable {
    /// A new document: its actors and relations were merged in.
    case added(DocumentChanges)
    /// The file at this path had other content before: its old evidence was replaced.
    case replaced(DocumentChanges)
    /// The same bytes are already stored under this path: nothing to do.
    case unchanged
    /// The same bytes are already stored under another path: not counted twice.
    case duplicate(of: String)
}

/// The actors and relations one document touched, to count new versus updated ones in a run.
public struct DocumentChanges: Sendable, Equatable {
    /// Actors this document created.
    public var newActors: Set<String> = []
    /// Actors that existed before and that this document mentions again.
    public var existingActors: Set<String> = []
    /// Relations this document created.
    public var newRelations: Set<RelationKey> = []
    /// Relations that existed before and that this document adds evidence to.
    public var existingRelations: Set<RelationKey> = []

    public init() {}
}

/// The database's view of a file before extracting it: lets ingest skip extraction for unchanged files.
public enum StoredState: Sendable, Equatable {
    case absent
    case unchanged
    case changed
    case duplicate(of: String)
}

extension CorpusStore {
    /// Whether a file with these bytes at this path still needs extraction.
    public func state(path: String, sha256: String) throws -> StoredState {
        try read { db in try Self.state(db, path: path, sha256: sha256) }
    }

    private static func state(_ db: Database, path: String, sha256: String) throws -> StoredState {
        if let storedPath = try String.fetchOne(db, sql: "SELECT path FROM documents WHERE sha256 = ?", arguments: [sha256]) {
            return storedPath == path ? .unchanged : .duplicate(of: storedPath)
        }
        let known = try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE path = ?", arguments: [path]) ?? false
        return known ? .changed : .absent
    }

    /// Stores `document` and the graph extracted from it, in one transaction.
    ///
    /// The check for unchanged or duplicate content is repeated inside the transaction, so two
    /// workers racing on equal files store it once. When the path held other content, that
    /// document's names, support and evidence are removed first, with actors and relations no
    /// other document supports.
    public func store(_ document: SourceDocument, graph: RelationshipGraph) throws -> DocumentOutcome {
        try GraphJSON.validate(graph, source: document.path)
        // One row per relation key and document: duplicates merge first, by MergePolicy.
        let graph = graph.canonicalized()
        return try write { db in
            switch try Self.state(db, path: document.path, sha256: document.sha256) {
            case .unchanged: return .unchanged
            case .duplicate(let other): return .duplicate(of: other)
            case .changed:
                try Self.removeDocument(db, path: document.path)
                return .replaced(try Self.insert(db, document: document, graph: graph))
            case .absent:
                return .added(try Self.insert(db, document: document, graph: graph))
            }
        }
    }

    /// Removes a document and whatever only it supported. Returns false when the path is unknown.
    @discardableResult
    public func removeDocument(path: String) throws -> Bool {
        try write { db in try Self.removeDocument(db, path: path) }
    }

    /// Deletes the document; its names, support and evidence go with it (cascade). Actors and
    /// relations no other document supports stay as orphans until ``removeOrphans()``: they are
    /// invisible to readers, and sweeping them needs a scan too slow for every transaction.
    @discardableResult
    private static func removeDocument(_ db: Database, path: String) throws -> Bool {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [path]) else {
            return false
        }
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
        return true
    }

    /// Deletes actors no document names and relations no document supports (left by replaced or
    /// removed documents). One pass over each table, in one transaction.
    public func removeOrphans() throws {
        try write { db in
            try db.execute(sql: "DELETE FROM relations WHERE id NOT IN (SELECT relation_id FROM relation_support)")
            try db.execute(sql: "DELETE FROM evidence WHERE relation_id NOT IN (SELECT id FROM relations)")
            try db.execute(sql: "DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM actor_names)")
        }
    }

    private static func insert(_ db: Database, document: SourceDocument, graph: RelationshipGraph) throws -> DocumentChanges {
        let evidenceCount = graph.edges.reduce(0) { $0 + Set($1.evidence).count }
        try db.execute(
            sql: """
                INSERT INTO documents (path, sha256, bytes, format, characters, actor_count, relation_count, evidence_count, ingested_at, date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                document.path, document.sha256, document.byteCount, document.format.rawValue,
                document.text.unicodeScalars.count, graph.nodes.count, graph.edges.count, evidenceCount,
                ISO8601DateFormatter().string(from: Date()),
                // The date extraction used (`--date` or found), as the graph records it.
                graph.documents.first { $0.name == document.path }?.date ?? document.date?.date.description,
            ])
        let documentID = db.lastInsertedRowID
        var changes = DocumentChanges()
        try insertActors(db, graph.nodes, documentID: documentID, documentPath: document.path, changes: &changes)
        try insertRelations(db, graph.edges, documentID: documentID, changes: &changes)
        return changes
    }

    /// The first path, in byte order, of the documents that name `actor` with `label`.
    private static func labelOwnerPath(_ db: Database, actor: String, label: String) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT min(documents.path) FROM actor_names JOIN documents ON documents.id = actor_names.document_id
            WHERE actor_names.actor_id = ? AND actor_names.name = ?
            """, arguments: [actor, label])
    }

    private static func insertActors(_ db: Database, _ actors: [Actor], documentID: Int64, documentPath: String,
                                     changes: inout DocumentChanges) throws {
        let find = try db.makeStatement(sql: "SELECT label, attributes FROM actors WHERE id = ?")
        let create = try db.makeStatement(sql: "INSERT INTO actors (id, type, label, attributes) VALUES (?, ?, ?, ?)")
        let updateAttributes = try db.makeStatement(sql: "UPDATE actors SET attributes = ? WHERE id = ?")
        let updateLabel = try db.makeStatement(sql: "UPDATE actors SET label = ? WHERE id = ?")
        let addName = try db.makeStatement(sql: "INSERT OR IGNORE INTO actor_names (document_id, actor_id, name) VALUES (?, ?, ?)")
        for actor in actors {
            if let stored = try Row.fetchOne(find, arguments: [actor.id]) {
                changes.existingActors.insert(actor.id)
                // Attributes unite by MergePolicy, as GraphAccumulator merges them.
                let before = try AttributesColumn.decode(stored[1])
                let attributes = MergePolicy.mergedActorAttributes(before, actor.attributes)
                if attributes != before {
                    try updateAttributes.execute(arguments: [AttributesColumn.encode(attributes), actor.id])
                }
                let label: String = stored[0]
                if actor.label != label, try labelOwnerPath(db, actor: actor.id, label: label).map({ documentPath < $0 }) ?? true {
                    // The label comes from the first document by path, as `extract` merges them.
                    try updateLabel.execute(arguments: [actor.label, actor.id])
                }
            } else {
                changes.newActors.insert(actor.id)
                try create.execute(arguments: [actor.id, actor.type.rawValue, actor.label, AttributesColumn.encode(actor.attributes)])
            }
            for name in Set(actor.names) {
                try addName.execute(arguments: [documentID, actor.id, name])
            }
        }
    }

    private static func insertRelations(_ db: Database, _ relations: [Relation], documentID: Int64, changes: inout DocumentChanges) throws {
        let find = try db.makeStatement(sql: "SELECT id FROM relations WHERE source = ? AND type = ? AND target = ?")
        let create = try db.makeStatement(sql: "INSERT INTO relations (source, type, target) VALUES (?, ?, ?)")
        let support = try db.makeStatement(sql: """
            INSERT INTO relation_support (relation_id, document_id, confidence, attributes) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (document_id, relation_id) DO UPDATE SET
                confidence = max(confidence, excluded.confidence)
            """)
        let addEvidence = try db.makeStatement(sql: """
            INSERT INTO evidence (relation_id, document_id, sentence, start, "end", date) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for relation in relations {
            let key = relation.key
            let arguments: StatementArguments = [key.source, key.type.rawValue, key.target]
            let relationID: Int64
            if let existing = try Int64.fetchOne(find, arguments: arguments) {
                relationID = existing
                if !changes.newRelations.contains(key) { changes.existingRelations.insert(key) }
            } else {
                try create.execute(arguments: arguments)
                relationID = db.lastInsertedRowID
                changes.newRelations.insert(key)
            }
            try support.execute(arguments: [relationID, documentID, relation.confidence, AttributesColumn.encode(relation.attributes)])
            for evidence in Set(relation.evidence).sorted() {
                try addEvidence.execute(arguments: [relationID, documentID, evidence.sentence, evidence.start, evidence.end, evidence.date])
            }
        }
    }
}
