import ArgumentParser
import RelGraphCore
import RelGraphFormats
import RelGraphQuery

/// `relgraph actors`: the actors of a graph, optionally of some types.
struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List a graph's actors with their type, label and number of relations.")

    @OptionGroup var input: GraphInputOptions
    @OptionGroup var destination: OutputOption

    @Option(name: .long, help: "Only these actor types, comma-separated.")
    var type: String?

    @Option(name: .long, help: "text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let types = try type.map { Set(try QueryFilterOptions.parseActorTypes($0)) }
        // In a time window, an actor is listed when it takes part in a relation stated in the window.
        let windowed = try input.timeWindow() != nil
        let graph = try input.loadForQuery()
        var degree = [Int](repeating: 0, count: graph.actors.count)
        for position in 0 ..< graph.relationCount {
            let relation = graph.summary(ofRelation: position)
            // Ends are -1 only in an unvalidated in-memory graph: never trap on one.
            guard relation.source >= 0, relation.target >= 0 else { continue }
            degree[Int(relation.source)] += 1
            if relation.target != relation.source { degree[Int(relation.target)] += 1 }
        }
        let actors = graph.actors.enumerated()
            .filter { (types?.contains($0.element.type) ?? true) && (!windowed || degree[$0.offset] > 0) }
            .sorted { $0.element.id < $1.element.id }
            .map { (actor: $0.element, relations: degree[$0.offset]) }
        switch format {
        case .text:
            let lines = actors.map { "\($0.actor.id)\t\($0.actor.type.rawValue)\t\($0.actor.label)\t\($0.relations)" }
            try destination.write(lines.map { $0 + "\n" }.joined(), inputs: input.inputPaths)
        case .json:
            let items = actors.map { actor, relations in
                "{\"id\":\(GraphJSON.quote(actor.id)),\"type\":\(GraphJSON.quote(actor.type.rawValue)),"
                    + "\"label\":\(GraphJSON.quote(actor.label)),"
                    + "\"aliases\":[\(actor.aliases.map(GraphJSON.quote).joined(separator: ","))],"
                    + "\"relations\":\(relations)}"
            }
            try destination.write("{\"actors\":[\(items.joined(separator: ","))]}\n", inputs: input.inputPaths)
        }
    }
}
