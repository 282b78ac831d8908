import ArgumentParser
import RelGraphCore

struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "relations", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("relations: not built yet")
    }
}
