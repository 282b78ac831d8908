import Foundation
import RelGraphTestSupport
import Testing

/// The two engines give the same corpus: the same input ingested into SQLite and into
/// PostgreSQL exports byte for byte the same, in every format, also after a file changes.
@Suite(.serialized, .enabled(if: PostgresTestServer.enabled, "no PostgreSQL server could be started (scripts/postgres-test-cluster.sh)"))
struct ExportEqualityTests {
    static let formats = ["json", "graphml", "gexf", "dot"]

    private func relgraph(_ arguments: [String], environment: [String: String]? = nil) throws -> ProcessRunner.Result {
        try CorpusPair.relgraph(arguments, environment: environment)
    }

    private func expectSameCorpus(sqlite: String, postgres: String) throws {
        for format in Self.formats {
            let fromSQLite = try relgraph(["export", "--db", sqlite, "--format", format])
            let fromPostgres = try relgraph(["export", "--db", postgres, "--format", format])
            #expect(fromSQLite.status == 0 && fromPostgres.status == 0, "\(fromSQLite.stderr) \(fromPostgres.stderr)")
            #expect(fromSQLite.stdoutData.count > 1_000, "export \(format) is almost empty")
            #expect(fromSQLite.stdoutData == fromPostgres.stdoutData, "export --format \(format) differs")
        }
        for verb in [["documents", "--format", "json"], ["stats"], ["relations"], ["actors"]] {
            let fromSQLite = try relgraph(verb + ["--db", sqlite]), fromPostgres = try relgraph(verb + ["--db", postgres])
            #expect(fromSQLite.status == 0 && fromPostgres.status == 0, "\(verb): \(fromPostgres.stderr)")
            #expect(fromSQLite.stdout == fromPostgres.stdout, "\(verb) differs")
        }
    }

    @Test func exportIsByteIdenticalToSQLiteAlsoAfterAReplacement() throws {
        let pair = try CorpusPair(generated: 24)
        defer { pair.cleanUp() }
        let (folder, corpus, sqlite, postgres) = (pair.folder, pair.corpus, pair.sqlite, pair.postgres)

        for ingest in try pair.ingestIntoBoth(["--quiet", "--jobs", "2"]) {
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(ingest.stdout.contains("documents: 26 added, 0 replaced, 0 unchanged, 1 duplicate"), "\(ingest.stdout)")
        }
        try expectSameCorpus(sqlite: sqlite, postgres: postgres)

        // A changed file replaces its own evidence in both engines; unchanged files are skipped.
        try folder.write("corpus/batch0/report-0.txt", "Joe Biden met Xi Jinping in Beijing on Tuesday.\n")
        for db in [sqlite, postgres] {
            let again = try relgraph(["ingest", corpus, "--db", db, "--quiet"])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("0 added, 1 replaced, 25 unchanged, 1 duplicate"), "\(again.stdout)")
        }
        try expectSameCorpus(sqlite: sqlite, postgres: postgres)
    }

    @Test func theURLMayComeFromRELGRAPH_DBAndThePasswordIsNeverPrinted() throws {
        let postgres = try PostgresTestServer.freshDatabase()
        defer { PostgresTestServer.drop(postgres) }
        var environment = ProcessInfo.processInfo.environment
        environment["RELGRAPH_DB"] = postgres
        let empty = try relgraph(["documents"], environment: environment)
        // Never ingested: no corpus yet, said in one line.
        #expect(empty.status == 1)
        #expect(empty.stderr.hasPrefix("relgraph: postgres://postgres@localhost:"), "\(empty.stderr)")
        #expect(empty.stderr.split(separator: "\n").count == 1)

        // A wrong password to an unreachable server: the message names the server, not the password.
        let secret = "hunter2-\(getpid())"
        let unreachable = try relgraph(["stats", "--db", "postgres://someone:\(secret)@127.0.0.1:9/none"])
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.contains("postgres://someone@127.0.0.1:9/none"), "\(unreachable.stderr)")
        #expect(!unreachable.stderr.contains(secret) && !unreachable.stdout.contains(secret))

        let bad = try relgraph(["stats", "--db", "postgres://x@host:99999/db"])
        #expect(bad.status == 2 && bad.stderr.contains("port"), "\(bad.stderr)")
    }
}
