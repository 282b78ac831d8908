import ArgumentParser
import Foundation
import RelGraphCore

/// The `relgraph` command: one subcommand per verb, each in its own file.
@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Turn news articles into a typed relationship graph, query it and render it.",
        version: "0.1.0",
        subcommands: [
            Extract.self, Path.self, Neighbors.self, Actors.self, Relations.self, Stats.self,
            Render.self, Export.self, Lexicon.self, Ingest.self, Documents.self, IndexCommand.self, Serve.self,
        ]
    )

    /// Runs the command and maps errors to DESIGN §3's contract: one line on stderr,
    /// exit 1 for bad input, exit 2 for usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as RelGraphError {
            FileHandle.standardError.write(Data("relgraph: \(error.description)\n".utf8))
            switch error {
            case .badInput: Foundation.exit(1)
            case .usage: Foundation.exit(2)
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                // --help, --version: the parser's own text on stdout.
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
            FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : 1)
        }
    }
}
