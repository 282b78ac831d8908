import ArgumentParser
import Dispatch
import Foundation
import RelGraphCore
import RelGraphGraphviz

/// `relgraph render`: draw the graph (or a neighbourhood, or a highlighted path) with Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph as SVG, PNG or PDF (in process, with Graphviz's libgvc).",
        discussion: """
            The format comes from -o's extension (.svg .png .pdf .json .plain) unless --format
            is given. --engine auto uses dot for up to 150 actors and 400 relations, sfdp beyond.
            Examples:
              relgraph render --graph g.json -o g.svg
              relgraph render --graph g.json -o putin.png --focus "Vladimir Putin" --depth 1
              relgraph render --graph g.json -o path.svg --path Putin "United Nations"
            """
    )

    @OptionGroup var input: GraphInputOptions

    @Option(name: [.short, .customLong("output")], help: "The picture to write: OUT.svg, OUT.png or OUT.pdf.")
    var output: String

    @Option(name: .long, help: "Output format, overriding the extension: svg, png, pdf, json, plain.")
    var format: String?

    @Option(name: .long, help: "Layout engine: auto, dot, neato, fdp, sfdp, circo, twopi.")
    var engine = "auto"

    @Option(name: .long, help: "Draw only this actor (id, label or alias) and its neighbourhood.")
    var focus: String?

    @Option(name: .long, help: "Hops around --focus.")
    var depth = 1

    @Option(name: .long, parsing: .upToNextOption, help: "FROM TO: highlight a shortest path between two actors.")
    var path: [String] = []

    @Flag(name: .long, help: "Draw persons inside the country they lead.")
    var cluster = false

    @Flag(name: .long, help: "Leave out the legend.")
    var noLegend = false

    @Option(name: .long, help: "A caption above the diagram.")
    var title: String?

    @Option(name: .long, help: "Give up on a layout after this many seconds.")
    var timeout = 120.0

    func validate() throws {
        guard path.isEmpty || path.count == 2 else { throw ValidationError("--path takes two actors: FROM TO") }
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        let renderFormat = try format.map { try RenderFormat.named($0) } ?? RenderFormat.forPath(output)
        let selection = try DiagramSelection.make(graph: input.load(), focus: focus, depth: depth, path: path)
        let layout = try LayoutEngine.named(engine, nodes: selection.graph.nodes.count, edges: selection.graph.edges.count)
        try layout.checkSize(nodes: selection.graph.nodes.count, edges: selection.graph.edges.count)
        let options = DiagramOptions(highlight: selection.highlight, clusterPersonsInCountries: cluster,
                                     legend: !noLegend, title: title)
        let dot = DiagramWriter.dot(for: selection.graph, options: options)
        let data = try Self.withDeadline(seconds: timeout) {
            try Renderer.shared.render(dot: dot, format: renderFormat, engine: layout)
        }
        try OutputFile.write(data, to: output)
    }

    /// Runs `work` on a helper thread and gives up after `seconds`: the CLI then exits with an
    /// error, which also ends the abandoned layout (Graphviz cannot be interrupted otherwise).
    static func withDeadline(seconds: Double, _ work: @escaping @Sendable () throws -> Data) throws -> Data {
        final class Outcome: @unchecked Sendable { var result: Result<Data, any Error>? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let worker = Thread {
            outcome.result = Result { try work() }
            done.signal()
        }
        worker.stackSize = 256 << 20  // Graphviz's layouts recurse deeply on large graphs
        worker.start()
        guard done.wait(timeout: .now() + seconds) == .success, let result = outcome.result else {
            throw RelGraphError.badInput(
                "layout did not finish within \(Int(seconds)) s; draw less with --focus ACTOR --depth 1, or try --engine sfdp")
        }
        return try result.get()
    }
}

/// The part of the graph a render shows, and what it highlights.
struct DiagramSelection {
    var graph: RelationshipGraph
    var highlight: DiagramHighlight

    static func make(graph: RelationshipGraph, focus: String?, depth: Int, path: [String]) throws -> DiagramSelection {
        if focus != nil || !path.isEmpty {
            throw RelGraphError.badInput("render: --focus and --path land with the query engine")
        }
        return DiagramSelection(graph: graph, highlight: DiagramHighlight())
    }
}
