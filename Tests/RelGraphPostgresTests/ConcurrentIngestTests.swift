import Foundation
import RelGraphPostgres
import RelGraphTestSupport
import Testing

/// Four `relgraph ingest` processes feed one PostgreSQL database at once, some killed with
/// SIGKILL mid-run: the database stays consistent, a re-run completes it, and the export equals
/// the export of one uninterrupted SQLite ingest, byte for byte.
@Suite(.serialized, .enabled(if: PostgresTestServer.enabled, "no PostgreSQL server could be started (scripts/postgres-test-cluster.sh)"))
struct ConcurrentIngestTests {
    static let generated = 60
    static let uniqueDocuments = generated + 2  // + the two Examples articles (a third file duplicates one)
    static let files = generated + 3

    private var binary: String {
        get throws { try #require(ProcessRunner.relgraph, "relgraph executable not found beside the test bundle").path }
    }

    /// Without --quiet (`progress`) and with stderr not a terminal, ingest prints one line per
    /// file handled on its stderr pipe.
    private func launchIngest(corpus: String, db: String, progress: Bool) throws -> ChildProcess {
        try ChildProcess.spawn(try binary, ["ingest", corpus, "--db", db, "--jobs", "1"] + (progress ? [] : ["--quiet"]),
                               stdout: .pipe, stderr: progress ? .pipe : .null)
    }

    /// The SQLite export of one uninterrupted single-process ingest of `corpus`.
    private func referenceExport(corpus: String, folder: TemporaryFolder) throws -> Data {
        let sqlite = folder.path + "/reference.sqlite"
        let ingest = try ProcessRunner.run(URL(fileURLWithPath: try binary), ["ingest", corpus, "--db", sqlite, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return try export(sqlite)
    }

    private func export(_ db: String) throws -> Data {
        let result = try ProcessRunner.run(URL(fileURLWithPath: try binary), ["export", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdoutData
    }

    /// The numbers of one ingest's closing summary: added, replaced, unchanged, duplicate, skipped.
    private func summary(_ output: String) -> [Int] {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("documents:") }) else { return [] }
        return line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.prefix(5).map { $0 }
    }

    @Test func fourWorkersStoreEachDocumentOnceAndExportLikeSQLite() throws {
        let pair = try CorpusPair(generated: Self.generated)
        defer { pair.cleanUp() }
        let (folder, corpus, url) = (pair.folder, pair.corpus, pair.postgres)
        let reference = try referenceExport(corpus: corpus, folder: folder)

        let workers = try (0..<4).map { _ in try launchIngest(corpus: corpus, db: url, progress: false) }
        var added = 0
        for worker in workers {
            let output = String(decoding: worker.standardOutput!.readDataToEndOfFile(), as: UTF8.self)
            #expect(worker.wait().exitCode == 0)
            let counts = summary(output)
            #expect(counts.count == 5 && counts[4] == 0, "\(output)")
            // Every worker accounts for every file: stored by it, or found stored by another.
            #expect(counts.reduce(0, +) == Self.files, "\(output)")
            added += counts.first ?? 0
        }
        // Each document was extracted and stored by exactly one worker.
        #expect(added == Self.uniqueDocuments)

        let store = try PostgresCorpusStore(url: url, mode: .readOnly)
        defer { try? store.close() }
        #expect(try store.consistencyProblems() == [])
        #expect(try store.documents().count == Self.uniqueDocuments)
        #expect(try export(url) == reference)
    }

    @Test func sigkilledWorkersLeaveAConsistentDatabaseAndARerunCompletesIt() throws {
        let pair = try CorpusPair(generated: Self.generated)
        defer { pair.cleanUp() }
        let (folder, corpus, url) = (pair.folder, pair.corpus, pair.postgres)
        let reference = try referenceExport(corpus: corpus, folder: folder)

        var storedAfterRound: [Int] = []
        // Each round: four workers, killed after they report 0, 2, 5 and 9 files (plus a few ms,
        // so kills land mid-transaction or mid-extraction).
        for round in 0..<3 {
            let workers = try (0..<4).map { _ in try launchIngest(corpus: corpus, db: url, progress: true) }
            for (index, worker) in workers.enumerated() {
                let target = [0, 2, 5, 9][index] + round
                var seen = 0
                while seen < target {
                    let chunk = worker.standardError!.availableData
                    if chunk.isEmpty { break }
                    seen += chunk.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                }
                Thread.sleep(forTimeInterval: 0.002 * Double(index))
                worker.send(SIGKILL)
            }
            for worker in workers { worker.wait() }
            let store = try PostgresCorpusStore(url: url, mode: .readOnly)
            #expect(try store.consistencyProblems() == [], "after kill round \(round)")
            storedAfterRound.append(try store.documents().count)
            try store.close()
        }
        // Some kill must land mid-corpus, or this test proves nothing; committed documents stay.
        #expect(storedAfterRound.contains { $0 > 0 && $0 < Self.uniqueDocuments }, "documents after each round: \(storedAfterRound)")
        #expect(storedAfterRound == storedAfterRound.sorted())

        // Two workers finish the job.
        let finishers = try (0..<2).map { _ in try launchIngest(corpus: corpus, db: url, progress: false) }
        for worker in finishers {
            _ = worker.standardOutput!.readDataToEndOfFile()
            #expect(worker.wait().exitCode == 0)
        }
        let store = try PostgresCorpusStore(url: url, mode: .readOnly)
        defer { try? store.close() }
        #expect(try store.consistencyProblems() == [])
        #expect(try store.documents().count == Self.uniqueDocuments)
        #expect(try export(url) == reference)
    }
}
