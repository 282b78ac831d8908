import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphFormats
import RelGraphRendering
import RelGraphStore

/// The `relgraph` command: one subcommand per verb, each in its own file.
@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
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
    /// exit 1 for bad input, exit 2 for usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as GraphFileChanged {
            // The library says what changed; the command says what to do about it.
            FileHandle.standardError.write(Data("relgraph: \(error.description); run `relgraph index \(error.path)`\n".utf8))
            Foundation.exit(1)
        } catch let error as RenderError {
            switch error {
            case .graphTooLarge(let engine, _, _):
                var advice = "draw a neighbourhood with --focus ACTOR --depth 1"
                if engine != .sfdp { advice += ", or use --engine sfdp" }
                FileHandle.standardError.write(Data("relgraph: \(error.description): \(advice)\n".utf8))
            }
            Foundation.exit(1)
        } catch let error as StoreError {
            var line = error.description
            switch error {
            case .missing(let path): line += " (create one with `relgraph ingest FILES --db \(path)`)"
            case .outdatedSchema: line += "; run `relgraph ingest` on it once to migrate"
            default: break
            }
            FileHandle.standardError.write(Data("relgraph: \(line)\n".utf8))
            Foundation.exit(1)
        } catch let error as DocumentError {
            FileHandle.standardError.write(Data("relgraph: \(error.description)\n".utf8))
            Foundation.exit(1)
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
