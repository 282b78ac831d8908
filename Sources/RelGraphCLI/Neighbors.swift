import ArgumentParser
import RelGraphCore
import RelGraphExport
import RelGraphQuery

/// `relgraph neighbors ACTOR`: who surrounds an actor, within N hops.
struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the actors within N hops of an actor, and the relations among them.")

    @Argument(help: "The centre: an actor id, label or alias.")
    var actor: String

    @OptionGroup var input: GraphInputOptions
    @OptionGroup var destination: OutputOption
    @OptionGroup var evidenceOption: EvidenceOption
    @OptionGroup var filterOptions: QueryFilterOptions

    @Option(name: .long, help: "How many hops out (0 is the actor alone).")
    var depth: Int = 1

    @Option(name: .long, help: "text, json or dot.")
    var format: QueryOutputFormat = .text

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more (got \(depth))") }
    }

    func run() throws {
        let filter = try filterOptions.filter()
        // On PostgreSQL a small neighbourhood is read in the database; elsewhere the whole graph.
        // One hop beyond the depth: the search visits neighbours hubs first, by their degree,
        // and the degree of an actor `depth` hops out counts actors one hop further.
        let local = try input.loadAround([actor], radius: depth + 1)
        let graph = try local?.graph ?? input.loadForQuery()
        let center = try KnowledgeActorLookup(graph).resolve(local?.ids[0] ?? actor)
        let index = GraphIndex(graph)
        let neighborhood = Neighborhood.around(center, in: index, depth: min(depth, local?.totalActors ?? index.actorCount), filter: filter)
        switch format {
        case .text: try destination.write(Explanation(graph: graph, sentencesPerHop: evidenceOption.perRelation(default: 1)).describe(neighborhood), inputs: input.inputPaths)
        case .json: try destination.write(QueryJSON.neighborhood(neighborhood, graph: graph, evidence: evidenceOption.perRelation(default: 0)), inputs: input.inputPaths)
        case .dot:
            let subgraph = try ResultSubgraph.of(actors: neighborhood.actors, relations: neighborhood.relations, in: graph)
            try destination.write(DOTWriter.write(subgraph), inputs: input.inputPaths)
        }
    }
}
