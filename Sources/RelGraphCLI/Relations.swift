import ArgumentParser
import RelGraphCore
import RelGraphFormats
import RelGraphQuery

/// `relgraph relations`: the relations of a graph, optionally of some types.
struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "List a graph's relations with their confidence and number of evidence sentences.")

    @OptionGroup var input: GraphInputOptions
    @OptionGroup var destination: OutputOption

    @Option(name: .long, help: "Only these relation types, comma-separated.")
    var type: String?

    @Option(name: .customLong("min-confidence"), help: "Only relations at or above this confidence (0…1).")
    var minConfidence: Double = 0

    @Option(name: .long, help: "text or json.")
    var format: ListingFormat = .text

    func validate() throws {
        guard minConfidence.isFinite, (0...1).contains(minConfidence) else {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
    }

    func run() throws {
        let types = try type.map { Set(try RelationType.parseList($0)) }
        let graph = try input.loadForQuery()
        let relations = (0 ..< graph.relationCount)
            .map { graph.summary(ofRelation: $0) }
            .enumerated()
            .filter { (types?.contains($0.element.type) ?? true) && $0.element.confidence >= minConfidence }
            .map { position, relation in
                let ends = graph.endIDs(ofRelation: position)
                return Listed(source: ends.source, target: ends.target, type: relation.type,
                              confidence: relation.confidence, evidence: relation.evidenceCount)
            }
            .sorted { $0.key < $1.key }
        switch format {
        case .text:
            let lines = relations.map {
                "\($0.source)\t\($0.type.rawValue)\t\($0.target)\t\($0.confidence)\t\($0.evidence)\n"
            }
            try destination.write(lines.joined(), inputs: input.inputPaths)
        case .json:
            let items = relations.map {
                "{\"source\":\(GraphJSON.quote($0.source)),\"target\":\(GraphJSON.quote($0.target)),"
                    + "\"type\":\(GraphJSON.quote($0.type.rawValue)),\"confidence\":\($0.confidence),"
                    + "\"evidence\":\($0.evidence)}"
            }
            try destination.write("{\"relations\":[\(items.joined(separator: ","))]}\n", inputs: input.inputPaths)
        }
    }

    /// A relation as listed: its ends as the graph spells them, and what the listing prints.
    private struct Listed {
        var source: String, target: String
        var type: RelationType
        var confidence: Double
        var evidence: Int
        var key: RelationKey { RelationKey(source: source, type: type, target: target) }
    }
}
