import ArgumentParser
import RelGraphCore

struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lexicon", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("lexicon: not built yet")
    }
}
