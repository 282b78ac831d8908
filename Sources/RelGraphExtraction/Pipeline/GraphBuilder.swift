import RelGraphCore
import RelGraphKnowledge

/// Turns one document's resolved mentions and relations into graph nodes and edges.
///
/// Nodes carry the lexicon's canonical English label and attributes (`iso` for countries) and
/// every surface form seen as an alias; each relation cites its sentence as evidence. A
/// relation whose endpoint was never mentioned is dropped rather than invented.
struct GraphBuilder {
    let lexicon: Lexicon
    private(set) var accumulator = GraphAccumulator()

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    mutating func add(_ mention: Mention) {
        var attributes = lexicon.actors[mention.actorID]?.attributes.filter { Self.publicAttributes.contains($0.key) } ?? [:]
        if mention.type == .country, let colon = mention.actorID.firstIndex(of: ":") {
            attributes["iso"] = String(mention.actorID[mention.actorID.index(after: colon)...])
        }
        let label = lexicon.actors[mention.actorID]?.label ?? mention.label
        let aliases = mention.kind == .role ? [] : [mention.surface]
        accumulator.add(Actor(id: mention.actorID, type: mention.type, label: label, aliases: aliases, attributes: attributes))
    }

    /// Attributes worth showing on a node (the lexicon keeps more for its own use).
    static let publicAttributes: Set<String> = ["iso", "role", "of", "category", "parent", "in"]

    mutating func add(_ relation: FoundRelation, evidence: Evidence) {
        var attributes: [String: String] = [:]
        if let modality = relation.modality { attributes["modality"] = modality }
        accumulator.add(Relation(source: relation.source, target: relation.target, type: relation.type,
                                 confidence: relation.confidence, evidence: [evidence], attributes: attributes))
    }

    func graph() -> RelationshipGraph { accumulator.graph() }
}
