import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import RelGraphCore
import RelGraphFormats

/// The main job, end to end, on the user's sample article.
@Suite(.serialized) struct SampleArticleTests {
    static let sample = "Examples/putin-north-korea.fr.txt"

    private func extractSample() throws -> (RelationshipGraph, Data) {
        let result = try CLIRunner.run(["extract", Self.sample, "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return (try GraphJSON.decode(result.stdoutData, source: "extract output"), result.stdoutData)
    }

    @Test func extractFindsTheStatesWithTheirISOCodes() throws {
        let (graph, _) = try extractSample()
        let russia = graph.actor(id: "country:RU")
        let northKorea = graph.actor(id: "country:KP")
        #expect(russia?.attributes["iso"] == "RU")
        #expect(northKorea?.attributes["iso"] == "KP")
        #expect(graph.nodes.contains { $0.type == .person }, "the article names leaders")
        #expect(graph.nodes.contains { $0.type == .organization }, "the article names the UN")
        for edge in graph.edges {
            #expect(!edge.evidence.isEmpty, "every edge cites its sentence")
            for evidence in edge.evidence {
                #expect(evidence.start < evidence.end)
            }
        }
    }

    /// The article's cut-off teaser "… en Coree du" names Korea, which the lexicon lists as
    /// ambiguous between the two Koreas: no place "Coree" may come of it.
    @Test func anAmbiguousCountryFormIsNoNewPlace() throws {
        let (graph, _) = try extractSample()
        #expect(graph.actor(id: "country:KP") != nil)
        #expect(!graph.nodes.contains { $0.type != .country && $0.label.lowercased().hasPrefix("cor") })
    }

    @Test func evidenceSpansPointIntoTheDocument() throws {
        let (graph, _) = try extractSample()
        let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.sample), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let evidence = try #require(graph.edges.first?.evidence.first)
        #expect(evidence.end <= scalars.count)
        var span = String.UnicodeScalarView()
        span.append(contentsOf: scalars[evidence.start..<evidence.end])
        // The cited span holds the sentence (modulo whitespace normalisation).
        let folded = { (s: String) in s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(folded(String(span)).contains(folded(evidence.sentence).prefix(20)))
    }

    @Test func extractionIsDeterministic() throws {
        let (_, first) = try extractSample()
        let (_, second) = try extractSample()
        #expect(first == second)
    }

    @Test func aPathJoinsRussiaAndNorthKorea() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let graphFile = directory.appendingPathComponent("g.json").path
        let extract = try CLIRunner.run(["extract", Self.sample, "--format", "json", "-o", graphFile])
        #expect(extract.status == 0, "stderr: \(extract.stderr)")
        // Names resolve case- and accent-insensitively through labels and aliases.
        let path = try CLIRunner.run(["path", "russie", "COREE DU NORD", "--graph", graphFile, "--format", "json"])
        #expect(path.status == 0, "stderr: \(path.stderr)")
        let object = try JSONSerialization.jsonObject(with: path.stdoutData) as? [String: Any]
        let paths = try #require(object?["paths"] as? [[String: Any]])
        let first = try #require(paths.first)
        let nodes = try #require(first["nodes"] as? [String])
        #expect(nodes.first == "country:RU")
        #expect(nodes.last == "country:KP")
        #expect((first["length"] as? Int) == nodes.count - 1)

        let text = try CLIRunner.run(["path", "Russia", "North Korea", "--graph", graphFile])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Russia") && text.stdout.contains("North Korea"))
    }

    @Test func renderWritesAnSVGWithTheActorsLabels() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let graphFile = directory.appendingPathComponent("g.json").path
        let svgFile = directory.appendingPathComponent("g.svg").path
        _ = try CLIRunner.run(["extract", Self.sample, "--format", "json", "-o", graphFile])
        let render = try CLIRunner.run(["render", "--graph", graphFile, "-o", svgFile])
        #expect(render.status == 0, "stderr: \(render.stderr)")
        let svg = try String(contentsOfFile: svgFile, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Russia"))
        _ = try XMLDocument(xmlString: svg)
    }

    @Test func exportWritesDOT() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let graphFile = directory.appendingPathComponent("g.json").path
        _ = try CLIRunner.run(["extract", Self.sample, "--format", "json", "-o", graphFile])
        let export = try CLIRunner.run(["export", "--graph", graphFile, "--format", "dot"])
        #expect(export.status == 0, "stderr: \(export.stderr)")
        #expect(export.stdout.contains("digraph"))
        #expect(export.stdout.contains("North Korea"))
    }

    @Test func manyArticlesMergeIntoOneGraph() throws {
        let result = try CLIRunner.run(["extract", Self.sample, "Examples/sahel-summit.en.txt", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON.decode(result.stdoutData)
        let documents = Set(graph.edges.flatMap { $0.evidence.map(\.document) })
        #expect(documents.count == 2)
        #expect(Set(graph.nodes.map(\.id)).count == graph.nodes.count)
    }

    @Test func statsOverACorpusDatabaseCountsItsDocuments() throws {
        let database = try CLIRunner.temporaryDirectory().appendingPathComponent("corpus.sqlite").path
        let ingest = try CLIRunner.run(["ingest", Self.sample, "Examples/sahel-summit.en.txt", "--db", database])
        #expect(ingest.status == 0, "stderr: \(ingest.stderr)")
        let stats = try CLIRunner.run(["stats", "--db", database, "--format", "json"])
        #expect(stats.status == 0, "stderr: \(stats.stderr)")
        let object = try JSONSerialization.jsonObject(with: stats.stdoutData) as? [String: Any]
        #expect(object?["documents"] as? Int == 2)
        #expect((object?["actors"] as? Int ?? 0) > 0)
    }

    @Test func htmlArticlesAreReadWithoutTheirMarkup() throws {
        let page = try CLIRunner.temporaryDirectory().appendingPathComponent("page.html")
        try Data("""
            <html><head><title>Talks</title><script>var x = "<b>Peru</b>";</script></head>
            <body><p>President <b>Emmanuel Macron</b> met Chancellor Olaf Scholz in Berlin on Monday.</p></body></html>
            """.utf8).write(to: page)
        let result = try CLIRunner.run(["extract", page.path, "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON.decode(result.stdoutData)
        let sentences = graph.edges.flatMap { $0.evidence.map(\.sentence) }
        #expect(!sentences.isEmpty)
        #expect(sentences.allSatisfy { !$0.contains("<") && !$0.contains("var x") })
        #expect(graph.actor(id: "country:PE") == nil, "script text is not article text")
    }
}
