import RelGraphCore

/// Hand-written graphs for the tests (invented sentences, no corpus text).
public enum SampleGraphs {
    public static let summit = RelationshipGraph(
        nodes: [
            Actor(id: "country:FR", type: .country, label: "France", aliases: ["Paris", "l'Élysée"], attributes: ["iso": "FR"]),
            Actor(id: "country:ML", type: .country, label: "Mali", attributes: ["iso": "ML"]),
            Actor(id: "person:ana-silva", type: .person, label: "Ana Silva"),
            Actor(id: "person:omar-diallo", type: .person, label: "Omar Diallo", attributes: ["country": "ML"]),
            Actor(id: "organization:ecowas", type: .organization, label: "Economic Community of West African States"),
            Actor(id: "agreement:bamako-accord", type: .agreement, label: "Bamako Accord"),
            Actor(id: "location:timbuktu", type: .location, label: "Timbuktu"),
        ],
        edges: [
            Relation(source: "person:ana-silva", target: "country:FR", type: .leaderOf, confidence: 0.9,
                     evidence: [Evidence(document: "t.txt", sentence: "President Ana Silva said \"enough\" & left.", start: 0, end: 41)]),
            Relation(source: "person:ana-silva", target: "country:ML", type: .visit, confidence: 0.8,
                     evidence: [Evidence(document: "t.txt", sentence: "Silva flew to Bamako on Monday.", start: 42, end: 73)]),
            Relation(source: "country:FR", target: "country:ML", type: .supply, confidence: 0.7),
            Relation(source: "country:FR", target: "country:ML", type: .sanction, confidence: 0.6),
            Relation(source: "country:ML", target: "country:FR", type: .accuse, confidence: 0.6),
            Relation(source: "person:omar-diallo", target: "person:ana-silva", type: .meet, confidence: 0.9),
            Relation(source: "country:ML", target: "organization:ecowas", type: .memberOf, confidence: 0.9),
            Relation(source: "country:ML", target: "agreement:bamako-accord", type: .partyTo, confidence: 0.8,
                     attributes: ["modality": "possible"]),
            Relation(source: "location:timbuktu", target: "country:ML", type: .locatedIn, confidence: 0.9),
        ])

    /// A connected random-ish graph of `size` actors, deterministic for a given size.
    public static func synthetic(actors size: Int, relationsPerActor: Int = 2) -> RelationshipGraph {
        var random = RandomText(seed: UInt64(size))
        let types = ActorType.allCases
        let nodes = (0..<size).map { index in
            Actor(id: "a\(index)", type: types[index % types.count], label: "Actor \(index) \(random.text(maxPieces: 2))")
        }
        var edges: [Relation] = []
        for index in 1..<max(size, 1) {
            edges.append(Relation(source: "a\(index)", target: "a\(random.below(index))", type: .cooperate, confidence: 0.5))
            for _ in 1..<relationsPerActor {
                let type = RelationType.allCases[random.below(RelationType.allCases.count)]
                edges.append(Relation(source: "a\(index)", target: "a\(random.below(size))", type: type, confidence: 0.5))
            }
        }
        return RelationshipGraph(nodes: nodes, edges: edges.filter { $0.source != $0.target }).canonicalized()
    }
}
