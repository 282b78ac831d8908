import Foundation
import GRDB
import RelGraphCore

/// A corpus of documents and the relationship graph grown from them, in one SQLite file.
///
/// Each document is written in one transaction together with everything extracted from it, so the
/// file is consistent whenever a process stops, even killed mid-ingest. Open it for writing to
/// ingest, or read-only to query:
///
/// ```swift
/// let store = try CorpusStore(path: "corpus.sqlite", mode: .readOnly)
/// let graph = try store.loadGraph()
/// ```
public final class CorpusStore: Sendable {
    /// How a store is opened.
    public enum Mode: Sendable {
        /// Creates the file when missing and migrates it to the current schema.
        case readWrite
        /// The file must exist and already be a relgraph corpus; nothing is written.
        case readOnly
    }

    /// The file this store reads and writes.
    public let path: String
    let database: any DatabaseWriter

    public init(path: String, mode: Mode) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw StoreError.isFolder(path) }
        if mode == .readOnly && !exists {
            throw StoreError.missing(path)
        }
        var configuration = Configuration()
        configuration.readonly = mode == .readOnly
        configuration.label = "relgraph-corpus"
        // Another relgraph writing the same file: wait for it rather than fail at once.
        configuration.busyMode = .timeout(30)
        let writable = mode == .readWrite
        configuration.prepareDatabase { db in
            // SQLite's default 2 MB page cache thrashes once a corpus passes a few hundred MB:
            // look-ups while ingesting and the scans of loadGraph() go to the kernel every page.
            try db.execute(sql: "PRAGMA cache_size = -65536")  // 64 MiB
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")  // map up to 1 GiB for reads
            if writable {
                // WAL + NORMAL: a killed process loses at most its open transaction; the file
                // itself stays consistent.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        // Opening, checking and migrating happen under a lock on the file, so a second relgraph
        // creating the same corpus waits for the first to finish its schema instead of finding a
        // half-made file ("not a relgraph corpus") or a lock held while WAL mode is switched on.
        let openingLock = try OpeningLock(path: path, exclusive: mode == .readWrite)
        defer { openingLock.release() }
        do {
            if mode == .readWrite {
                // Identify an existing file before anything writes to it: opening a pool switches
                // the file to WAL mode, for good, even when it belongs to another application.
                if exists {
                    var probe = Configuration()
                    probe.readonly = true
                    probe.busyMode = .timeout(30)
                    let queue = try DatabaseQueue(path: path, configuration: probe)
                    try Self.checkIdentity(queue, path: path, allowEmpty: true)
                    try queue.close()
                }
                let pool = try DatabasePool(path: path, configuration: configuration)
                database = pool
                try Self.checkIdentity(pool, path: path, allowEmpty: true)
                try StoreSchema.migrator.migrate(pool)
            } else {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                database = queue
                try Self.checkIdentity(queue, path: path, allowEmpty: false)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    /// Refuses SQLite files that are not relgraph corpora, and corpora from a newer relgraph.
    private static func checkIdentity(_ reader: any DatabaseReader, path: String, allowEmpty: Bool) throws {
        try reader.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if applicationID == 0 && tableCount == 0 && allowEmpty { return }
            guard applicationID == StoreSchema.applicationID else {
                throw StoreError.notACorpus(path)
            }
            if try StoreSchema.migrator.hasBeenSuperseded(db) {
                throw StoreError.newerSchema(path)
            }
            // An older schema still reads (read-only: without what later migrations add); only a
            // file with no relgraph schema at all is refused.
            if !allowEmpty, try StoreSchema.migrator.appliedIdentifiers(db).isEmpty {
                throw StoreError.outdatedSchema(path)
            }
        }
    }

    /// One line for a database failure, naming the file.
    static func describe(_ error: any Error, path: String) -> any Error {
        // The store's own errors, and the graph validation's (RelGraphError), pass through.
        if error is StoreError || error is RelGraphError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return StoreError.notSQLite(path)
            case .SQLITE_CANTOPEN: return StoreError.cannotOpen(path)
            case .SQLITE_READONLY: return StoreError.readOnly(path)
            case .SQLITE_FULL: return StoreError.diskFull(path)
            case .SQLITE_CORRUPT: return StoreError.damaged(path)
            case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path)
            default: return StoreError.database(path, message: error.message ?? "\(error.resultCode)")
            }
        }
        return StoreError.database(path, message: "\(error)")
    }

    /// Runs a read, mapping database errors to one-line ``StoreError``s.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.read(body) } catch { throw Self.describe(error, path: path) }
    }

    /// Runs one write transaction, mapping database errors to one-line ``StoreError``s.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.write(body) } catch { throw Self.describe(error, path: path) }
    }

    /// Folds the write-ahead log back into the main file and closes the connections, so the
    /// `-wal`/`-shm` side files disappear and the database can be copied alone; while another
    /// relgraph still has the corpus open, the log stays for it to fold in. The store cannot be
    /// used afterwards.
    public func close() throws {
        do {
            try checkpoint()
        } catch StoreError.busy {
            // Another relgraph still reads or writes the corpus (two ingests finishing together):
            // everything this store wrote is committed, and the last one to close folds the log in.
            // Failing here reported a stored document as an error.
        }
        do { try database.close() } catch { throw Self.describe(error, path: path) }
        Self.leaveWALMode(path)
    }

    /// Switches a closed corpus back to a rollback journal when no other connection has it open,
    /// so that it can be read where nothing can be written: a WAL file needs its `-shm` side file
    /// even to be read, which a read-only medium or folder cannot hold. The next writer turns WAL
    /// on again. Best effort: when another process uses the file, it stays in WAL mode.
    static func leaveWALMode(_ path: String) {
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return }
        _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try? queue.close()
    }

    /// Folds the write-ahead log back into the main file.
    public func checkpoint() throws {
        do {
            _ = try database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        } catch {
            throw Self.describe(error, path: path)
        }
    }
}
