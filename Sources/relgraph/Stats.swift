import ArgumentParser
import RelGraphCore

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("stats: not built yet")
    }
}
