import Testing
import RelGraphCore
@testable import RelGraphQuery

@Suite struct PathQueryTests {
    let index = GraphIndex(Fixtures.world)
    let ana = Fixtures.position("person:ana-lopez"), ben = Fixtures.position("person:ben-lopez")
    let arcadia = Fixtures.position("country:AA"), borduria = Fixtures.position("country:BB")
    let port = Fixtures.position("location:port-ville"), league = Fixtures.position("organization:league")
    let zed = Fixtures.position("person:zed")

    @Test func indexHoldsBothDirections() {
        #expect(index.actorCount == 7 && index.relationCount == 6)
        var reached: [Int32] = []
        Traversal(index, .all, endpoints: (borduria, borduria)).forward(borduria) { neighbor, _ in reached.append(neighbor) }
        #expect(Set(reached) == [ben, league, port])
        var stated: [Int32] = []
        Traversal(index, QueryFilter(directed: true), endpoints: (borduria, borduria)).forward(borduria) { neighbor, _ in stated.append(neighbor) }
        #expect(Set(stated) == [league, port], "directed: only relations Borduria states")
    }

    @Test func fewestHopsLinksBothWays() throws {
        let path = try #require(ShortestPath.find(in: index, from: arcadia, to: port))
        #expect(path.actors == [arcadia, league, borduria, port])
        #expect(path.length == 3)
    }

    @Test func directedFollowsStatedRelationsAndSymmetricOnesBothWays() throws {
        #expect(ShortestPath.find(in: index, from: arcadia, to: port, filter: QueryFilter(directed: true)) == nil)
        let path = try #require(ShortestPath.find(in: index, from: ben, to: ana, filter: QueryFilter(directed: true)))
        #expect(path.actors == [ben, ana], "meet is symmetric")
    }

    @Test func filtersRestrictRelationsActorsAndConfidence() throws {
        let viaPeople = QueryFilter(relationTypes: [.leaderOf, .meet, .attack])
        #expect(try #require(ShortestPath.find(in: index, from: arcadia, to: port, filter: viaPeople)).actors
                == [arcadia, ana, ben, borduria, port])
        let noOrganizations = QueryFilter(actorTypes: [.person, .country])
        #expect(try #require(ShortestPath.find(in: index, from: arcadia, to: borduria, filter: noOrganizations)).length == 3)
        let confident = QueryFilter(minConfidence: 0.75)
        #expect(ShortestPath.find(in: index, from: arcadia, to: borduria, filter: confident) == nil,
                "member_of 0.7 and meet 0.6 fall below 0.75")
    }

    @Test func namedEndpointsPassTheActorTypeFilter() {
        let onlyPeople = QueryFilter(actorTypes: [.person])
        #expect(ShortestPath.find(in: index, from: arcadia, to: ana, filter: onlyPeople)?.length == 1)
    }

    @Test func hopBoundIsRespected() {
        #expect(ShortestPath.find(in: index, from: arcadia, to: port, maxHops: 2) == nil)
        #expect(ShortestPath.find(in: index, from: arcadia, to: port, maxHops: 3)?.length == 3)
        #expect(KShortestPaths.find(in: index, from: arcadia, to: port, k: 5, maxHops: 3).count == 1)
    }

    @Test func isolatedActorsHaveNoPath() {
        #expect(ShortestPath.find(in: index, from: arcadia, to: zed) == nil)
        #expect(KShortestPaths.find(in: index, from: arcadia, to: zed, k: 3).isEmpty)
        #expect(SimplePaths.find(in: index, from: arcadia, to: zed, maxHops: 6, limit: 10).paths.isEmpty)
    }

    @Test func kShortestListsEverySimplePathOnceInOrder() {
        let paths = KShortestPaths.find(in: index, from: arcadia, to: port, k: 1000)
        #expect(paths.map(\.length) == [3, 4], "only two simple paths exist, however large k is")
        #expect(KShortestPaths.find(in: index, from: arcadia, to: port, k: 0).isEmpty)
        #expect(KShortestPaths.find(in: index, from: arcadia, to: arcadia, k: 3).isEmpty)
    }

    @Test func weightedPrefersCheaperRelations() throws {
        // Two 2-hop routes from S to T: through a weak relation or through a confident, repeated one.
        let graph = RelationshipGraph(
            nodes: ["S", "W", "C", "T"].map { Actor(id: $0, type: .country, label: $0) },
            edges: [
                Relation(source: "S", target: "W", type: .cooperate, confidence: 0.2),
                Relation(source: "W", target: "T", type: .cooperate, confidence: 0.2),
                Relation(source: "S", target: "C", type: .supply, confidence: 0.9, evidence: Self.sentences(3)),
                Relation(source: "C", target: "T", type: .supply, confidence: 0.9, evidence: Self.sentences(3)),
            ])
        let index = GraphIndex(graph)
        let path = try #require(WeightedPath.find(in: index, from: 0, to: 3))
        #expect(path.actors == [0, 2, 3])
        #expect(abs(path.cost - 2 * RelationCost.of(confidence: 0.9, evidenceCount: 3)) < 1e-6)
        #expect(RelationCost.of(confidence: 0.9, evidenceCount: 3) < RelationCost.of(confidence: 0.2, evidenceCount: 0))
    }

    @Test func parallelRelationsGiveOneHopWithTheBestRelation() throws {
        let graph = RelationshipGraph(
            nodes: ["A", "B"].map { Actor(id: $0, type: .country, label: $0) },
            edges: [Relation(source: "A", target: "B", type: .accuse, confidence: 0.3),
                    Relation(source: "A", target: "B", type: .sanction, confidence: 0.95)])
        let index = GraphIndex(graph)
        let paths = KShortestPaths.find(in: index, from: 0, to: 1, k: 5)
        #expect(paths.count == 1)
        #expect(index.relation(paths[0].relations[0]).type == .sanction)
    }

    @Test func simplePathsComeShortestFirstAndRespectTheCap() {
        let all = SimplePaths.find(in: index, from: arcadia, to: port, maxHops: 10, limit: 100)
        #expect(all.isComplete && all.paths.map(\.length) == [3, 4])
        let capped = SimplePaths.find(in: index, from: arcadia, to: port, maxHops: 10, limit: 1)
        #expect(!capped.isComplete && capped.paths.map(\.length) == [3])
        let starved = SimplePaths.find(in: index, from: arcadia, to: port, maxHops: 10, limit: 100, workBudget: 2)
        #expect(!starved.isComplete)
    }

    @Test func neighbourhoodGrowsByDepth() {
        let none = Neighborhood.around(borduria, in: index, depth: 0)
        #expect(none.actors == [borduria] && none.relations.isEmpty)
        let one = Neighborhood.around(borduria, in: index, depth: 1)
        #expect(Set(one.actors) == [borduria, ben, league, port])
        #expect(one.relations.count == 3)
        let two = Neighborhood.around(borduria, in: index, depth: 2)
        #expect(Set(two.actors) == [borduria, ben, league, port, ana, arcadia])
        #expect(two.depths.filter { $0 == 2 }.count == 2)
        #expect(two.relations.count == 6, "every relation among the six actors")
        let out = Neighborhood.around(borduria, in: index, depth: 5, filter: QueryFilter(directed: true))
        #expect(Set(out.actors) == [borduria, league, port])
    }

    @Test func indexStaysCompact() {
        // At most 51 bytes per relation and 13 per actor by construction; the budget is 64 per relation.
        var relations: [IndexedRelation] = []
        for i in 0 ..< 40_000 { relations.append(IndexedRelation(source: Int32(i % 10_000), target: Int32((i * 7 + 1) % 10_000), type: .meet)) }
        let index = GraphIndex(actorTypes: Array(repeating: .person, count: 10_000), relations: relations)
        #expect(Double(index.byteCount) / 40_000 < 64)
    }

    static func sentences(_ count: Int) -> [Evidence] {
        (0 ..< count).map { Evidence(document: "d\($0).txt", sentence: "s", start: 0, end: 1) }
    }
}
