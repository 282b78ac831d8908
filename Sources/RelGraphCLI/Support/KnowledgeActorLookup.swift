import RelGraphCore
import RelGraphKnowledge
import RelGraphQuery

/// Finds the actor a user names: by the graph's own ids, labels and aliases first, then by the
/// knowledge base, which knows spellings the articles never used (`path "Kim Jong Un" Zelensky`
/// finds `person:volodymyr-zelensky` although the graph only saw "Volodymyr Zelensky").
///
/// The bundled lexicon is loaded only when the graph alone does not answer; its answer counts
/// only when exactly one of the actors it names is in the graph.
struct KnowledgeActorLookup {
    let lookup: ActorLookup

    init(_ graph: RelationshipGraph) { lookup = ActorLookup(graph) }
    init(_ graph: some QueryableGraph) { lookup = ActorLookup(graph) }

    func resolve(_ name: String) throws -> Int32 {
        do {
            return try lookup.resolve(name)
        } catch {
            guard let lexicon = try? RelGraphKnowledge.Lexicon.load() else { throw error }
            let known = Set(lexicon.lookup(name).map(\.actorID))
            let inGraph = Set(known.compactMap { id in try? lookup.resolve(id) })
            guard inGraph.count == 1, let position = inGraph.first else { throw error }
            return position
        }
    }
}
