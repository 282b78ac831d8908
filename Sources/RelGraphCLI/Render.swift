import ArgumentParser
import Dispatch
import Foundation
import RelGraphCore
import RelGraphExport
import RelGraphQuery
import RelGraphRendering

/// `relgraph render`: draw the graph (or a neighbourhood, or a highlighted path) with Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph as SVG, PNG or PDF (in process, with Graphviz's libgvc).",
        discussion: """
            The format comes from -o's extension (.svg .png .pdf .json .plain) unless --format is given. \
            --engine auto uses dot for up to 150 actors and 400 relations, sfdp beyond.
            Examples:
              relgraph render --graph g.json -o g.svg
              relgraph render --graph g.json -o putin.png --focus "Vladimir Putin" --depth 1
              relgraph render --graph g.json -o path.svg --path "Kim Jong Un" Ukraine
            """
    )

    @OptionGroup var input: GraphInputOptions

    @Option(name: [.short, .customLong("output")], help: "The picture to write: OUT.svg, OUT.png or OUT.pdf.")
    var output: String

    @Option(name: .long, help: "Output format, overriding the extension: svg, png, pdf, json, plain.")
    var format: String?

    @Option(name: .long, help: "Layout engine: auto, dot, neato, fdp, sfdp, circo, twopi.")
    var engine = Default.engine

    @Option(name: .long, help: "Draw only this actor (id, label or alias) and its neighbourhood.")
    var focus: String?

    @Option(name: .long, help: "Hops around --focus.")
    var depth = Default.depth

    @Option(name: .long, parsing: .upToNextOption, help: "FROM TO: highlight a shortest path between two actors.")
    var path: [String] = []

    @Flag(name: .long, help: "Draw persons inside the country they lead.")
    var cluster = false

    @Flag(name: .long, help: "Leave out the legend.")
    var noLegend = false

    @Flag(name: .long, help: "Label each edge with the date range of its evidence.")
    var dates = false

    @Option(name: .long, help: "A caption above the diagram.")
    var title: String?

    @Option(name: .long, help: "Give up on a layout after this many seconds.")
    var timeout = Default.timeout

    /// The options' defaults, read by the option declarations above and by `PlainCommandLine`.
    enum Default {
        static let engine = "auto"
        static let depth = 1
        static let timeout = 120.0
    }

    func validate() throws {
        guard path.isEmpty || path.count == 2 else { throw ValidationError("--path takes two actors: FROM TO") }
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        do {
            _ = try renderFormat()
        } catch let error as RelGraphError {
            throw ValidationError(error.description)  // a bad -o extension or --format is a usage error
        }
    }

    func run() throws {
        try OutputFile.refuseOverwriting(inputs: input.inputPaths, with: output)
        let renderFormat = try renderFormat()
        let selection = try DiagramSelection.make(graph: input.load(), focus: focus, depth: depth, path: path)
        let options = DiagramOptions(highlight: selection.highlight, clusterPersonsInCountries: cluster,
                                     legend: !noLegend, title: title, dateLabels: dates)
        // The engine and the size limits count what is drawn, not the actors left out of it.
        let drawn = DiagramWriter.drawnSize(of: selection.graph, options: options)
        let layout = try LayoutEngine.named(engine, nodes: drawn.actors, edges: drawn.links)
        try layout.checkSize(nodes: drawn.actors, edges: drawn.links)
        let graph = selection.graph
        // Writing the DOT is inside the deadline too: a 50 MB label takes seconds to escape.
        let data = try Self.withDeadline(seconds: timeout, engine: layout) {
            try Renderer.shared.render(dot: DiagramWriter.dot(for: graph, options: options), format: renderFormat, engine: layout)
        }
        try OutputFile.write(data, to: output)
    }

    private func renderFormat() throws -> RenderFormat {
        try format.map { try RenderFormat.named($0) } ?? RenderFormat.forPath(output)
    }

    /// Runs `work` on a helper thread and gives up after `seconds`: the CLI then exits with an
    /// error, which also ends the abandoned layout (Graphviz cannot be interrupted otherwise).
    static func withDeadline(seconds: Double, engine: LayoutEngine, _ work: @escaping @Sendable () throws -> Data) throws -> Data {
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
            let advice = engine == .sfdp ? "" : ", or try --engine sfdp"
            throw RelGraphError.badInput(
                "the \(engine.rawValue) layout did not finish within \(seconds.formatted()) s; draw less with --focus ACTOR --depth 1\(advice)")
        }
        return try result.get()
    }
}

/// The part of the graph a render shows, and what it highlights: the whole graph, a
/// neighbourhood (`--focus`), and/or a shortest path (`--path`), found with RelGraphQuery.
struct DiagramSelection {
    var graph: RelationshipGraph
    var highlight: DiagramHighlight

    /// Up to this many actors, a highlighted path is drawn inside the whole graph; beyond, only
    /// the path (and the focus neighbourhood, if any) is drawn.
    static let wholeGraphWithPathLimit = 80

    static func make(graph: RelationshipGraph, focus: String?, depth: Int, path: [String]) throws -> DiagramSelection {
        guard focus != nil || !path.isEmpty else { return DiagramSelection(graph: graph, highlight: DiagramHighlight()) }
        let lookup = KnowledgeActorLookup(graph)
        let index = GraphIndex(graph)
        var actors: Set<Int32> = [], relations: Set<Int32> = []
        var highlightedActors: Set<Int32> = [], highlightedRelations: Set<Int32> = []

        if let focus {
            let center = try lookup.resolve(focus)
            let neighborhood = Neighborhood.around(center, in: index, depth: min(depth, index.actorCount))
            actors.formUnion(neighborhood.actors)
            relations.formUnion(neighborhood.relations)
            highlightedActors.insert(center)
        }
        if path.count == 2 {
            let from = try lookup.resolve(path[0]), to = try lookup.resolve(path[1])
            guard let found = ShortestPath.find(in: index, from: from, to: to) else {
                throw RelGraphError.badInput("no path between '\(path[0])' and '\(path[1])' in the graph")
            }
            highlightedActors.formUnion(found.actors)
            highlightedRelations.formUnion(found.relations)
            if focus == nil && graph.nodes.count <= wholeGraphWithPathLimit {
                actors.formUnion(0 ..< Int32(graph.nodes.count))
                relations.formUnion(0 ..< Int32(graph.edges.count))
            } else {
                actors.formUnion(found.actors)
                relations.formUnion(found.relations)
            }
        }
        let highlight = DiagramHighlight(
            actors: Set(highlightedActors.map { graph.nodes[Int($0)].id }),
            relations: Set(highlightedRelations.map { graph.edges[Int($0)].key }),
            fadesOthers: path.count == 2)
        return DiagramSelection(graph: ResultSubgraph.of(actors: actors, relations: relations, in: graph), highlight: highlight)
    }
}
