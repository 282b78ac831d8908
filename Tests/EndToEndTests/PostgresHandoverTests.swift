import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph` does not link the PostgreSQL engine: a command line naming a postgres:// database
/// (in an argument, `--db=…` or `RELGRAPH_DB`) runs in `relgraph-serve` from the same folder.
@Suite struct PostgresHandoverTests {
    @Test(arguments: [
        (["stats", "--db", "postgres://u@127.0.0.1:1/db"], [String: String]()),
        (["stats", "--db=postgresql://u@127.0.0.1:1/db"], [:]),
        (["documents"], ["RELGRAPH_DB": "postgres://u@127.0.0.1:1/db"]),
    ])
    func aMissingCompanionIsNamedInOneLine(arguments: [String], environment: [String: String]) throws {
        let folder = try CLIRunner.temporaryDirectory()
        let alone = folder.appendingPathComponent("relgraph")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: alone)
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { _, given in given }
        let result = try ProcessRunner.run(alone, arguments, directory: folder, environment: variables)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let expected = "relgraph: --db postgres://… needs relgraph-serve beside relgraph (\(folder.resolvingSymlinksInPath().path)/relgraph-serve); `swift build -c release` builds both\n"
        #expect(result.stderr == expected)
    }

    /// The companion checks the URL and reports it as relgraph does: one line, usage status 2.
    @Test func theCompanionReportsABadURLLikeRelgraph() throws {
        let result = try CLIRunner.run(["stats", "--db", "postgres://u@host:70000/db"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("relgraph: --db: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    /// An SQLite file never leaves `relgraph`: the answer comes from the store itself.
    @Test func anSQLiteFileStaysInRelgraph() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let alone = folder.appendingPathComponent("relgraph")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: alone)
        let result = try ProcessRunner.run(alone, ["stats", "--db", folder.appendingPathComponent("none.sqlite").path], directory: folder)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("relgraph-serve"))
        #expect(result.stderr.hasPrefix("relgraph: "))
    }
}
