import Foundation
import PostgresNIO
import RelGraphCore
import RelGraphStore

/// A corpus in a PostgreSQL database, shared by any number of `relgraph ingest` processes on one
/// or several machines: the same semantics as the SQLite ``CorpusStore`` (see ``CorpusDatabase``)
/// and, for the same documents, byte for byte the same graph.
///
/// ```swift
/// let store = try PostgresCorpusStore(url: "postgres://relgraph@db.example:5432/news", mode: .readWrite)
/// let ingester = CorpusIngester(store: store, jobs: 8) { document in extractor.extract(text: document.text, document: document.path) }
/// ```
///
/// Concurrency: each document is one READ COMMITTED transaction that only inserts; actor and
/// relation keys are shared through unique indexes with `ON CONFLICT DO NOTHING`, taken in
/// sorted order so two transactions never wait on each other in a cycle. Serialization failures
/// and deadlocks, should PostgreSQL report one anyway, run the transaction again after a random
/// backoff. Workers claim a document's bytes with a session advisory lock before extracting it,
/// so they share a corpus without extracting a file twice; the server drops the lock when a
/// worker's connection ends, SIGKILL included. Thread-safe.
public final class PostgresCorpusStore: CorpusDatabase {
    public typealias Mode = CorpusStore.Mode

    public let location: PostgresLocation
    let pool: ConnectionPool
    /// Whether the database has the `v2-dates` columns (a read-only open of a v1 corpus has not).
    let dated: Bool

    public var displayName: String { location.displayName }

    /// Opens the corpus at a `postgres://` URL (see ``PostgresLocation``). `.readWrite` creates the
    /// `relgraph` schema when missing and applies missing migrations; `.readOnly` requires a corpus.
    public convenience init(url: String, mode: Mode, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try self.init(location: PostgresLocation(url, environment: environment), mode: mode)
    }

    public init(location: PostgresLocation, mode: Mode) throws {
        self.location = location
        let pool = ConnectionPool(location: location)
        self.pool = pool
        let name = location.displayName
        do {
            dated = try Blocking.run {
                try await pool.withConnection { connection in
                    if mode == .readWrite { try await Self.migrate(connection, name: name) }
                    return try await Self.checkIdentity(connection, name: name)
                }
            }
        } catch {
            Blocking.runIgnoringErrors { await pool.closeAll() }
            throw PostgresFailure.describe(error, name: name)
        }
    }

    /// Applies the migrations this database lacks, one worker at a time (the others wait on the
    /// advisory lock, then find nothing to do).
    private static func migrate(_ connection: PostgresConnection, name: String) async throws {
        let logger = ConnectionPool.logger
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))", logger: logger)
            try await connection.query("CREATE SCHEMA IF NOT EXISTS relgraph", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS relgraph.migrations (identifier text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            let applied = try await appliedMigrations(connection)
            for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                for statement in migration.sql.components(separatedBy: ";\n") where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO relgraph.migrations (identifier) VALUES (\(migration.identifier))", logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    private static func appliedMigrations(_ connection: PostgresConnection) async throws -> Set<String> {
        var applied: Set<String> = []
        for try await identifier in try await connection.query("SELECT identifier FROM relgraph.migrations", logger: ConnectionPool.logger).decode(String.self) {
            applied.insert(identifier)
        }
        return applied
    }

    /// Refuses databases without a relgraph corpus and corpora from a newer relgraph; returns
    /// whether the dates migration is applied.
    private static func checkIdentity(_ connection: PostgresConnection, name: String) async throws -> Bool {
        let logger = ConnectionPool.logger
        var hasTable = false
        for try await exists in try await connection.query("SELECT to_regclass('relgraph.migrations') IS NOT NULL", logger: logger).decode(Bool.self) {
            hasTable = exists
        }
        guard hasTable else { throw StoreError.missing(name) }
        let applied = try await appliedMigrations(connection)
        let known = Set(PostgresSchema.migrations.map(\.identifier))
        if !applied.isSubset(of: known) { throw StoreError.newerSchema(name) }
        if applied.isEmpty { throw StoreError.outdatedSchema(name) }
        return applied.contains("v2-dates")
    }

    // MARK: Running SQL

    /// Runs `body` in one READ COMMITTED transaction, again after a random, growing pause when
    /// PostgreSQL reports a serialization failure or a deadlock (at most 8 attempts).
    func transaction<T>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        let pool = self.pool
        do {
            return try Blocking.run {
                var attempt = 0
                while true {
                    attempt += 1
                    do {
                        return try await pool.withConnection { connection in
                            try await connection.query("BEGIN", logger: ConnectionPool.logger)
                            let value = try await body(connection)
                            try await connection.query("COMMIT", logger: ConnectionPool.logger)
                            return value
                        }
                    } catch where PostgresFailure.isRetryable(error) && attempt < 8 {
                        // 5 ms, 10 ms, 20 ms … up to 640 ms, times a random factor so the two
                        // transactions that collided do not collide again.
                        let pause = Double(5 << min(attempt - 1, 7)) * Double.random(in: 0.5...1.5)
                        try await Task.sleep(nanoseconds: UInt64(pause * 1_000_000))
                    }
                }
            }
        } catch {
            throw PostgresFailure.describe(error, name: displayName)
        }
    }

    /// Runs `body` in one read-only REPEATABLE READ transaction: every query sees the same
    /// snapshot, whatever workers commit meanwhile.
    func snapshot<T>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        let pool = self.pool
        do {
            return try Blocking.run {
                try await pool.withConnection { connection in
                    try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: ConnectionPool.logger)
                    let value = try await body(connection)
                    try await connection.query("COMMIT", logger: ConnectionPool.logger)
                    return value
                }
            }
        } catch {
            throw PostgresFailure.describe(error, name: displayName)
        }
    }

    public func close() throws {
        let pool = self.pool
        Blocking.runIgnoringErrors { await pool.closeAll() }
    }

    deinit {
        let pool = self.pool
        Blocking.runIgnoringErrors { await pool.closeAll() }
    }
}

extension Blocking {
    static func runIgnoringErrors(_ body: @escaping @Sendable () async -> Void) {
        _ = try? run { await body() }
    }
}
