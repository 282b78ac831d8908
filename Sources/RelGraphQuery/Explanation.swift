import RelGraphCore
import RelGraphFormats

/// Human-readable answers: each hop with its relation and the sentences that state it.
///
/// ```text
/// Path 1 of 1, 2 hops: Vladimir Putin → Kim Jong-un → North Korea
///   Vladimir Putin —meet— Kim Jong-un (confidence 0.9)
///     a.fr.txt [812–905]: "…"
/// ```
public struct Explanation {
    /// The graph the answers were computed on; only printed relations are read in full.
    public let graph: any QueryableGraph
    /// Evidence sentences shown per relation; the rest are counted.
    public var sentencesPerHop: Int

    /// Explains answers computed on `graph`; only the relations an answer prints are read in full.
    public init(graph: some QueryableGraph, sentencesPerHop: Int = 2) {
        self.graph = graph
        self.sentencesPerHop = sentencesPerHop
    }

    /// Explains answers computed on a decoded graph. Wraps it in an ``InMemoryGraph`` (one pass
    /// over its relations): to explain many answers, build one ``InMemoryGraph`` and pass that.
    public init(graph: RelationshipGraph, sentencesPerHop: Int = 2) {
        self.init(graph: InMemoryGraph(graph), sentencesPerHop: sentencesPerHop)
    }

    public func describe(_ paths: [GraphPath], weighted: Bool = false) throws(GraphFileChanged) -> String {
        var out = ""
        for (number, path) in paths.enumerated() {
            let names = path.actors.map { graph.actors[Int($0)].label }.joined(separator: " → ")
            let measure = weighted ? "\(path.length) hops, cost \(format(path.cost))" : "\(path.length) hop\(path.length == 1 ? "" : "s")"
            out += "Path \(number + 1) of \(paths.count), \(measure): \(names)\n"
            for relation in path.relations { out += try describe(relation: relation, indent: "  ") }
        }
        return out
    }

    public func describe(_ neighborhood: Neighborhood) throws(GraphFileChanged) -> String {
        let center = graph.actors[Int(neighborhood.actors[0])]
        var out = "\(center.label) (\(center.id)): \(neighborhood.actors.count - 1) actor\(neighborhood.actors.count == 2 ? "" : "s") within reach\n"
        for (actor, depth) in zip(neighborhood.actors, neighborhood.depths) where depth > 0 {
            let node = graph.actors[Int(actor)]
            out += "  \(depth) hop\(depth == 1 ? " " : "s")  \(node.label) (\(node.id), \(node.type.rawValue))\n"
        }
        if !neighborhood.relations.isEmpty {
            out += "Relations:\n"
            for relation in neighborhood.relations { out += try describe(relation: relation, indent: "  ") }
        }
        return out
    }

    /// One relation as stated, then its evidence sentences.
    public func describe(relation position: Int32, indent: String) throws(GraphFileChanged) -> String {
        let relation = try graph.relation(at: Int(position))
        let ends = graph.summary(ofRelation: Int(position))
        let source = graph.label(of: ends.source, fallback: relation.source)
        let target = graph.label(of: ends.target, fallback: relation.target)
        let arrow = relation.type.isSymmetric ? "—\(relation.type.rawValue)—" : "—\(relation.type.rawValue)→"
        var line = "\(indent)\(source) \(arrow) \(target) (confidence \(format(relation.confidence))"
        if let modality = relation.attributes["modality"] { line += ", \(modality)" }
        // An office no longer held is said so, with its term: never printed as a current fact.
        if relation.isPastOffice { line += ", past office" + (relation.officeTerm.map { " \($0)" } ?? "") }
        line += ")\n"
        for evidence in relation.evidence.prefix(sentencesPerHop) {
            let date = evidence.date.map { " (\($0))" } ?? ""
            line += "\(indent)  \(evidence.document) [\(evidence.start)–\(evidence.end)]\(date): \"\(oneLine(evidence.sentence))\"\n"
        }
        if relation.evidence.count > sentencesPerHop {
            line += "\(indent)  (+\(relation.evidence.count - sentencesPerHop) more sentence\(relation.evidence.count - sentencesPerHop == 1 ? "" : "s"))\n"
        }
        return line
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Sentences may hold line breaks or control characters; an explanation line must not.
    private func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
