import Foundation
import Testing
import RelGraphCore
import RelGraphFormats

/// Time end to end: dated extraction of the sample, and a corpus of three invented articles of
/// different dates where --since/--until and timeline must return exactly the expected edges.
@Suite(.serialized) struct TimeCLITests {
    @Test func theSampleDatedByHandHasADateOnEveryEvidenceAndKimJongIlsOfficeIsPast() throws {
        let result = try CLIRunner.run(["extract", "Examples/putin-north-korea.fr.txt", "--date", "2024-06-18"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON.decode(result.stdoutData)
        let evidence = graph.edges.flatMap(\.evidence)
        #expect(!evidence.isEmpty && evidence.allSatisfy { $0.date != nil })
        #expect(graph.documents == [DocumentRecord(name: "Examples/putin-north-korea.fr.txt", date: "2024-06-18")])
        // "En septembre de l'année dernière, Kim Jong-un s'était déjà rendu … en Russie."
        let visit = try #require(graph.edges.first { $0.source == "person:kim-jong-un" && $0.type == .visit && $0.target == "country:RU" })
        #expect(visit.evidence.map(\.date) == ["2023-09"])
        let office = try #require(graph.edges.first { $0.source == "person:kim-jong-il" && $0.type == .leaderOf })
        #expect(office.isPastOffice && office.attributes["start"] == "1994-07-08" && office.attributes["end"] == "2011-12-17")
    }

    @Test func withoutADateTheDocumentDateIsUnknownAndAMalformedDateIsAUsageError() throws {
        let result = try CLIRunner.run(["extract", "Examples/putin-north-korea.fr.txt"])
        let graph = try GraphJSON.decode(result.stdoutData)
        #expect(graph.documents == [DocumentRecord(name: "Examples/putin-north-korea.fr.txt", date: nil)])
        // Absolute expressions still date their sentences; relative ones cannot.
        #expect(graph.edges.flatMap(\.evidence).contains { $0.date == "2022" })
        #expect(!graph.edges.flatMap(\.evidence).contains { $0.date == "2023-09" })
        for bad in ["2024-13-01", "yesterday", "2024-06-18T10:00", ""] {
            let refused = try CLIRunner.run(["extract", "Examples/putin-north-korea.fr.txt", "--date", bad])
            #expect(refused.status == 2, "\(bad)")
            #expect(refused.stderr.hasPrefix("relgraph: --date") && refused.stdout.isEmpty, "\(bad): \(refused.stderr)")
        }
    }

    /// Three invented articles: Chile accuses Peru (2021-03-10), "yesterday" Peru attacks Ecuador
    /// (article of 2023-05-02), Ecuador sanctioned Chile "last month" (article of 2024-06-18).
    private func corpus() throws -> (folder: URL, db: String, graph: String) {
        let folder = try CLIRunner.temporaryDirectory()
        let articles = [("a.txt", "Chile accused Peru of violating the border treaty.\n", "2021-03-10"),
                        ("b.txt", "Yesterday, Peru attacked Ecuador.\n", "2023-05-02"),
                        ("c.txt", "Ecuador sanctioned Chile last month.\n", "2024-06-18")]
        let db = folder.appendingPathComponent("corpus.sqlite").path
        for (name, text, date) in articles {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let ingest = try CLIRunner.run(["ingest", path, "--db", db, "--date", date, "--quiet"])
            #expect(ingest.status == 0, "stderr: \(ingest.stderr)")
        }
        let graph = folder.appendingPathComponent("corpus.json").path
        let export = try CLIRunner.run(["export", "--db", db, "--format", "json", "-o", graph])
        #expect(export.status == 0, "stderr: \(export.stderr)")
        return (folder, db, graph)
    }

    private func relations(_ arguments: [String]) throws -> Set<String> {
        let result = try CLIRunner.run(["relations"] + arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return Set(result.stdout.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t")
            return "\(fields[1])(\(fields[0]),\(fields[2]))"
        })
    }

    @Test func sinceAndUntilKeepExactlyTheRelationsStatedInTheWindow() throws {
        let (folder, db, graph) = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        for source in [["--db", db], ["--graph", graph]] {
            // What the extractor reads in a.txt may grow with its model (a party_to beside the
            // accusation); the windows are checked against it, b.txt and c.txt hold one each.
            let all = try relations(source)
            let attack = "attack(country:PE,country:EC)", sanction = "sanction(country:EC,country:CL)"
            #expect(all.isSuperset(of: ["accuse(country:CL,country:PE)", "violate(country:PE,agreement:border-treaty)", attack, sanction]))
            let first = all.subtracting([attack, sanction])
            #expect(try relations(source + ["--since", "2022"]) == [attack, sanction])
            #expect(try relations(source + ["--until", "2023-05-01"]) == first.union([attack]))
            #expect(try relations(source + ["--until", "2023-04-30"]) == first)
            // "last month" is 2024-05: it overlaps a window opening mid-May.
            #expect(try relations(source + ["--since", "2024-05-15", "--until", "2024-06"]) == ["sanction(country:EC,country:CL)"])
            #expect(try relations(source + ["--since", "2025"]).isEmpty)
        }
        // A window changes path and neighbourhood answers.
        let direct = try CLIRunner.run(["path", "Chile", "Ecuador", "--graph", graph, "--format", "json"])
        #expect(direct.stdout.contains(#""length":1"#))
        let before = try CLIRunner.run(["path", "Chile", "Ecuador", "--graph", graph, "--until", "2023-12", "--format", "json"])
        #expect(before.status == 0 && before.stdout.contains(#""length":2"#) && before.stdout.contains("country:PE"))
        let none = try CLIRunner.run(["path", "Chile", "Ecuador", "--graph", graph, "--until", "2022"])
        #expect(none.status == 0 && none.stdout == "No path between Chile and Ecuador.\n")
        let neighbors = try CLIRunner.run(["neighbors", "Peru", "--graph", graph, "--since", "2023", "--format", "json"])
        #expect(neighbors.stdout.contains("country:EC") && !neighbors.stdout.contains("country:CL"))
        let actors = try CLIRunner.run(["actors", "--graph", graph, "--since", "2023"])
        #expect(actors.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) } == ["country:CL", "country:EC", "country:PE"])
        let stats = try CLIRunner.run(["stats", "--db", db, "--since", "2024", "--format", "json"])
        #expect(stats.stdout.contains(#""relations":1"#))
        // Bad windows are usage errors.
        let reversed = try CLIRunner.run(["relations", "--graph", graph, "--since", "2024", "--until", "2023"])
        #expect(reversed.status == 2 && reversed.stderr.contains("--since 2024 is after --until 2023"))
    }

    @Test func timelineListsTheDatedStatementsOldestFirst() throws {
        let (folder, db, graph) = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chile = try CLIRunner.run(["timeline", "Chile", "--graph", graph, "--format", "json"])
        #expect(chile.status == 0, "stderr: \(chile.stderr)")
        struct Answer: Decodable {
            struct Event: Decodable { let date, source, target, type, sentence, document: String }
            let actor: String
            let events: [Event]
            let undated: Int
        }
        let answer = try JSONDecoder().decode(Answer.self, from: chile.stdoutData)
        #expect(answer.actor == "country:CL" && answer.undated == 0)
        let events = answer.events.map { "\($0.date) \($0.type)" }
        #expect(events.contains("2021-03-10 accuse") && events.last == "2024-05 sanction")
        #expect(events.dropLast().allSatisfy { $0.hasPrefix("2021-03-10 ") })
        #expect(answer.events.last?.sentence == "Ecuador sanctioned Chile last month.")
        #expect(answer.events.last?.document.hasSuffix("c.txt") == true)
        // Between two actors, from the database, in text.
        let pair = try CLIRunner.run(["timeline", "Peru", "Ecuador", "--db", db])
        #expect(pair.stdout.hasPrefix("Peru and Ecuador: 1 dated statement, oldest first\n2023-05-01  Peru —attack→ Ecuador\n"))
        let windowed = try CLIRunner.run(["timeline", "Chile", "--graph", graph, "--since", "2022", "--format", "json"])
        let later = try JSONDecoder().decode(Answer.self, from: windowed.stdoutData)
        #expect(later.events.map(\.type) == ["sanction"])
    }

    @Test func anHTMLArticleIsDatedByItsMetadataAndGivenDatesWin() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html").path
        try """
            <html><head><meta content="2024-03-05T09:00:00+01:00" property="article:published_time"></head>
            <body><p>Yesterday, Chile accused Peru of violating the border treaty.</p></body></html>
            """.write(toFile: page, atomically: true, encoding: .utf8)
        let found = try GraphJSON.decode(try CLIRunner.run(["extract", page]).stdoutData)
        #expect(found.documents.map(\.date) == ["2024-03-05"])
        #expect(found.edges.first { $0.type == .accuse }?.evidence.map(\.date) == ["2024-03-04"])
        let given = try GraphJSON.decode(try CLIRunner.run(["extract", page, "--date", "2020-01-01"]).stdoutData)
        #expect(given.edges.first { $0.type == .accuse }?.evidence.map(\.date) == ["2019-12-31"])
        // ingest finds the same date and stores it.
        let db = folder.appendingPathComponent("c.sqlite").path
        #expect(try CLIRunner.run(["ingest", page, "--db", db, "--quiet"]).status == 0)
        let listed = try CLIRunner.run(["documents", "--db", db, "--format", "json"])
        #expect(listed.stdout.contains(#""date": "2024-03-05""#))
    }

    @Test func gexfExportIsDynamic() throws {
        let (folder, _, graph) = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gexf = try CLIRunner.run(["export", "--graph", graph, "--format", "gexf"])
        #expect(gexf.status == 0)
        #expect(gexf.stdout.contains(#"mode="dynamic""#) && gexf.stdout.contains(#"<spell start="2024-05-01" end="2024-05-31"/>"#))
    }
}
