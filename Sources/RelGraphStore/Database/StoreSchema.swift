import GRDB

/// The database schema, as an ordered list of migrations (GRDB records the applied ones in the
/// `grdb_migrations` table). Never edit a shipped migration: append a new one. SCHEMA.md
/// describes the resulting tables for people who query the file with `sqlite3`.
enum StoreSchema {
    /// Identifies relgraph corpus files (`PRAGMA application_id`), so `--db` can refuse other
    /// SQLite files with a clear message. The bytes spell "RGrf".
    static let applicationID: Int32 = 0x5247_7266

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-corpus") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    sha256 TEXT NOT NULL UNIQUE,
                    bytes INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    characters INTEGER NOT NULL,
                    actor_count INTEGER NOT NULL,
                    relation_count INTEGER NOT NULL,
                    evidence_count INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE TABLE actors (
                    id TEXT PRIMARY KEY,
                    type TEXT NOT NULL,
                    label TEXT NOT NULL,
                    attributes TEXT NOT NULL DEFAULT '{}'
                ) WITHOUT ROWID;
                CREATE TABLE actor_names (
                    actor_id TEXT NOT NULL REFERENCES actors(id),
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    PRIMARY KEY (actor_id, document_id, name)
                ) WITHOUT ROWID;
                CREATE INDEX actor_names_by_document ON actor_names(document_id);
                CREATE TABLE relations (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL REFERENCES actors(id),
                    type TEXT NOT NULL,
                    target TEXT NOT NULL REFERENCES actors(id),
                    UNIQUE (source, type, target)
                );
                CREATE INDEX relations_by_target ON relations(target);
                CREATE TABLE relation_support (
                    relation_id INTEGER NOT NULL REFERENCES relations(id),
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    confidence REAL NOT NULL,
                    attributes TEXT NOT NULL DEFAULT '{}',
                    PRIMARY KEY (relation_id, document_id)
                ) WITHOUT ROWID;
                CREATE INDEX relation_support_by_document ON relation_support(document_id);
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    relation_id INTEGER NOT NULL REFERENCES relations(id),
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL
                );
                CREATE INDEX evidence_by_relation ON evidence(relation_id);
                CREATE INDEX evidence_by_document ON evidence(document_id);
                """)
        }
        return migrator
    }
}
