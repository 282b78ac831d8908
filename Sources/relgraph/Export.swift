import ArgumentParser
import RelGraphCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("export: not built yet")
    }
}
