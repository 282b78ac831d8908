import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphFormats
import RelGraphRendering
import RelGraphStore

/// The `relgraph` command: one subcommand per verb, each in its own file.
package struct RelGraphCommand: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Turn news articles into a typed relationship graph, query it and render it.",
        version: "0.1.0",
        subcommands: [
            Extract.self, Path.self, Neighbors.self, Actors.self, Relations.self, Stats.self,
            Render.self, Export.self, TimelineCommand.self, Lexicon.self, Ingest.self, Documents.self, IndexCommand.self, Train.self,
            Serve.self,
        ]
    )

    /// Runs the command and maps errors to the README's design contract: one line on stderr,
    /// exit 0 when it worked, 1 for a runtime error (bad input, unwritable output), 2 for usage errors.
    package static func main() {
        StandardStreams.ignoreBrokenPipeSignal()
        TemporaryFileRegistry.removeOnSignals()
        do {
            try CompanionHandover.handOverIfPostgres()
            let arguments = Array(CommandLine.arguments.dropFirst())
            var command: any ParsableCommand
            switch PlainCommandLine.command(for: arguments) {
            case .version(let version):
                print(version)
                exitAfterFlushingOutput()
            case .command(let plain):
                command = plain
            case nil:
                try HelpTopic.check(arguments, root: RelGraphCommand.self)
                command = try parseAsRoot(arguments)
            }
            try command.run()
        } catch let error as GraphFileChanged {
            // The library says what changed; the command says what to do about it.
            StandardStreams.writeError("relgraph: \(error.description); run `relgraph index \(error.path)`")
            Foundation.exit(1)
        } catch let error as RenderError {
            switch error {
            case .graphTooLarge(let engine, _, _):
                var advice = "draw a neighbourhood with --focus ACTOR --depth 1"
                if engine != .sfdp { advice += ", or use --engine sfdp" }
                StandardStreams.writeError("relgraph: \(error.description): \(advice)")
            case .bitmapTooLarge, .outputTooLarge:
                StandardStreams.writeError("relgraph: \(error.description)")  // the advice is in the message
            }
            Foundation.exit(1)
        } catch let error as StoreError {
            var line = error.description
            switch error {
            case .missing(let path): line += " (create one with `relgraph ingest FILES --db \(path)`)"
            case .outdatedSchema: line += "; run `relgraph ingest` on it once to migrate"
            default: break
            }
            StandardStreams.writeError("relgraph: \(line)")
            Foundation.exit(1)
        } catch let error as DocumentError {
            StandardStreams.writeError("relgraph: \(error.description)")
            Foundation.exit(1)
        } catch let error as RelGraphError {
            StandardStreams.writeError("relgraph: \(error.description)")
            switch error {
            case .badInput: Foundation.exit(1)
            case .usage: Foundation.exit(2)
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                // --help, --version: the parser's own text on stdout.
                print(fullMessage(for: error))
                exitAfterFlushingOutput()
            }
            guard code == .validationFailure else {
                // Not a usage error: some other runtime failure, reported like relgraph's own.
                StandardStreams.writeError("relgraph: " + (message(for: error).split(separator: "\n").first ?? "failed"))
                Foundation.exit(1)
            }
            let verbs = UsageLine.verbs(in: Array(CommandLine.arguments.dropFirst()), root: RelGraphCommand.self)
            StandardStreams.writeError(UsageLine.from(message(for: error), verbs: verbs))
            Foundation.exit(2)
        }
        exitAfterFlushingOutput()
    }

    /// Exit 0, unless what `print` buffered cannot be written (full disk, closed pipe): then one
    /// line and exit 1.
    private static func exitAfterFlushingOutput() -> Never {
        do {
            try StandardStreams.flushOutput()
        } catch {
            StandardStreams.writeError("relgraph: \(error)")
            Foundation.exit(1)
        }
        Foundation.exit(0)
    }
}
