import ArgumentParser
import RelGraphCore

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("actors: not built yet")
    }
}
