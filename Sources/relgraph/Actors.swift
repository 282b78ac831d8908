import ArgumentParser
import RelGraphCore

/// `relgraph actors`: the actors of a graph, optionally of some types.
struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List a graph's actors with their type, label and number of relations.")

    @OptionGroup var input: GraphInputOptions

    @Option(name: .long, help: "Only these actor types, comma-separated.")
    var type: String?

    @Option(name: .long, help: "text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let types = try type.map { Set(try QueryFilterOptions.parseActorTypes($0)) }
        let graph = try input.load()
        var degree: [String: Int] = [:]
        for edge in graph.edges {
            degree[edge.source, default: 0] += 1
            if edge.target != edge.source { degree[edge.target, default: 0] += 1 }
        }
        let actors = graph.nodes.filter { types?.contains($0.type) ?? true }.sorted { $0.id < $1.id }
        switch format {
        case .text:
            let lines = actors.map { "\($0.id)\t\($0.type.rawValue)\t\($0.label)\t\(degree[$0.id, default: 0])" }
            try OutputFile.write(lines.map { $0 + "\n" }.joined(), to: nil)
        case .json:
            let items = actors.map { actor in
                "{\"id\":\(GraphJSON.quote(actor.id)),\"type\":\(GraphJSON.quote(actor.type.rawValue)),"
                    + "\"label\":\(GraphJSON.quote(actor.label)),"
                    + "\"aliases\":[\(actor.aliases.map(GraphJSON.quote).joined(separator: ","))],"
                    + "\"relations\":\(degree[actor.id, default: 0])}"
            }
            try OutputFile.write("{\"actors\":[\(items.joined(separator: ","))]}\n", to: nil)
        }
    }
}
