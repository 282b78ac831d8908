import Foundation
import RelGraphFormats
import RelGraphTestSupport
import Testing

/// One exit-code policy for every verb: 0 when it worked, 1 for a runtime error (a missing or bad
/// file), 2 for a usage error (a bad option value, a missing argument, an unknown verb); every
/// failure is one line on stderr starting with `relgraph: `.
@Suite struct ExitCodePolicyTests {
    private let folder: URL
    private let graph: String
    private let article: String

    init() throws {
        folder = try CLIRunner.temporaryDirectory()
        graph = folder.appendingPathComponent("g.json").path
        try GraphJSON.encode(SampleGraphs.summit).write(toFile: graph, atomically: false, encoding: .utf8)
        article = folder.appendingPathComponent("a.txt").path
        try "Ana Silva met Omar Diallo in Bamako on Monday.\n".write(toFile: article, atomically: false, encoding: .utf8)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func expect(_ arguments: [String], status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == status, "\(arguments): status \(result.status), stderr: \(result.stderr)",
                sourceLocation: sourceLocation)
        if status != 0 {
            #expect(result.stderr.hasPrefix("relgraph: ") && result.stderr.split(separator: "\n").count == 1,
                    "\(arguments): stderr: \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test func usageErrorsExitTwoWithOneLine() throws {
        let usageErrors: [[String]] = [
            ["extract", article, "--format", "csv"],
            ["extract"],
            ["path", "Mali", "France", "--graph", graph, "--format", "xml"],
            ["path", "Mali", "--graph", graph],
            ["neighbors", "Mali", "--graph", graph, "--format", "xml"],
            ["actors", "--graph", graph, "--format", "xml"],
            ["relations", "--graph", graph, "--format", "xml"],
            ["stats", "--graph", graph, "--format", "xml"],
            ["stats"],
            ["render", "--graph", graph, "-o", path("a.gif")],
            ["render", "--graph", graph, "-o", path("a.svg"), "--format", "gif"],
            ["render", "--graph", graph, "-o", path("a.svg"), "--engine", "nosuch"],
            ["export", "--graph", graph, "--format", "xml"],
            ["timeline", "Mali", "--graph", graph, "--format", "xml"],
            ["timeline", "--graph", graph],
            ["serve", "--graph", graph, "--port", "abc"],
            ["export", "--graph", graph, "--format", "csv"],
            ["lexicon", "nosuch"],
            ["lexicon", "lookup"],
            ["ingest", article],
            ["documents"],
            ["documents", "--db", path("c.sqlite"), "--format", "xml"],
            ["index"],
            ["train"],
            ["train", "--train", folder.path, "-o", folder.path, "--decider", "nosuch"],
            ["train", "--train", folder.path, "-o", folder.path, "--decider", "rules"],
            ["nosuch"],
            ["help", "nosuch"],
            ["help", "lexicon", "nosuch"],
            ["stats", "--graph", graph, "--nosuch"],
        ]
        for arguments in usageErrors { try expect(arguments, status: 2) }
    }

    @Test func runtimeErrorsExitOneWithOneLine() throws {
        let missingGraph = path("missing.json")
        let runtimeErrors: [[String]] = [
            ["extract", path("missing.txt")],
            ["path", "Mali", "France", "--graph", missingGraph],
            ["path", "Mali", "Nowhere", "--graph", graph],
            ["neighbors", "Mali", "--graph", missingGraph],
            ["actors", "--graph", missingGraph],
            ["relations", "--graph", missingGraph],
            ["stats", "--graph", missingGraph],
            ["render", "--graph", missingGraph, "-o", path("a.svg")],
            ["export", "--graph", missingGraph, "--format", "json"],
            ["timeline", "Mali", "--graph", missingGraph],
            ["serve", "--graph", missingGraph, "--port", "0"],
            ["lexicon", "stats", "--lexicon", path("missing.tsv")],
            ["lexicon", "lookup", "Mali", "--lexicon", path("missing.tsv")],
            ["ingest", path("missing.txt"), "--db", path("c.sqlite")],
            ["documents", "--db", path("missing.sqlite")],
            ["index", missingGraph],
            ["export", "--graph", graph, "--format", "json", "-o", path("no-such-folder/out.json")],
        ]
        for arguments in runtimeErrors { try expect(arguments, status: 1) }
    }

    @Test func successExitsZero() throws {
        let successes: [[String]] = [
            ["help", "lexicon", "lookup"],
            ["help"],
            ["stats", "--graph", graph],
            ["path", "Mali", "France", "--graph", graph],
            ["path", "Mali", "France", "--graph", graph, "-k", "2"],
            ["timeline", "Mali", "--graph", graph],
        ]
        for arguments in successes { try expect(arguments, status: 0) }
    }

    @Test func unknownHelpTopicNamesTheKnownVerbs() throws {
        let result = try CLIRunner.run(["help", "nosuch"])
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("relgraph: no verb 'nosuch' (known: extract, path,"), "\(result.stderr)")
    }
}
