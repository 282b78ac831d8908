import GRDB

/// The database schema, as an ordered list of migrations (GRDB records the applied ones in the
/// `grdb_migrations` table). Never edit a shipped migration: append a new one. SCHEMA.md
/// describes the resulting tables for people who query the file with `sqlite3`.
///
/// Layout for ingest speed: each document's rows are keyed by `document_id` first, so a commit
/// appends to the end of its B-trees instead of dirtying a random page per row; only actors and
/// the relation key index take random writes. Child rows name actors and relations without
/// foreign keys (a key check on delete would scan): ingest keeps them consistent, and rows no
/// document names any more are ignored on load and swept after replacements.
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
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    actor_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    PRIMARY KEY (document_id, actor_id, name)
                ) WITHOUT ROWID;
                CREATE TABLE relations (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    type TEXT NOT NULL,
                    target TEXT NOT NULL,
                    UNIQUE (source, type, target)
                );
                CREATE TABLE relation_support (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    relation_id INTEGER NOT NULL,
                    confidence REAL NOT NULL,
                    attributes TEXT NOT NULL DEFAULT '{}',
                    PRIMARY KEY (document_id, relation_id)
                ) WITHOUT ROWID;
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    relation_id INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL
                );
                CREATE INDEX evidence_by_document ON evidence(document_id);
                """)
        }
        // Time: each document's publication date and each evidence sentence's date (ISO 8601 at
        // its precision, NULL when unknown). Rows written before stay NULL: undated.
        migrator.registerMigration("v2-dates") { db in
            try db.execute(sql: """
                ALTER TABLE documents ADD COLUMN date TEXT;
                ALTER TABLE evidence ADD COLUMN date TEXT;
                """)
        }
        return migrator
    }

    /// Whether the file's tables have the `v2-dates` columns (a v1 corpus opened read-only does not).
    static func hasDates(_ db: Database) throws -> Bool {
        try db.columns(in: "evidence").contains { $0.name == "date" }
    }
}
