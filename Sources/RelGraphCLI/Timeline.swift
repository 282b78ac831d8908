import ArgumentParser
import RelGraphCore
import RelGraphFormats
import RelGraphQuery

/// `relgraph timeline A [B]`: what happened to an actor, or between two, in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the dated relations of one actor, or between two, oldest first, each with its sentence.",
        discussion: """
            Each line is one evidence sentence with its date (from the sentence's time expression or \
            its document's date; see `relgraph help extract`). Between two actors, each side includes \
            the persons the graph says lead it or belong to it. Undated sentences are counted at the end.

              relgraph timeline Russia "North Korea" --graph g.json
              relgraph timeline Poutine --graph g.json --since 2024 --format json
            """
    )

    @Argument(help: "An actor (id, label or alias).")
    var actor: String

    @Argument(help: "A second actor: only relations between the two.")
    var other: String?

    @OptionGroup var input: GraphInputOptions
    @OptionGroup var destination: OutputOption

    @Option(name: .long, help: "text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let graph = try input.load()
        let lookup = KnowledgeActorLookup(graph)
        let first = graph.nodes[Int(try lookup.resolve(actor))]
        let second = try other.map { graph.nodes[Int(try lookup.resolve($0))] }
        let result = second.map { Timeline.between(first.id, $0.id, in: graph) } ?? Timeline.of(first.id, in: graph)
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        switch format {
        case .text: try destination.write(text(result, first: first, second: second, labels: labels), inputs: input.inputPaths)
        case .json: try destination.write(json(result, first: first, second: second), inputs: input.inputPaths)
        }
    }

    private func text(_ result: Timeline.Result, first: Actor, second: Actor?, labels: [String: String]) -> String {
        let title = second.map { "\(first.label) and \($0.label)" } ?? first.label
        let count = result.events.count
        var out = "\(title): \(count) dated statement\(count == 1 ? "" : "s"), oldest first\n"
        let width = 10
        for event in result.events {
            let date = event.date ?? ""
            let key = event.relation
            let arrow = key.type.isSymmetric ? "—\(key.type.rawValue)—" : "—\(key.type.rawValue)→"
            var line = date.padding(toLength: max(width, date.count), withPad: " ", startingAt: 0)
            line += "  \(labels[key.source] ?? key.source) \(arrow) \(labels[key.target] ?? key.target)"
            if event.isPastOffice { line += " (past office" + (event.officeTerm.map { " \($0)" } ?? "") + ")" }
            out += line + "\n"
            let indent = String(repeating: " ", count: width + 2)
            out += "\(indent)\"\(Self.oneLine(event.evidence.sentence))\"\n"
            out += "\(indent)\(event.evidence.document) [\(event.evidence.start)–\(event.evidence.end)]\n"
        }
        if result.undated > 0 {
            out += "(\(result.undated) undated sentence\(result.undated == 1 ? "" : "s") not listed)\n"
        }
        return out
    }

    private func json(_ result: Timeline.Result, first: Actor, second: Actor?) -> String {
        let events = result.events.map { event in
            var item = "{\"date\":\(GraphJSON.quote(event.date ?? "")),\"source\":\(GraphJSON.quote(event.relation.source)),"
                + "\"target\":\(GraphJSON.quote(event.relation.target)),\"type\":\(GraphJSON.quote(event.relation.type.rawValue)),"
                + "\"sentence\":\(GraphJSON.quote(event.evidence.sentence)),\"document\":\(GraphJSON.quote(event.evidence.document)),"
                + "\"start\":\(event.evidence.start),\"end\":\(event.evidence.end)"
            if event.isPastOffice { item += ",\"past_office\":true" + (event.officeTerm.map { ",\"term\":\(GraphJSON.quote($0))" } ?? "") }
            return item + "}"
        }
        let other = second.map { ",\"other\":\(GraphJSON.quote($0.id))" } ?? ""
        return "{\"actor\":\(GraphJSON.quote(first.id))\(other),\"events\":[\(events.joined(separator: ","))],\"undated\":\(result.undated)}\n"
    }

    /// Sentences may hold line breaks or control characters; a listing line must not.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
