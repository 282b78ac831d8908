import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphExport
import RelGraphExtraction
import RelGraphFormats
import RelGraphKnowledge
import RelGraphQuery
import RelGraphRendering
import RelGraphStore
import RelGraphTestSupport
import Testing

/// The code of each library's "Getting started" article (Sources/*/Documentation.docc), compiled
/// and run here so the articles cannot drift from the API. Keep the two in step.
@Suite struct GettingStartedExamples {
    static let article = "Kim Jong-un a rencontré Vladimir Poutine à Pyongyang. Vladimir Poutine s'est rendu en Corée du Nord."

    @Test func core() {
        // RelGraphCore: build a graph by hand and merge two documents' statements.
        let putin = Actor(id: "person:vladimir-putin", type: .person, label: "Vladimir Putin")
        let kim = Actor(id: "person:kim-jong-un", type: .person, label: "Kim Jong Un")
        func statement(_ document: String, _ confidence: Double) -> RelationshipGraph {
            let evidence = Evidence(document: document, sentence: "Kim met Putin.", start: 0, end: 14)
            return RelationshipGraph(nodes: [putin, kim], edges: [
                Relation(source: kim.id, target: putin.id, type: .meet, confidence: confidence, evidence: [evidence]),
            ])
        }
        var merged = GraphAccumulator()
        merged.add(statement("a.txt", 0.7))
        merged.add(statement("b.txt", 0.6))
        let graph = merged.graph()
        // One edge, two documents of support: 1 - 0.3 × 0.4.
        #expect(graph.edges.count == 1)
        #expect(graph.edges[0].confidence == 0.88)
        #expect(graph.edges[0].source == kim.id)  // meet is symmetric: ends stored in id order
    }

    @Test func formats() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        // RelGraphFormats: write and read the JSON format, then index it with a sidecar.
        let graph = RelationshipGraph(
            nodes: [Actor(id: "country:FR", type: .country, label: "France"), Actor(id: "country:ML", type: .country, label: "Mali")],
            edges: [Relation(source: "country:FR", target: "country:ML", type: .supply, confidence: 0.7)])
        let path = folder.path + "/g.json"
        try GraphJSON.encode(graph).write(toFile: path, atomically: true, encoding: .utf8)

        let decoded = try GraphJSON.decode(try Data(contentsOf: URL(fileURLWithPath: path)), source: path)
        #expect(decoded == graph)

        let stamp = try #require(FileStamp.of(path: path))
        let catalog = try GraphCatalog.load(try Data(contentsOf: URL(fileURLWithPath: path)), source: path)
        let sidecar = GraphSidecar.encode(catalog, stamp: stamp)
        let reloaded = try GraphSidecar.decode(sidecar, graphPath: path, stamp: stamp)
        #expect(try reloaded.relation(at: 0).type == .supply)
    }

    @Test func documents() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("corpus/page.html", "<html><body><p>Kim Jong-un a rencontré Vladimir Poutine.</p></body></html>")
        try folder.write("corpus/blank.txt", "  \n")
        // RelGraphDocuments: list a corpus and read each file the way `extract` and `ingest` do.
        var texts: [String] = []
        var refused: [DocumentError] = []
        for path in try CorpusFiles.enumerate([folder.path + "/corpus"]) {
            do {
                texts.append(try DocumentReader.read(path).text)
            } catch {
                refused.append(error)  // one line each, e.g. "blank.txt: empty file (only white space)"
            }
        }
        #expect(texts.count == 1 && texts[0].contains("Kim Jong-un a rencontré Vladimir Poutine."))
        #expect(refused == [.onlyWhitespace(folder.path + "/corpus/blank.txt")])
    }

    @Test func knowledgeAndExtraction() throws {
        // RelGraphKnowledge + RelGraphExtraction: the bundled lexicon, one article → one graph.
        let extractor = try Extractor(lexicon: try Lexicon.load())
        let graph = extractor.extract(text: Self.article, document: "article.fr.txt")
        #expect(graph.nodes.contains { $0.id == "person:vladimir-putin" })
        #expect(graph.edges.contains { $0.type == .meet })
    }

    @Test func query() throws {
        let graph = try Extractor(lexicon: try Lexicon.load()).extract(text: Self.article, document: "article.fr.txt")
        // RelGraphQuery: names → positions → a path, explained with its evidence.
        let lookup = ActorLookup(graph)
        let index = GraphIndex(graph)
        let from = try lookup.position(named: "Vladimir Poutine")
        let to = try lookup.position(named: "Corée du Nord")
        let path = try #require(try ShortestPath.find(in: index, from: from, to: to))
        let text = try Explanation(graph: graph).describe([path])
        #expect(text.hasPrefix("Path 1 of 1, 1 hop: Vladimir Putin → North Korea"))
    }

    @Test func exportAndRendering() throws {
        let graph = RelationshipGraph(
            nodes: [Actor(id: "country:FR", type: .country, label: "France"), Actor(id: "country:ML", type: .country, label: "Mali")],
            edges: [Relation(source: "country:FR", target: "country:ML", type: .supply, confidence: 0.7)])
        // RelGraphExport: other tools' formats, no libgvc needed.
        let graphML = GraphMLWriter.write(graph)
        let nodesCSV = Neo4jCSVWriter.nodes(graph)
        let dot = DiagramWriter.dot(for: graph)
        // RelGraphRendering: the styled DOT laid out and drawn in process by libgvc.
        let svg = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot)
        #expect(graphML.contains("<graphml"))
        #expect(nodesCSV.contains("country:FR"))
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func store() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("corpus/a.fr.txt", Self.article)
        // RelGraphStore: a corpus database grown document by document, read back as one graph.
        let extractor = try Extractor(lexicon: try Lexicon.load())
        let store = try CorpusStore(path: folder.path + "/corpus.sqlite", mode: .readWrite)
        let ingester = CorpusIngester(store: store, jobs: 2) { text, document in
            extractor.extract(text: text, document: document)
        }
        let summary = ingester.ingest(try CorpusFiles.enumerate([folder.path + "/corpus"]))
        let graph = try store.loadGraph()
        #expect(summary.added == 1 && summary.skipped.isEmpty)
        #expect(graph.edges.contains { $0.type == .meet })
    }
}
