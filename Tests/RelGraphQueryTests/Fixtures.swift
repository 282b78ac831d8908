import RelGraphCore

/// A small invented world for hand-checked answers:
///
///     Ana López —leader_of→ Arcadia —member_of→ League ←member_of— Borduria —attack→ Port-Ville
///     Ana López —meet— Ben Lopez —leader_of→ Borduria;  Zed (isolated)
enum Fixtures {
    static let sentence = Evidence(document: "t1.txt", sentence: "Ana López leads Arcadia.", start: 0, end: 24)

    static let world = RelationshipGraph(
        nodes: [
            Actor(id: "country:AA", type: .country, label: "Arcadia", aliases: ["Arcadie", "arcadien"]),
            Actor(id: "country:BB", type: .country, label: "Borduria"),
            Actor(id: "location:port-ville", type: .location, label: "Port-Ville"),
            Actor(id: "organization:league", type: .organization, label: "League of Towns"),
            Actor(id: "person:ana-lopez", type: .person, label: "Ana López", aliases: ["López"]),
            Actor(id: "person:ben-lopez", type: .person, label: "Ben Lopez", aliases: ["B. Lopez"]),
            Actor(id: "person:zed", type: .person, label: "Zed"),
        ],
        edges: [
            Relation(source: "person:ana-lopez", target: "country:AA", type: .leaderOf, confidence: 0.9, evidence: [sentence]),
            Relation(source: "person:ana-lopez", target: "person:ben-lopez", type: .meet, confidence: 0.6),
            Relation(source: "person:ben-lopez", target: "country:BB", type: .leaderOf, confidence: 0.8),
            Relation(source: "country:AA", target: "organization:league", type: .memberOf, confidence: 0.7),
            Relation(source: "country:BB", target: "organization:league", type: .memberOf, confidence: 0.95),
            Relation(source: "country:BB", target: "location:port-ville", type: .attack, confidence: 0.5),
        ]).canonicalized()

    static func position(_ id: String) -> Int32 { Int32(world.nodes.firstIndex { $0.id == id }!) }
}
