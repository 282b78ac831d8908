import ArgumentParser
import RelGraphCore
import RelGraphFormats
import RelGraphQuery

/// `relgraph stats`: how many actors and relations of each type a graph holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count a graph's actors and relations by type.")

    @OptionGroup var input: GraphInputOptions
    @OptionGroup var destination: OutputOption

    @Option(name: .long, help: "text or json.")
    var format: ListingFormat = Default.format

    /// The default of `--format`, read by the option declaration above and by `PlainCommandLine`.
    enum Default {
        static let format = ListingFormat.text
    }

    func run() throws {
        let graph = try input.loadForQuery()
        let nodes = graph.actors
        let actors = ActorType.allCases.map { type in (type.rawValue, nodes.count { $0.type == type }) }
        var relationsByType = [RelationType: Int](), linked = [Bool](repeating: false, count: nodes.count)
        var evidence = 0
        for position in 0 ..< graph.relationCount {
            let relation = graph.summary(ofRelation: position)
            relationsByType[relation.type, default: 0] += 1
            // Ends are -1 only in an unvalidated in-memory graph: never trap on one.
            if relation.source >= 0 { linked[Int(relation.source)] = true }
            if relation.target >= 0 { linked[Int(relation.target)] = true }
            evidence += relation.evidenceCount
        }
        let relations = RelationType.allCases.map { type in (type.rawValue, relationsByType[type, default: 0]) }
        let isolated = linked.count { !$0 }
        // A corpus database also knows how many documents it was grown from.
        let store = try input.corpusStore()
        defer { try? store?.close() }
        let documents = try store?.statistics().documents
        switch format {
        case .text:
            var text = documents.map { "documents: \($0)\n" } ?? ""
            text += "actors: \(nodes.count) (\(isolated) without relations)\n"
            for (name, count) in actors where count > 0 { text += "  \(name): \(count)\n" }
            text += "relations: \(graph.relationCount) (\(evidence) evidence sentence\(evidence == 1 ? "" : "s"))\n"
            for (name, count) in relations where count > 0 { text += "  \(name): \(count)\n" }
            try destination.write(text, inputs: input.inputPaths)
        case .json:
            func object(_ pairs: [(String, Int)]) -> String {
                "{" + pairs.map { "\(GraphJSON.quote($0.0)):\($0.1)" }.joined(separator: ",") + "}"
            }
            let json = "{" + (documents.map { "\"documents\":\($0)," } ?? "") + "\"actors\":\(nodes.count),\"isolated_actors\":\(isolated),"
                + "\"actors_by_type\":\(object(actors)),\"relations\":\(graph.relationCount),"
                + "\"evidence_sentences\":\(evidence),\"relations_by_type\":\(object(relations))}\n"
            try destination.write(json, inputs: input.inputPaths)
        }
    }
}
