import ArgumentParser
import Foundation
import RelGraphCore

/// `--graph G.json`: where query, render and export verbs read their graph from.
struct GraphInputOptions: ParsableArguments {
    @Option(name: .long, help: "A relgraph JSON graph (from `relgraph extract --format json`); - reads stdin.")
    var graph: String

    /// Reads and validates the graph; every failure is a one-line ``RelGraphError``.
    func load() throws -> RelationshipGraph {
        let data = try InputFiles.readData(graph)
        return try GraphJSON.decode(data, source: graph)
    }
}
