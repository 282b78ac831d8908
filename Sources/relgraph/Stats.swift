import ArgumentParser
import RelGraphCore

/// `relgraph stats`: how many actors and relations of each type a graph holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count a graph's actors and relations by type.")

    @OptionGroup var input: GraphInputOptions

    @Option(name: .long, help: "text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let graph = try input.load()
        let actors = ActorType.allCases.map { type in (type.rawValue, graph.nodes.count { $0.type == type }) }
        let relations = RelationType.allCases.map { type in (type.rawValue, graph.edges.count { $0.type == type }) }
        var linked = Set<String>()
        for edge in graph.edges { linked.insert(edge.source); linked.insert(edge.target) }
        let isolated = graph.nodes.count { !linked.contains($0.id) }
        let evidence = graph.edges.reduce(0) { $0 + $1.evidence.count }
        // A corpus database also knows how many documents it was grown from.
        let documents = try input.corpusStore()?.statistics().documents
        switch format {
        case .text:
            var text = documents.map { "documents: \($0)\n" } ?? ""
            text += "actors: \(graph.nodes.count) (\(isolated) without relations)\n"
            for (name, count) in actors where count > 0 { text += "  \(name): \(count)\n" }
            text += "relations: \(graph.edges.count) (\(evidence) evidence sentence\(evidence == 1 ? "" : "s"))\n"
            for (name, count) in relations where count > 0 { text += "  \(name): \(count)\n" }
            try OutputFile.write(text, to: nil)
        case .json:
            func object(_ pairs: [(String, Int)]) -> String {
                "{" + pairs.map { "\(GraphJSON.quote($0.0)):\($0.1)" }.joined(separator: ",") + "}"
            }
            let json = "{" + (documents.map { "\"documents\":\($0)," } ?? "") + "\"actors\":\(graph.nodes.count),\"isolated_actors\":\(isolated),"
                + "\"actors_by_type\":\(object(actors)),\"relations\":\(graph.edges.count),"
                + "\"evidence_sentences\":\(evidence),\"relations_by_type\":\(object(relations))}\n"
            try OutputFile.write(json, to: nil)
        }
    }
}
