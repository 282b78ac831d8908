import Foundation
import Testing

/// Query verbs as a user expects them: `-o` everywhere, every evidence sentence on request and in
/// the JSON, actors found by any name the knowledge base knows.
@Suite struct QueryOutputTests {
    /// Actors with the knowledge base's ids, under spellings it does not list as aliases here.
    static let graphText = """
    {"nodes": [
     {"id": "person:volodymyr-zelensky", "type": "person", "label": "Volodymyr Zelensky", "aliases": []},
     {"id": "country:UA", "type": "country", "label": "Ukraine", "aliases": []},
     {"id": "country:FR", "type": "country", "label": "France", "aliases": []}],
    "edges": [
     {"source": "person:volodymyr-zelensky", "target": "country:UA", "type": "leader_of", "confidence": 0.9,
      "evidence": [{"document": "a.txt", "sentence": "One.", "start": 0, "end": 4},
                   {"document": "b.txt", "sentence": "Two.", "start": 5, "end": 9, "date": "2024-06"},
                   {"document": "c.txt", "sentence": "Three.", "start": 10, "end": 16}]},
     {"source": "country:FR", "target": "country:UA", "type": "supply", "confidence": 0.8,
      "evidence": [{"document": "d.txt", "sentence": "Four.", "start": 0, "end": 5}]}]}
    """

    func graph() throws -> String {
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent("g.json")
        try Data(Self.graphText.utf8).write(to: url)
        return url.path
    }

    /// `path "…" Zelensky` failed although `relgraph lexicon lookup Zelensky` resolves it.
    @Test func actorsAreFoundThroughTheKnowledgeBase() throws {
        let graph = try graph()
        let path = try CLIRunner.run(["path", "Selenskyj", "Élysée", "--graph", graph])
        #expect(path.status == 0, "stderr: \(path.stderr)")
        #expect(path.stdout.contains("Volodymyr Zelensky → Ukraine → France"))
        let neighbors = try CLIRunner.run(["neighbors", "Zelenskyy", "--graph", graph, "--format", "json"])
        #expect(neighbors.status == 0, "stderr: \(neighbors.stderr)")
        let unknown = try CLIRunner.run(["path", "Nobody Atall", "France", "--graph", graph])
        #expect(unknown.status == 1 && unknown.stderr.contains("no actor named 'Nobody Atall'"))
    }

    @Test func everyEvidenceSentenceOnRequest() throws {
        let graph = try graph()
        let two = try CLIRunner.run(["path", "Volodymyr Zelensky", "Ukraine", "--graph", graph])
        #expect(two.stdout.contains("(+1 more sentence)") && !two.stdout.contains("Three."))
        let all = try CLIRunner.run(["path", "Volodymyr Zelensky", "Ukraine", "--graph", graph, "--evidence", "all"])
        #expect(all.stdout.contains("Three.") && !all.stdout.contains("more sentence"))
        let bad = try CLIRunner.run(["path", "Volodymyr Zelensky", "Ukraine", "--graph", graph, "--evidence", "many"])
        #expect(bad.status == 2)
    }

    @Test func jsonCarriesEvidenceWhenAsked() throws {
        let graph = try graph()
        let plain = try CLIRunner.run(["path", "Volodymyr Zelensky", "France", "--graph", graph, "--format", "json"])
        #expect(!plain.stdout.contains("evidence"), "the design contract's shape by default")
        let result = try CLIRunner.run(["path", "Volodymyr Zelensky", "France", "--graph", graph, "--format", "json", "--evidence", "all"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let edges = try #require(((object["paths"] as? [[String: Any]])?.first?["edges"]) as? [[String: Any]])
        let leads = try #require(edges.first { $0["type"] as? String == "leader_of" })
        let evidence = try #require(leads["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["sentence"] as? String } == ["One.", "Two.", "Three."])
        #expect(evidence[1]["date"] as? String == "2024-06" && evidence[1]["start"] as? Int == 5)
        #expect(leads["evidence_count"] as? Int == 3)
        let neighbors = try CLIRunner.run(["neighbors", "Ukraine", "--graph", graph, "--format", "json", "--evidence", "1"])
        #expect(neighbors.stdout.contains("\"evidence_count\":3") && !neighbors.stdout.contains("Two."))
    }

    /// `-o` on every query verb, refusing the graph itself.
    @Test func everyQueryVerbWritesToDashO() throws {
        let graph = try graph()
        let folder = try CLIRunner.temporaryDirectory()
        let verbs: [[String]] = [["path", "Zelensky", "France"], ["neighbors", "Ukraine"], ["actors"], ["relations"], ["stats"],
                                 ["timeline", "Ukraine"]]
        for verb in verbs {
            for format in ["text", "json"] {
                let out = folder.appendingPathComponent("\(verb[0])-\(format).out").path
                let result = try CLIRunner.run(verb + ["--graph", graph, "--format", format, "-o", out])
                #expect(result.status == 0 && result.stdout.isEmpty, "\(verb[0]) \(format): \(result.stderr)")
                let printed = try CLIRunner.run(verb + ["--graph", graph, "--format", format])
                #expect(try String(contentsOfFile: out, encoding: .utf8) == printed.stdout, "\(verb[0]) \(format)")
            }
            let overwrite = try CLIRunner.run(verb + ["--graph", graph, "-o", graph])
            #expect(overwrite.status == 2, "\(verb[0]) -o over its own graph: a usage error, as for every verb")
        }
        #expect(try String(contentsOfFile: graph, encoding: .utf8) == Self.graphText)
    }
}
