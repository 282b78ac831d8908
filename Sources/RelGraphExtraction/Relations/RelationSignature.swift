import RelGraphCore

/// Which actor types each relation type connects (README, "Design contract"): the extractor never emits an edge
/// the ontology forbids, and uses the signature to pick arguments around a trigger.
struct RelationSignature: Sendable {
    let sources: Set<ActorType>
    let targets: Set<ActorType>

    static let agents: Set<ActorType> = [.person, .country, .organization]

    /// The signature of `type`: made once per type, as the classifier and the graph builder ask
    /// for every relation they weigh (building its two sets each time was most of the check).
    static func of(_ type: RelationType) -> RelationSignature { byType[type]! }

    private static let byType = Dictionary(uniqueKeysWithValues: RelationType.allCases.map { ($0, make($0)) })

    private static func make(_ type: RelationType) -> RelationSignature {
        switch type {
        case .leaderOf: return RelationSignature(sources: [.person], targets: [.country, .organization])
        case .memberOf: return RelationSignature(sources: [.person, .country], targets: [.organization])
        case .locatedIn: return RelationSignature(sources: [.location], targets: [.country, .location])
        case .visit: return RelationSignature(sources: [.person, .country], targets: [.country, .location])
        case .meet, .cooperate, .supply, .accuse: return RelationSignature(sources: agents, targets: agents)
        case .attack: return RelationSignature(sources: agents, targets: [.country, .location, .organization])
        case .sanction: return RelationSignature(sources: agents, targets: agents)
        case .partyTo: return RelationSignature(sources: agents, targets: [.agreement])
        case .violate: return RelationSignature(sources: agents, targets: [.agreement, .organization])
        case .family: return RelationSignature(sources: [.person], targets: [.person])
        }
    }

    /// Whether `source → target` is allowed. Meetings join actors of one kind (two persons, two
    /// states); symmetric relations accept either order.
    func allows(_ source: ActorType, _ target: ActorType, type: RelationType) -> Bool {
        if type == .meet || type == .family { return source == target && sources.contains(source) }
        if type.isSymmetric {
            return sources.contains(source) && targets.contains(target)
        }
        return sources.contains(source) && targets.contains(target)
    }
}
