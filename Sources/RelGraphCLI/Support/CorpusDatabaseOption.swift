import Foundation
import RelGraphCore
import RelGraphPostgres
import RelGraphStore

/// `--db`: an SQLite file or a `postgres://` URL, else the `RELGRAPH_DB` environment variable.
/// Opens the matching engine; PostgreSQL credentials may come from the URL or from `PG*`
/// variables and are never printed (messages name ``CorpusDatabase/displayName``).
enum CorpusDatabaseOption {
    static let environmentVariable = "RELGRAPH_DB"

    /// `--db` as given, else `RELGRAPH_DB`, else nil.
    static func resolve(_ given: String?) -> String? {
        if let given { return given }
        let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable]
        return fromEnvironment?.isEmpty == false ? fromEnvironment : nil
    }

    /// `--db` or `RELGRAPH_DB`, or a usage error naming both.
    static func required(_ given: String?) throws -> String {
        guard let db = resolve(given) else {
            throw RelGraphError.usage("give the corpus database: --db corpus.sqlite, --db postgres://user@host:port/db, or RELGRAPH_DB")
        }
        return db
    }

    static func open(_ db: String, mode: CorpusStore.Mode) throws -> any CorpusDatabase {
        guard PostgresLocation.isPostgres(db) else { return try CorpusStore(path: db, mode: mode) }
        do {
            return try PostgresCorpusStore(url: db, mode: mode)
        } catch let error as PostgresLocationError {
            throw RelGraphError.usage("--db: \(error.description)")
        }
    }

    /// Whether `db` names a file of this machine (which `-o` must not overwrite).
    static func isFile(_ db: String) -> Bool { !PostgresLocation.isPostgres(db) }
}
