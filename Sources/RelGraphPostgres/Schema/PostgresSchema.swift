/// The PostgreSQL corpus schema, as ordered migrations named like the SQLite engine's
/// (`v1-corpus`, `v2-dates`), recorded in `relgraph.migrations`. Never edit a shipped
/// migration: append one. Sources/RelGraphStore/SCHEMA.md describes both engines' tables.
///
/// Everything lives in the schema `relgraph`, so a corpus can share a database with other
/// applications. Key columns use the "C" collation: text sorts by bytes, as in SQLite, whatever
/// the database's locale.
///
/// Made for many concurrent writers: `actors` and `relations` are only ever inserted (ON
/// CONFLICT DO NOTHING) and never updated, so no document transaction waits on a row lock held
/// by another for a popular actor such as `country:US`. What SQLite keeps updated in the
/// `actors` row (label, attributes) is kept per document in `document_actors` and combined when
/// the graph is read, by the same rules.
enum PostgresSchema {
    static let migrations: [(identifier: String, sql: String)] = [
        ("v1-corpus", """
            CREATE TABLE relgraph.documents (
                id bigserial PRIMARY KEY,
                path text COLLATE "C" NOT NULL UNIQUE,
                sha256 text COLLATE "C" NOT NULL UNIQUE,
                bytes bigint NOT NULL,
                format text NOT NULL,
                characters bigint NOT NULL,
                actor_count integer NOT NULL,
                relation_count integer NOT NULL,
                evidence_count integer NOT NULL,
                ingested_at text NOT NULL
            );
            CREATE TABLE relgraph.actors (
                id text COLLATE "C" PRIMARY KEY,
                type text NOT NULL
            );
            CREATE TABLE relgraph.document_actors (
                document_id bigint NOT NULL REFERENCES relgraph.documents(id) ON DELETE CASCADE,
                actor_id text COLLATE "C" NOT NULL,
                label text COLLATE "C" NOT NULL,
                attributes text NOT NULL DEFAULT '{}',
                PRIMARY KEY (document_id, actor_id)
            );
            CREATE INDEX document_actors_by_actor ON relgraph.document_actors (actor_id);
            CREATE TABLE relgraph.actor_names (
                document_id bigint NOT NULL REFERENCES relgraph.documents(id) ON DELETE CASCADE,
                actor_id text COLLATE "C" NOT NULL,
                name text COLLATE "C" NOT NULL,
                PRIMARY KEY (document_id, actor_id, name)
            );
            CREATE TABLE relgraph.relations (
                id bigserial PRIMARY KEY,
                source text COLLATE "C" NOT NULL,
                type text COLLATE "C" NOT NULL,
                target text COLLATE "C" NOT NULL,
                UNIQUE (source, type, target)
            );
            CREATE INDEX relations_by_target ON relgraph.relations (target);
            CREATE TABLE relgraph.relation_support (
                document_id bigint NOT NULL REFERENCES relgraph.documents(id) ON DELETE CASCADE,
                relation_id bigint NOT NULL,
                confidence double precision NOT NULL,
                attributes text NOT NULL DEFAULT '{}',
                PRIMARY KEY (document_id, relation_id)
            );
            CREATE INDEX relation_support_by_relation ON relgraph.relation_support (relation_id);
            CREATE TABLE relgraph.evidence (
                id bigserial PRIMARY KEY,
                document_id bigint NOT NULL REFERENCES relgraph.documents(id) ON DELETE CASCADE,
                relation_id bigint NOT NULL,
                sentence text NOT NULL,
                start bigint NOT NULL,
                "end" bigint NOT NULL
            );
            CREATE INDEX evidence_by_document ON relgraph.evidence (document_id);
            """),
        ("v2-dates", """
            ALTER TABLE relgraph.documents ADD COLUMN date text;
            ALTER TABLE relgraph.evidence ADD COLUMN date text;
            """),
    ]

    /// Serializes migrations between workers starting at once (`pg_advisory_xact_lock`).
    static let migrationLock: Int64 = 0x5247_7266_0001
    /// Serializes orphan sweeps with each other (ingest transactions are held off by table locks).
    static let sweepLock: Int64 = 0x5247_7266_0002
}
