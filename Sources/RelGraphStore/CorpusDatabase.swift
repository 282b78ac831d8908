import RelGraphCore
import RelGraphDocuments

/// What a corpus engine offers, whichever server or file holds the corpus: ``CorpusStore`` (one
/// SQLite file) and `PostgresCorpusStore` (module RelGraphPostgres, a PostgreSQL database shared
/// by many ingest workers) implement it with the same semantics, so `relgraph ingest` and every
/// `--db` verb work on either, and ``loadGraph()`` gives byte for byte the same graph for the
/// same documents:
///
/// - documents are keyed by the SHA-256 of their bytes: the same bytes again are *unchanged*
///   (same path) or a *duplicate* (another path), and are never stored twice;
/// - each document is stored in one transaction with everything extracted from it, so a process
///   killed at any moment leaves every finished document and none of the unfinished one;
/// - a known path with new bytes is *replaced*: its old names, support and evidence go, with the
///   actors and relations no other document supports;
/// - the graph read back combines documents by `MergePolicy`, exactly as `relgraph extract` of
///   the same files does (SCHEMA.md states the rules).
///
/// Engines are safe to call from several threads at once.
public protocol CorpusDatabase: AnyObject, Sendable {
    /// How messages name the database: the SQLite path, or a PostgreSQL URL without its password.
    var displayName: String { get }

    /// Whether a file with these bytes at this path still needs extraction.
    func state(path: String, sha256: String) throws -> StoredState

    /// Stores `document` and the graph extracted from it, in one transaction. The state check is
    /// repeated inside it, so workers racing on equal files store it once.
    func store(_ document: SourceDocument, graph: RelationshipGraph) throws -> DocumentOutcome

    /// Runs `body` while this worker holds the right to extract the document with these bytes,
    /// so that concurrent workers do not extract the same file twice. Returns nil without running
    /// `body` when `wait` is false and another worker holds it. A claim ends with `body`, or with
    /// its process, however that ends. Engines with one writer at a time need no claims.
    func withClaim<T>(sha256: String, wait: Bool, _ body: () throws -> T) throws -> T?

    /// Deletes actors and relations no document supports any more (after replacements).
    func removeOrphans() throws

    /// The whole corpus as one canonical graph.
    func loadGraph() throws -> RelationshipGraph

    /// Every stored document, sorted by path (byte order).
    func documents() throws -> [StoredDocument]

    /// Documents, actors and relations by type, counted without loading the graph.
    func statistics() throws -> CorpusStatistics

    /// The invariants a killed ingest must never break; empty when consistent.
    func consistencyProblems() throws -> [String]

    /// Finishes with the database (folds SQLite's log back, closes PostgreSQL connections).
    func close() throws
}

extension CorpusDatabase {
    public func withClaim<T>(sha256: String, wait: Bool, _ body: () throws -> T) throws -> T? {
        try body()
    }
}

extension CorpusStore: CorpusDatabase {
    public var displayName: String { path }
}
