import Foundation
import Testing
import RelGraphCore
@testable import RelGraphQuery

@Suite struct OutputTests {
    let index = GraphIndex(Fixtures.world)

    @Test func pathJSONFollowsTheDesignContract() throws {
        let from = Fixtures.position("person:ana-lopez"), to = Fixtures.position("country:BB")
        let paths = KShortestPaths.find(in: index, from: from, to: to, k: 2)
        let text = QueryJSON.paths(paths, graph: Fixtures.world)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let list = try #require(object["paths"] as? [[String: Any]])
        #expect(list.count == 2)
        #expect(list[0]["nodes"] as? [String] == ["person:ana-lopez", "person:ben-lopez", "country:BB"])
        #expect(list[0]["length"] as? Int == 2)
        let edges = try #require(list[0]["edges"] as? [[String: String]])
        #expect(edges == [["source": "person:ana-lopez", "target": "person:ben-lopez", "type": "meet"],
                          ["source": "person:ben-lopez", "target": "country:BB", "type": "leader_of"]])
        #expect(QueryJSON.paths([], graph: Fixtures.world) == "{\"paths\":[]}\n")
    }

    @Test func textExplainsEachHopWithItsSentence() throws {
        let path = try #require(ShortestPath.find(in: index, from: Fixtures.position("country:AA"),
                                                  to: Fixtures.position("person:ben-lopez")))
        let text = try Explanation(graph: Fixtures.world).describe([path])
        #expect(text.contains("Arcadia → Ana López → Ben Lopez"))
        #expect(text.contains("Ana López —leader_of→ Arcadia (confidence 0.9)"))
        #expect(text.contains("t1.txt [0–24]: \"Ana López leads Arcadia.\""))
        #expect(text.contains("Ana López —meet— Ben Lopez"))
    }

    @Test func explanationsStayOnOneLinePerSentence() throws {
        var graph = Fixtures.world
        graph.edges[0].evidence = [Evidence(document: "x", sentence: "line one\nline two\u{1b}[31m", start: 0, end: 5)]
        let text = try Explanation(graph: graph).describe(relation: 0, indent: "")
        #expect(text.split(separator: "\n").count == 2)
        #expect(!text.contains("\u{1b}"))
    }

    @Test func resultSubgraphHoldsOnlyTheAnswer() {
        let hood = Neighborhood.around(Fixtures.position("location:port-ville"), in: index, depth: 1)
        let subgraph = ResultSubgraph.of(actors: hood.actors, relations: hood.relations, in: Fixtures.world)
        #expect(subgraph.nodes.map(\.id) == ["country:BB", "location:port-ville"])
        #expect(subgraph.edges.map(\.type) == [.attack])
    }
}
