import ArgumentParser
import RelGraphCore

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("render: not built yet")
    }
}
