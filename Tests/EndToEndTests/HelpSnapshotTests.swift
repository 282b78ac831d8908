import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph help VERB` for every verb, compared with the text under HelpSnapshots/. A change to
/// an option or its wording shows up here as a diff to review. After an intended change:
/// `RELGRAPH_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests` rewrites the files.
@Suite struct HelpSnapshotTests {
    static let verbs: [[String]] = [
        [], ["extract"], ["path"], ["neighbors"], ["actors"], ["relations"], ["stats"], ["render"], ["export"],
        ["lexicon"], ["lexicon", "stats"], ["lexicon", "lookup"], ["ingest"], ["documents"], ["index"], ["train"],
        ["timeline"], ["serve"],
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HelpSnapshots")

    @Test(arguments: verbs)
    func helpMatchesItsSnapshot(verb: [String]) throws {
        let binary = try #require(ProcessRunner.relgraph, "relgraph executable not found beside the test bundle")
        // A fixed width: the parser wraps help text to the terminal.
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "100"
        let result = try ProcessRunner.run(binary, ["help"] + verb, environment: environment)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("USAGE: relgraph"))
        let file = Self.folder.appendingPathComponent((verb.isEmpty ? "relgraph" : verb.joined(separator: "-")) + ".txt")
        if ProcessInfo.processInfo.environment["RELGRAPH_UPDATE_SNAPSHOTS"] == "1" {
            try result.stdoutData.write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.stdout == expected, "help for '\(verb.joined(separator: " "))' changed; see \(file.path)")
    }
}
