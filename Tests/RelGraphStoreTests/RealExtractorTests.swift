import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphExtraction
import RelGraphFormats
import RelGraphKnowledge
@testable import RelGraphStore
import RelGraphTestSupport
import Testing

/// The store with relgraph's own extractor: the database's graph must be the in-memory merge of
/// what `extract` finds in each document, whatever the extractor puts in attributes and aliases.
@Suite struct RealExtractorTests {
    private let articles = [
        "en/summit.txt": "Emmanuel Macron met Olaf Scholz in Berlin on Monday. Olaf Scholz visited Paris the next day.\n",
        "fr/sommet.md": "# Sommet\n\nOlaf Scholz a rencontré Emmanuel Macron à Paris mardi. Emmanuel Macron s'est rendu à Berlin.\n",
        "es/cumbre.html": "<p>Pedro Sánchez se reunió con Emmanuel Macron en Madrid.</p><p>Pedro Sánchez visitó Berlín.</p>",
    ]

    @Test func databaseGraphEqualsMergingEachDocumentsExtraction() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for (name, text) in articles { try folder.write("corpus/" + name, text) }
        let extractor = try Extractor(lexicon: Lexicon.load())
        let store = try CorpusStore(path: folder.path + "/c.sqlite", mode: .readWrite)
        let files = try CorpusFiles.enumerate([folder.path + "/corpus"])
        let summary = CorpusIngester(store: store, jobs: 2) { text, document in
            extractor.extract(text: text, document: document)
        }.ingest(files)
        #expect(summary.added == 3)

        var expected = GraphAccumulator()
        for path in files {
            let document = try DocumentReader.read(path)
            expected.add(extractor.extract(text: document.text, document: path))
        }
        let graph = try store.loadGraph()
        #expect(GraphJSON.encode(graph) == GraphJSON.encode(expected.graph()))
        // Names in three languages merged into one node per person, with evidence from each article.
        #expect(!graph.edges.isEmpty)
        let documentsPerActor = Dictionary(grouping: graph.edges.flatMap { edge in
            edge.evidence.flatMap { [(edge.source, $0.document), (edge.target, $0.document)] }
        }, by: \.0).mapValues { Set($0.map(\.1)).count }
        #expect(documentsPerActor.values.contains { $0 >= 2 })
        #expect(try store.consistencyProblems().isEmpty)
    }
}
