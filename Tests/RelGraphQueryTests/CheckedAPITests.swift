import RelGraphCore
@testable import RelGraphQuery
import Testing

/// The public query entry points check their positions before touching a buffer, and an index
/// numbers relations as the graph does.
@Suite struct CheckedAPITests {
    static let twoActors = RelationshipGraph(
        nodes: [Actor(id: "person:a", type: .person, label: "A"), Actor(id: "person:b", type: .person, label: "B")],
        edges: [Relation(source: "person:a", target: "person:b", type: .meet, confidence: 0.9)])

    @Test func positionsOutsideTheIndexAreRefusedNotRead() throws {
        let index = GraphIndex(Self.twoActors)
        let a = ActorPosition(0), b = ActorPosition(1), outside = ActorPosition(5)
        #expect(throws: QueryError.actorOutOfRange(outside, actorCount: 2)) {
            try ShortestPath.find(in: index, from: a, to: outside)
        }
        #expect(throws: QueryError.actorOutOfRange(ActorPosition(-1), actorCount: 2)) {
            try WeightedPath.find(in: index, from: ActorPosition(-1), to: b)
        }
        #expect(throws: QueryError.self) { try KShortestPaths.find(in: index, from: outside, to: a, k: 3) }
        #expect(throws: QueryError.self) { try SimplePaths.find(in: index, from: a, to: outside, maxHops: 3, limit: 5) }
        #expect(throws: QueryError.self) { try Neighborhood.around(outside, in: index, depth: 2) }
        #expect(throws: QueryError.negativeBound("k", -1)) { try KShortestPaths.find(in: index, from: a, to: b, k: -1) }
        #expect(throws: QueryError.negativeBound("depth", -2)) { try Neighborhood.around(a, in: index, depth: -2) }
        #expect(throws: QueryError.relationOutOfRange(RelationPosition(1), relationCount: 1)) {
            try index.relation(at: RelationPosition(1))
        }
        // In range, the same answers as before.
        let path = try #require(try ShortestPath.find(in: index, from: a, to: b))
        #expect(path.actorPositions == [a, b])
        #expect(path.relationPositions == [RelationPosition(0)])
        #expect(try index.relation(at: RelationPosition(0)).type == .meet)
        #expect(try index.actorType(at: b) == .person)
        #expect(throws: QueryError.self) { try index.actorType(at: outside) }
        #expect(throws: QueryError.self) { try index.cost(at: RelationPosition(-3)) }
        #expect(try index.cost(at: RelationPosition(0)) > 0)
        #expect(try Neighborhood.around(b, in: index, depth: 1).actors.count == 2)
    }

    /// A relation naming an actor the graph does not hold used to be skipped while indexing, which
    /// renumbered the relations after it: the path A → B was then explained with relation 0,
    /// "A —attack→ ghost".
    @Test func anUnplaceableRelationKeepsTheNumberingOfTheOthers() throws {
        let graph = RelationshipGraph(
            nodes: [Actor(id: "person:a", type: .person, label: "A"), Actor(id: "person:b", type: .person, label: "B")],
            edges: [
                Relation(source: "person:a", target: "person:ghost", type: .attack, confidence: 0.9),
                Relation(source: "person:a", target: "person:b", type: .meet, confidence: 0.8),
            ])
        let index = GraphIndex(graph)
        #expect(index.relationCount == 2)
        let path = try #require(try ShortestPath.find(in: index, from: ActorPosition(0), to: ActorPosition(1)))
        #expect(path.relationPositions == [RelationPosition(1)])
        let text = try Explanation(graph: graph).describe([path])
        #expect(text.contains("A —meet— B"))
        #expect(!text.contains("attack"))
        #expect(!text.contains("ghost"))
        // The ghost relation is never walked, in either direction or through the link rows.
        #expect(try Neighborhood.around(ActorPosition(0), in: index, depth: 3).relations == [1])
    }
}
