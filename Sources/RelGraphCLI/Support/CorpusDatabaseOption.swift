import Foundation
import RelGraphCore
import RelGraphStore

/// `--db`: an SQLite file or a `postgres://` URL, else the `RELGRAPH_DB` environment variable.
/// Opens the matching engine; PostgreSQL credentials may come from the URL or from `PG*`
/// variables and are never printed (messages name ``CorpusDatabase/displayName``).
///
/// The PostgreSQL engine (RelGraphPostgres, on SwiftNIO) is not linked into `relgraph`: a command
/// line naming a `postgres://` database is handed over to `relgraph-serve` (``CompanionHandover``),
/// which links it and sets ``openPostgres`` before parsing.
package enum CorpusDatabaseOption {
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

    /// Opens a PostgreSQL corpus, in executables that link the engine; set once at start-up,
    /// before any thread exists. A malformed URL must be thrown as a ``RelGraphError/usage(_:)``.
    nonisolated(unsafe) package static var openPostgres: ((String, CorpusStore.Mode) throws -> any CorpusDatabase)?

    static func open(_ db: String, mode: CorpusStore.Mode) throws -> any CorpusDatabase {
        guard CorpusLocation.isPostgres(db) else { return try CorpusStore(path: db, mode: mode) }
        // `relgraph` hands every command line naming a postgres:// database over before parsing
        // it (`CompanionHandover`), so only a program that links the engine gets here.
        guard let openPostgres else {
            throw RelGraphError.badInput("this program cannot open PostgreSQL databases; run it as relgraph (which hands --db postgres://… to \(CompanionHandover.executableName))")
        }
        return try openPostgres(db, mode)
    }

    /// Whether `db` names a file of this machine (which `-o` must not overwrite).
    static func isFile(_ db: String) -> Bool { !CorpusLocation.isPostgres(db) }
}
