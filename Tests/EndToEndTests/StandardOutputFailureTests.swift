import Foundation
import RelGraphFormats
import RelGraphTestSupport
import Testing

/// Writing to stdout never crashes: a closed pipe or a full disk is one line on stderr and exit 1,
/// whether the verb writes its result in one piece (export, actors) or prints it (lexicon stats).
@Suite struct StandardOutputFailureTests {
    private let graph: String

    init() throws {
        let folder = try CLIRunner.temporaryDirectory()
        graph = folder.appendingPathComponent("g.json").path
        // Large enough that every verb below writes more than the 512 bytes a full-disk run allows.
        try GraphJSON.encode(SampleGraphs.synthetic(actors: 60)).write(toFile: graph, atomically: false, encoding: .utf8)
    }

    private var verbsWritingToStdout: [[String]] {
        [
            ["export", "--graph", graph, "--format", "json"],
            ["actors", "--graph", graph],
            ["relations", "--graph", graph, "--format", "json"],
            ["lexicon", "stats"],
        ]
    }

    @Test func closedPipeIsOneLineAndExitOne() throws {
        for arguments in verbsWritingToStdout {
            let result = try CLIRunner.runWithClosedStdout(arguments)
            #expect(!result.endedBySignal && result.status == 1, "\(arguments): status \(result.status), stderr: \(result.stderr)")
            #expect(result.stderr.hasPrefix("relgraph: cannot write to stdout") && result.stderr.split(separator: "\n").count == 1,
                    "\(arguments): \(result.stderr)")
            if arguments[0] != "lexicon" {  // written in one piece, so the cause is known exactly
                #expect(result.stderr.hasSuffix("the reading end has gone (broken pipe)\n"), "\(arguments): \(result.stderr)")
            }
        }
    }

    @Test func fullDiskOnStdoutIsOneLineAndExitOne() throws {
        let folder = try CLIRunner.temporaryDirectory()
        for (number, arguments) in verbsWritingToStdout.enumerated() {
            let result = try CLIRunner.runWithFileSizeLimit(arguments, shellRedirect: "> '\(folder.path)/out\(number).txt'")
            #expect(result.status == 1, "\(arguments): status \(result.status), stderr: \(result.stderr)")
            #expect(result.stderr.hasPrefix("relgraph: cannot write to stdout: ") && result.stderr.split(separator: "\n").count == 1,
                    "\(arguments): \(result.stderr)")
        }
    }
}
