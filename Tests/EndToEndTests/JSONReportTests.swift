import Foundation
import Testing

/// `--format json` on the verbs that report rather than query: lexicon lookup and stats, ingest, index.
@Suite struct JSONReportTests {
    func object(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any], "stdout: \(result.stdout)")
    }

    @Test func lexiconLookupAsJSON() throws {
        let result = try CLIRunner.run(["lexicon", "lookup", "Selenskyj", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let entries = try #require(try object(result)["entries"] as? [[String: Any]])
        #expect(entries.contains { $0["actor"] as? String == "person:volodymyr-zelensky" && $0["type"] as? String == "person" })
        let missing = try CLIRunner.run(["lexicon", "lookup", "Qwxzzy", "--format", "json"])
        #expect(missing.status == 1 && missing.stdout.isEmpty)
    }

    @Test func ingestAndIndexReportAsJSON() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let article = folder.appendingPathComponent("a.txt")
        try Data("France sent weapons to Ukraine on Monday, officials said.\n".utf8).write(to: article)
        let db = folder.appendingPathComponent("c.sqlite").path
        let ingest = try CLIRunner.run(["ingest", article.path, "--db", db, "--format", "json"])
        #expect(ingest.status == 0, "stderr: \(ingest.stderr)")
        let summary = try object(ingest)
        #expect(summary["files"] as? Int == 1 && summary["added"] as? Int == 1 && (summary["skipped"] as? [String])?.isEmpty == true)
        #expect(ingest.stderr.isEmpty, "no progress lines with json")

        let graph = folder.appendingPathComponent("g.json").path
        #expect(try CLIRunner.run(["extract", article.path, "-o", graph]).status == 0)
        let index = try CLIRunner.run(["index", graph, "--format", "json"])
        #expect(index.status == 0, "stderr: \(index.stderr)")
        let report = try object(index)
        #expect(report["index"] as? String == graph + ".rgindex")
        #expect(report["bytes"] as? Int == (try FileManager.default.attributesOfItem(atPath: graph + ".rgindex")[.size] as? Int))
    }

    /// The same counts as the text, as one JSON object.
    @Test func lexiconStatsAsJSON() throws {
        let text = try CLIRunner.run(["lexicon", "stats"])
        let json = try CLIRunner.run(["lexicon", "stats", "--format", "json"])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let stats = try object(json)
        let actors = try #require(stats["actors"] as? [String: Any])
        let firstLine = try #require(text.stdout.split(separator: "\n").first)
        #expect(firstLine.hasPrefix("actors: \(try #require(actors["total"] as? Int)) ("), "\(firstLine)")
        let byType = try #require(actors["byType"] as? [String: Int])
        #expect(byType.values.reduce(0, +) == actors["total"] as? Int && byType["country"] ?? 0 > 100)
        let tables = try #require(stats["tables"] as? [[String: Any]])
        for table in tables {
            let line = "  \(table["name"] as? String ?? "?"): \(table["rows"] as? Int ?? -1) rows in "
            #expect(text.stdout.contains(line), "\(line)")
        }
        let countries = try #require(stats["countries"] as? [String: Any])
        #expect((countries["byLanguage"] as? [String: Any])?.keys.sorted() == ["de", "en", "es", "fr"])
        #expect(stats["loadMilliseconds"] is Double)
    }

    /// `export --format json` writes a confidence given once as it is (3 decimals turned 1e-7
    /// into 0.0), as `relations` prints it, and never `-0`.
    @Test func exportKeepsEveryDigitOfAConfidence() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let graph = folder.appendingPathComponent("g.json")
        try Data("""
            {"nodes": [{"id": "country:FR", "type": "country", "label": "France"}, {"id": "country:ML", "type": "country", "label": "Mali"},
                       {"id": "country:NE", "type": "country", "label": "Niger"}],
             "edges": [{"source": "country:FR", "target": "country:ML", "type": "supply", "confidence": 1e-7, "evidence": []},
                       {"source": "country:FR", "target": "country:NE", "type": "supply", "confidence": -0.0, "evidence": []},
                       {"source": "country:ML", "target": "country:NE", "type": "supply", "confidence": 0.123456789012, "evidence": []}]}
            """.utf8).write(to: graph)
        let export = try CLIRunner.run(["export", "--graph", graph.path, "--format", "json"])
        #expect(export.status == 0, "stderr: \(export.stderr)")
        let edges = try #require(try object(export)["edges"] as? [[String: Any]])
        let confidences = Dictionary(uniqueKeysWithValues: edges.map { ("\($0["source"]!)>\($0["target"]!)", $0["confidence"] as? Double) })
        #expect(confidences == ["country:FR>country:ML": 1e-7, "country:FR>country:NE": 0, "country:ML>country:NE": 0.123456789012])
        #expect(!export.stdout.contains(": -"), "\(export.stdout)")
        // Exported again, the export is unchanged.
        let again = folder.appendingPathComponent("again.json")
        try export.stdoutData.write(to: again)
        #expect(try CLIRunner.run(["export", "--graph", again.path, "--format", "json"]).stdout == export.stdout)
    }
}
