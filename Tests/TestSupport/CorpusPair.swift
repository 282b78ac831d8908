import Foundation

/// The setup the PostgreSQL tests share: ``NewsTestCorpus`` written to a fresh temporary folder,
/// an SQLite path in it and a fresh database on the test cluster (``PostgresTestServer``), so a
/// test can give the same corpus to both engines and compare what they answer.
///
/// ```swift
/// let pair = try CorpusPair(generated: 24)
/// defer { pair.cleanUp() }
/// for result in try pair.ingestIntoBoth(["--quiet"]) { … }
/// ```
public struct CorpusPair {
    public let folder: TemporaryFolder
    /// The corpus folder (`folder/corpus`).
    public let corpus: String
    /// Where the SQLite corpus goes (`folder/corpus.sqlite`; not created until ingested).
    public let sqlite: String
    /// The URL of an empty PostgreSQL database of its own.
    public let postgres: String

    /// Writes `generated` reports and the sample articles, and makes the PostgreSQL database.
    public init(generated: Int) throws {
        folder = try TemporaryFolder()
        do {
            corpus = try NewsTestCorpus.write(folder, generated: generated)
            sqlite = folder.path + "/corpus.sqlite"
            postgres = try PostgresTestServer.freshDatabase()
        } catch {
            folder.cleanUp()
            throw error
        }
    }

    /// Both corpora: SQLite first, then PostgreSQL.
    public var databases: [String] { [sqlite, postgres] }

    /// `relgraph ingest CORPUS --db DB arguments…` into SQLite, then into PostgreSQL.
    public func ingestIntoBoth(_ arguments: [String]) throws -> [ProcessRunner.Result] {
        try databases.map { try Self.relgraph(["ingest", corpus, "--db", $0] + arguments) }
    }

    /// Drops the database and removes the folder.
    public func cleanUp() {
        PostgresTestServer.drop(postgres)
        folder.cleanUp()
    }

    /// Runs the relgraph executable built beside the tests.
    public static func relgraph(_ arguments: [String], environment: [String: String]? = nil) throws -> ProcessRunner.Result {
        guard let binary = ProcessRunner.relgraph else { throw MissingExecutable() }
        return try ProcessRunner.run(binary, arguments, environment: environment)
    }

    public struct MissingExecutable: Error, CustomStringConvertible {
        public var description: String { "relgraph executable not found beside the test bundle" }
    }
}
