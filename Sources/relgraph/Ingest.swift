import ArgumentParser
import RelGraphCore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "(not built yet)")

    func run() throws {
        throw RelGraphError.badInput("ingest: not built yet")
    }
}
