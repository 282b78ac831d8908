import ArgumentParser
import RelGraphCore

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("extract: not built yet")
    }
}
