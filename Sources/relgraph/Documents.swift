import ArgumentParser
import RelGraphCore

struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "documents", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("documents: not built yet")
    }
}
