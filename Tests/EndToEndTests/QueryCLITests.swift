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
        let url = try QueryCLI.temporaryDirectory().appendingPathComponent("world.json")
        try Data(Self.graphText.utf8).write(to: url)
        return url.path
    }

    func json(_ result: QueryCLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    }

    @Test func pathJSONIsTheDesignContract() throws {
        let result = try QueryCLI.run(["path", "arcadie", "PORT VILLE", "--graph", try graph(), "--k", "5", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let paths = try #require(try json(result)["paths"] as? [[String: Any]])
        #expect(paths.map { $0["length"] as? Int } == [3, 4], "two simple paths, shortest first")
        #expect(paths[0]["nodes"] as? [String] == ["country:AA", "organization:league", "country:BB", "location:port-ville"])
        let edges = try #require(paths[0]["edges"] as? [[String: String]])
        #expect(edges[1] == ["source": "country:BB", "target": "organization:league", "type": "member_of"])
    }

    @Test func pathTextExplainsHopsWithEvidence() throws {
        let result = try QueryCLI.run(["path", "Ben Lopez", "Arcadia", "--graph", try graph()])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Ben Lopez → Ana López → Arcadia"))
        #expect(result.stdout.contains("t1.txt [0–24]: \"Ana López leads Arcadia.\""))
    }

    @Test func filtersAndDirectionChangeTheAnswer() throws {
        let graph = try graph()
        let people = try QueryCLI.run(["path", "Arcadia", "Borduria", "--graph", graph, "--relations", "leader_of,meet", "--format", "json"])
        #expect((try json(people)["paths"] as? [[String: Any]])?.first?["length"] as? Int == 3)
        let directed = try QueryCLI.run(["path", "Arcadia", "Port-Ville", "--graph", graph, "--directed"])
        #expect(directed.status == 0 && directed.stdout.hasPrefix("No path between Arcadia and Port-Ville"))
        let noPath = try QueryCLI.run(["path", "Zed", "Arcadia", "--graph", graph, "--format", "json"])
        #expect(noPath.status == 0 && noPath.stdout == "{\"paths\":[]}\n")
    }

    @Test func allSimplePathsRespectHopBoundsAndLimits() throws {
        let graph = try graph()
        let bounded = try QueryCLI.run(["path", "Arcadia", "Port-Ville", "--graph", graph, "--all", "--max-hops", "3", "--format", "json"])
        #expect((try json(bounded)["paths"] as? [Any])?.count == 1)
        let huge = try QueryCLI.run(["path", "Arcadia", "Port-Ville", "--graph", graph, "--all", "--max-hops", "1000000000", "--format", "json"])
        #expect((try json(huge)["paths"] as? [Any])?.count == 2, "an absurd bound is clamped to the graph's size")
    }

    @Test func neighborsListsTheEgoGraph() throws {
        let result = try QueryCLI.run(["neighbors", "borduria", "--graph", try graph(), "--depth", "1", "--format", "json"])
        #expect(result.status == 0)
        let nodes = try #require(try json(result)["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["id"] as? String })
                == ["country:BB", "person:ben-lopez", "organization:league", "location:port-ville"])
    }

    @Test func dotOutputIsTheResultSubgraph() throws {
        let graph = try graph()
        let path = try QueryCLI.run(["path", "Arcadia", "Port-Ville", "--graph", graph, "--format", "dot"])
        #expect(path.status == 0 && path.stdout.contains("digraph"))
        #expect(path.stdout.contains("League of Towns") && !path.stdout.contains("Ana López"), "only the path's actors")
        let hood = try QueryCLI.run(["neighbors", "Port-Ville", "--graph", graph, "--format", "dot"])
        #expect(hood.stdout.contains("Borduria") && !hood.stdout.contains("Arcadia"))
    }

    @Test func listingsAndStats() throws {
        let graph = try graph()
        let actors = try QueryCLI.run(["actors", "--graph", graph, "--type", "person"])
        #expect(actors.stdout.split(separator: "\n").count == 3)
        let relations = try QueryCLI.run(["relations", "--graph", graph, "--type", "member_of", "--format", "json"])
        #expect((try json(relations)["relations"] as? [Any])?.count == 2)
        let stats = try json(try QueryCLI.run(["stats", "--graph", graph, "--format", "json"]))
        #expect(stats["actors"] as? Int == 7 && stats["relations"] as? Int == 6 && stats["isolated_actors"] as? Int == 1)
        #expect((stats["relations_by_type"] as? [String: Int])?["leader_of"] == 2)
    }

    @Test func badQueriesGetOneClearLine() throws {
        let graph = try graph()
        let same = try QueryCLI.run(["path", "Arcadia", "arcadie", "--graph", graph])
        #expect(same.status == 1 && same.stderr.contains("same actor"))
        for arguments in [["--k", "0"], ["--k", "99999999"], ["--max-hops=-2"], ["--weighted", "--all"], ["--min-confidence", "1.5"]] {
            let result = try QueryCLI.run(["path", "Arcadia", "Borduria", "--graph", graph] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        let unknown = try QueryCLI.run(["neighbors", "Bordurai", "--graph", graph])
        #expect(unknown.status == 1 && unknown.stderr.contains("did you mean Borduria"))
    }
}

/// Runs the built `relgraph` binary and captures what it prints (output through files, so a
/// large answer never blocks the child on a full pipe).
enum QueryCLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutData: Data
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `RELGRAPH_BIN` if set, else the binary built beside the test bundle.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["RELGRAPH_BIN"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0 ..< 4 {
            let candidate = directory.appendingPathComponent("relgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/relgraph")
    }()

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: [String]) throws -> Result {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout"), errURL = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = try Data(contentsOf: outURL), stderr = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self), stdoutData: stdout)
    }
}
