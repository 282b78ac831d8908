import ArgumentParser
import RelGraphCore

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("path: not built yet")
    }
}
