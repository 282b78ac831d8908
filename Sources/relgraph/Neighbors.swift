import ArgumentParser
import RelGraphCore

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "neighbors", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("neighbors: not built yet")
    }
}
