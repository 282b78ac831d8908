import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph serve` replaces itself with `relgraph-serve` from its own folder.
@Suite struct ServeHandoverTests {
    @Test func aMissingServerExecutableIsNamedInOneLine() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let alone = folder.appendingPathComponent("relgraph")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: alone)
        let result = try ProcessRunner.run(alone, ["serve", "--graph", "g.json", "--port", "0"], directory: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let expected = "relgraph: relgraph serve needs relgraph-serve beside relgraph (\(folder.resolvingSymlinksInPath().path)/relgraph-serve); `swift build -c release` builds both\n"
        #expect(result.stderr == expected)
    }

    /// The server executable reports a bad graph itself, with relgraph's own words and exit status.
    @Test func theServerReportsBadInputLikeRelgraph() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let graph = folder.appendingPathComponent("g.json")
        try Data("{\"nodes\": [".utf8).write(to: graph)
        let result = try CLIRunner.run(["serve", "--graph", graph.path, "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("relgraph: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }
}
