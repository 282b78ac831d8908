import ArgumentParser
import RelGraphCore
import RelGraphExport
import RelGraphQuery

/// `relgraph path FROM TO`: how two actors are connected, hop by hop, with the sentences behind it.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how two actors are connected, each hop explained by its evidence.",
        discussion: """
        FROM and TO are ids, labels or aliases (case and accents ignored). By default prints the \
        fewest-hops path; -k N the N shortest simple paths (Yen); --all every simple path up to \
        --max-hops (default 4), shortest first, at most --limit. --weighted ranks by cost per hop \
        1 + (1 − confidence) + 1/(1 + evidence sentences). Relations are links both ways unless --directed.

        No path is an answer, not an error: text says so, JSON gives {"paths":[]}.
        """)

    static let maxK = 1000
    static let maxLimit = 100_000

    @Argument(help: "Where the path starts: an actor id, label or alias.")
    var from: String

    @Argument(help: "Where the path ends: an actor id, label or alias.")
    var to: String

    @OptionGroup var input: GraphInputOptions
    @OptionGroup var destination: OutputOption
    @OptionGroup var evidenceOption: EvidenceOption
    @OptionGroup var filterOptions: QueryFilterOptions

    // -k is the conventional spelling of a one-letter option; --k stays for existing scripts.
    @Option(name: [.customShort("k"), .long], help: "How many shortest simple paths (1…\(maxK)).")
    var k: Int = 1

    @Option(name: .customLong("max-hops"), help: "Longest path to consider, in hops.")
    var maxHops: Int?

    @Flag(name: .long, help: "Every simple path up to --max-hops, shortest first.")
    var all = false

    @Option(name: .long, help: "With --all: stop after this many paths.")
    var limit: Int = 100

    @Flag(name: .long, help: "Rank paths by confidence and evidence instead of hop count.")
    var weighted = false

    @Option(name: .long, help: "text, json or dot.")
    var format: QueryOutputFormat = .text

    func validate() throws {
        guard (1...Self.maxK).contains(k) else {
            throw ValidationError("--k must be between 1 and \(Self.maxK) (got \(k))")
        }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1 (got \(maxHops))") }
        guard (1...Self.maxLimit).contains(limit) else {
            throw ValidationError("--limit must be between 1 and \(Self.maxLimit) (got \(limit))")
        }
        if weighted && all {
            throw ValidationError("--all lists paths by hops; it cannot be combined with --weighted")
        }
        if all && k != 1 { throw ValidationError("--all lists every path; it cannot be combined with --k") }
    }

    func run() throws {
        let filter = try filterOptions.filter()
        // On PostgreSQL a path of few hops is searched in the part of the graph within that many
        // hops of either end, read in the database; elsewhere, or unbounded, in the whole graph.
        // Every actor a bounded search expands or weighs lies within max-hops − 1 of an end, and
        // keeps all its links in that part, so the answer is the same (ties included).
        let local = try (all ? (maxHops ?? 4) : maxHops).flatMap { try input.loadAround([from, to], radius: $0) }
        let graph = try local?.graph ?? input.loadForQuery()
        let lookup = KnowledgeActorLookup(graph)
        let source = try lookup.resolve(local?.ids[0] ?? from), target = try lookup.resolve(local?.ids[1] ?? to)
        guard source != target else {
            throw RelGraphError.badInput("FROM and TO are the same actor (\(graph.actors[Int(source)].id)); a path needs two actors")
        }
        let index = GraphIndex(graph)
        // A simple path has at most actorCount − 1 hops (of the whole graph): larger bounds change nothing.
        let actorCount = local?.totalActors ?? index.actorCount
        let hopBound = maxHops.map { min($0, max(actorCount - 1, 1)) }
        var complete = true, reachedWorkBudget = false
        let paths: [GraphPath]
        if all {
            let result = SimplePaths.find(in: index, from: source, to: target, maxHops: hopBound ?? 4,
                                          limit: limit, filter: filter)
            paths = result.paths
            complete = result.isComplete
            reachedWorkBudget = result.reachedWorkBudget
        } else {
            let result = KShortestPaths.search(in: index, from: source, to: target, k: k, filter: filter,
                                               weighted: weighted, maxHops: hopBound)
            paths = result.paths
            complete = result.isComplete
            reachedWorkBudget = !result.isComplete
        }
        try print(paths, complete: complete, reachedWorkBudget: reachedWorkBudget, graph: graph, from: source, to: target, hopBound: all ? (hopBound ?? 4) : hopBound)
    }

    private func print(_ paths: [GraphPath], complete: Bool, reachedWorkBudget: Bool, graph: any QueryableGraph,
                       from source: Int32, to target: Int32, hopBound: Int?) throws {
        switch format {
        case .json:
            try destination.write(QueryJSON.paths(paths, graph: graph, weighted: weighted, evidence: evidenceOption.perRelation(default: 0)), inputs: input.inputPaths)
        case .dot:
            let subgraph = try ResultSubgraph.of(actors: paths.flatMap(\.actors) + [source, target],
                                             relations: paths.flatMap(\.relations), in: graph)
            try destination.write(DOTWriter.write(subgraph), inputs: input.inputPaths)
        case .text:
            let names = "\(graph.actors[Int(source)].label) and \(graph.actors[Int(target)].label)"
            var text: String
            if paths.isEmpty {
                text = "No path between \(names)\(hopBound.map { " within \($0) hops" } ?? "")"
                text += filterOptions.directed ? " following relations as stated.\n" : ".\n"
            } else {
                text = try Explanation(graph: graph, sentencesPerHop: evidenceOption.perRelation(default: 2)).describe(paths, weighted: weighted)
                let found = "\(paths.count) path\(paths.count == 1 ? "" : "s")"
                if !all && complete && paths.count < k { text += "(only \(paths.count) simple path\(paths.count == 1 ? "" : "s") exist\(paths.count == 1 ? "s" : ""))\n" }
                if reachedWorkBudget {
                    text += "(stopped after \(found): the search reached its work budget; lower --max-hops\(all ? "" : " or --k") or name --relations for the rest)\n"
                } else if !complete {
                    text += "(stopped at --limit \(limit); raise --limit for more)\n"
                }
            }
            try destination.write(text, inputs: input.inputPaths)
        }
    }
}
