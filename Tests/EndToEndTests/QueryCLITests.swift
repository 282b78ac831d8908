import Foundation
import Testing

/// The query verbs (`path`, `neighbors`, `actors`, `relations`, `stats`) as a user runs them.
@Suite struct QueryCLITests {
    /// Invented actors: Ana leads Arcadia, meets Ben, who leads Borduria; both countries are in
    /// the League; Borduria attacks Port-Ville; Zed knows nobody.
    static let graphText = """
    {"nodes": [
     {"id": "country:AA", "type": "country", "label": "Arcadia", "aliases": ["Arcadie"]},
     {"id": "country:BB", "type": "country", "label": "Borduria"},
     {"id": "location:port-ville", "type": "location", "label": "Port-Ville"},
     {"id": "organization:league", "type": "organization", "label": "League of Towns"},
     {"id": "person:ana-lopez", "type": "person", "label": "Ana López"},
     {"id": "person:ben-lopez", "type": "person", "label": "Ben Lopez"},
     {"id": "person:zed", "type": "person", "label": "Zed"}],
    "edges": [
     {"source": "person:ana-lopez", "target": "country:AA", "type": "leader_of", "confidence": 0.9,
      "evidence": [{"document": "t1.txt", "sentence": "Ana López leads Arcadia.", "start": 0, "end": 24}]},
     {"source": "person:ana-lopez", "target": "person:ben-lopez", "type": "meet", "confidence": 0.6},
     {"source": "person:ben-lopez", "target": "country:BB", "type": "leader_of", "confidence": 0.8},
     {"source": "country:AA", "target": "organization:league", "type": "member_of", "confidence": 0.7},
     {"source": "country:BB", "target": "organization:league", "type": "member_of", "confidence": 0.95},
     {"source": "country:BB", "target": "location:port-ville", "type": "attack", "confidence": 0.5}]}
    """

    func graph() throws -> String {
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent("world.json")
        try Data(Self.graphText.utf8).write(to: url)
        return url.path
    }

    func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    }

    @Test func pathJSONIsTheDesignContract() throws {
        let result = try CLIRunner.run(["path", "arcadie", "PORT VILLE", "--graph", try graph(), "--k", "5", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let paths = try #require(try json(result)["paths"] as? [[String: Any]])
        #expect(paths.map { $0["length"] as? Int } == [3, 4], "two simple paths, shortest first")
        #expect(paths[0]["nodes"] as? [String] == ["country:AA", "organization:league", "country:BB", "location:port-ville"])
        let edges = try #require(paths[0]["edges"] as? [[String: String]])
        #expect(edges[1] == ["source": "country:BB", "target": "organization:league", "type": "member_of"])
    }

    @Test func pathTextExplainsHopsWithEvidence() throws {
        let result = try CLIRunner.run(["path", "Ben Lopez", "Arcadia", "--graph", try graph()])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Ben Lopez → Ana López → Arcadia"))
        #expect(result.stdout.contains("t1.txt [0–24]: \"Ana López leads Arcadia.\""))
    }

    @Test func filtersAndDirectionChangeTheAnswer() throws {
        let graph = try graph()
        let people = try CLIRunner.run(["path", "Arcadia", "Borduria", "--graph", graph, "--relations", "leader_of,meet", "--format", "json"])
        #expect((try json(people)["paths"] as? [[String: Any]])?.first?["length"] as? Int == 3)
        let directed = try CLIRunner.run(["path", "Arcadia", "Port-Ville", "--graph", graph, "--directed"])
        #expect(directed.status == 0 && directed.stdout.hasPrefix("No path between Arcadia and Port-Ville"))
        let noPath = try CLIRunner.run(["path", "Zed", "Arcadia", "--graph", graph, "--format", "json"])
        #expect(noPath.status == 0 && noPath.stdout == "{\"paths\":[]}\n")
    }

    @Test func allSimplePathsRespectHopBoundsAndLimits() throws {
        let graph = try graph()
        let bounded = try CLIRunner.run(["path", "Arcadia", "Port-Ville", "--graph", graph, "--all", "--max-hops", "3", "--format", "json"])
        #expect((try json(bounded)["paths"] as? [Any])?.count == 1)
        let huge = try CLIRunner.run(["path", "Arcadia", "Port-Ville", "--graph", graph, "--all", "--max-hops", "1000000000", "--format", "json"])
        #expect((try json(huge)["paths"] as? [Any])?.count == 2, "an absurd bound is clamped to the graph's size")
    }

    @Test func neighborsListsTheEgoGraph() throws {
        let result = try CLIRunner.run(["neighbors", "borduria", "--graph", try graph(), "--depth", "1", "--format", "json"])
        #expect(result.status == 0)
        let nodes = try #require(try json(result)["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["id"] as? String })
                == ["country:BB", "person:ben-lopez", "organization:league", "location:port-ville"])
    }

    @Test func dotOutputIsTheResultSubgraph() throws {
        let graph = try graph()
        let path = try CLIRunner.run(["path", "Arcadia", "Port-Ville", "--graph", graph, "--format", "dot"])
        #expect(path.status == 0 && path.stdout.contains("digraph"))
        #expect(path.stdout.contains("League of Towns") && !path.stdout.contains("Ana López"), "only the path's actors")
        let hood = try CLIRunner.run(["neighbors", "Port-Ville", "--graph", graph, "--format", "dot"])
        #expect(hood.stdout.contains("Borduria") && !hood.stdout.contains("Arcadia"))
    }

    @Test func listingsAndStats() throws {
        let graph = try graph()
        let actors = try CLIRunner.run(["actors", "--graph", graph, "--type", "person"])
        #expect(actors.stdout.split(separator: "\n").count == 3)
        let relations = try CLIRunner.run(["relations", "--graph", graph, "--type", "member_of", "--format", "json"])
        #expect((try json(relations)["relations"] as? [Any])?.count == 2)
        let stats = try json(try CLIRunner.run(["stats", "--graph", graph, "--format", "json"]))
        #expect(stats["actors"] as? Int == 7 && stats["relations"] as? Int == 6 && stats["isolated_actors"] as? Int == 1)
        #expect((stats["relations_by_type"] as? [String: Int])?["leader_of"] == 2)
    }

    @Test func badQueriesGetOneClearLine() throws {
        let graph = try graph()
        let same = try CLIRunner.run(["path", "Arcadia", "arcadie", "--graph", graph])
        #expect(same.status == 1 && same.stderr.contains("same actor"))
        for arguments in [["--k", "0"], ["--k", "99999999"], ["--max-hops=-2"], ["--weighted", "--all"], ["--min-confidence", "1.5"]] {
            let result = try CLIRunner.run(["path", "Arcadia", "Borduria", "--graph", graph] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        let unknown = try CLIRunner.run(["neighbors", "Bordurai", "--graph", graph])
        #expect(unknown.status == 1 && unknown.stderr.contains("did you mean Borduria"))
    }
}
