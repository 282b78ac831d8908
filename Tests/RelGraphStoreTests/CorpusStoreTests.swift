import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphFormats
@testable import RelGraphStore
import RelGraphTestSupport
import Testing

@Suite struct CorpusStoreTests {
    private let articles = [
        "one.txt": "person:alice visit location:oslo\nperson:alice meet person:bob\nnoise line\n",
        "two.md": "# Two\nperson:bob meet person:alice\ncountry:NO ~sanction country:SE\n",
        "three.html": "<p>country:NO sanction country:SE</p><p>person:carol leader_of country:NO</p>",
    ]

    private func ingest(_ folder: TemporaryFolder, db: String, jobs: Int = 2) throws -> (CorpusStore, IngestSummary) {
        let store = try CorpusStore(path: db, mode: .readWrite)
        let files = try CorpusFiles.enumerate([folder.path + "/corpus"])
        return (store, CorpusIngester(store: store, jobs: jobs, extract: lineExtractor).ingest(files))
    }

    /// The database's graph must equal merging each document's graph in memory.
    private func expectedGraph(_ folder: TemporaryFolder) throws -> RelationshipGraph {
        var accumulator = GraphAccumulator()
        for path in try CorpusFiles.enumerate([folder.path + "/corpus"]) {
            let document = try DocumentReader.read(path)
            accumulator.add(try lineExtractor(document.text, path))
            // The database lists every document it holds (undated here: the line extractor dates nothing).
            accumulator.add(DocumentRecord(name: path))
        }
        return accumulator.graph()
    }

    private func makeCorpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (name, text) in articles { try folder.write("corpus/" + name, text) }
        return folder
    }

    @Test func mergedGraphEqualsInMemoryMergeOfEveryDocument() throws {
        let folder = try makeCorpus()
        defer { folder.cleanUp() }
        let (store, summary) = try ingest(folder, db: folder.path + "/c.sqlite")
        #expect(summary.added == 3 && summary.skipped.isEmpty)
        let graph = try store.loadGraph()
        #expect(GraphJSON.encode(graph) == GraphJSON.encode(try expectedGraph(folder)))
        // Cross-document merge: "meet" is symmetric and stated twice, once per document.
        let meet = try #require(graph.edges.first { $0.type == .meet })
        #expect(meet.source == "person:alice" && meet.target == "person:bob")
        #expect(meet.evidence.map(\.document).map { ($0 as NSString).lastPathComponent } == ["one.txt", "two.md"])
        #expect(meet.confidence == 0.75)
        // Stated in three.html, speculative in two.md: the fact wins.
        let sanction = try #require(graph.edges.first { $0.type == .sanction })
        #expect(sanction.attributes["modality"] == nil && sanction.evidence.count == 2)
        #expect(try store.consistencyProblems().isEmpty)
    }

    @Test func reingestIsANoOpAndAChangedFileReplacesOnlyItsOwnEvidence() throws {
        let folder = try makeCorpus()
        defer { folder.cleanUp() }
        let db = folder.path + "/c.sqlite"
        let (store, _) = try ingest(folder, db: db)
        let before = GraphJSON.encode(try store.loadGraph())

        let (_, again) = try ingest(folder, db: db)
        #expect(again.added == 0 && again.unchanged == 3 && again.newRelations.isEmpty && again.updatedRelations.isEmpty)
        #expect(GraphJSON.encode(try store.loadGraph()) == before)

        // one.txt changes: Oslo and the visit disappear; the meet edge keeps two.md's evidence.
        try folder.write("corpus/one.txt", "person:alice meet person:bob\nperson:dave visit country:SE\n")
        let (_, changed) = try ingest(folder, db: db)
        #expect(changed.replaced == 1 && changed.unchanged == 2)
        #expect(changed.newActors == ["person:dave"])
        let graph = try store.loadGraph()
        #expect(GraphJSON.encode(graph) == GraphJSON.encode(try expectedGraph(folder)))
        #expect(graph.actor(id: "location:oslo") == nil)
        // The run swept the rows only the old one.txt supported.
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM actors WHERE id = 'location:oslo'") } == 0)
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM relations WHERE type = 'visit' AND source = 'person:alice'") } == 0)
        #expect(!graph.edges.contains { $0.type == .visit && $0.source == "person:alice" })
        #expect(try store.documents().count == 3)
        #expect(try store.consistencyProblems().isEmpty)
    }

    @Test func duplicateContentUnderAnotherNameIsNotCountedTwice() throws {
        let folder = try makeCorpus()
        defer { folder.cleanUp() }
        try folder.write("corpus/copy-of-one.txt", articles["one.txt"]!)
        let (store, summary) = try ingest(folder, db: folder.path + "/c.sqlite", jobs: 1)
        #expect(summary.added == 3 && summary.duplicates == 1)
        let meet = try #require(try store.loadGraph().edges.first { $0.type == .meet })
        #expect(meet.evidence.count == 2)
    }

    @Test func badFilesAreReportedPerFileAndTheRestIngests() throws {
        let folder = try makeCorpus()
        defer { folder.cleanUp() }
        try folder.write("corpus/bad/binary.txt", Data([0x00, 0xFF, 0x10]))
        try folder.write("corpus/bad/latin1.md", Data([0x4F, 0x73, 0x6C, 0xF8]))
        try folder.write("corpus/bad/empty.html", "")
        let (store, summary) = try ingest(folder, db: folder.path + "/c.sqlite")
        #expect(summary.added == 3)
        #expect(summary.skipped.count == 3)
        #expect(summary.skipped.allSatisfy { $0.contains("/corpus/bad/") })
        #expect(try store.documents().map { ($0.path as NSString).lastPathComponent }.sorted() == ["one.txt", "three.html", "two.md"])
    }

    @Test func statisticsCountByTypeAndEqualDatabasesGiveEqualStatistics() throws {
        let folder = try makeCorpus()
        defer { folder.cleanUp() }
        let (first, _) = try ingest(folder, db: folder.path + "/a.sqlite", jobs: 1)
        let (second, _) = try ingest(folder, db: folder.path + "/b.sqlite", jobs: 2)
        let statistics = try first.statistics()
        #expect(statistics == (try second.statistics()))
        #expect(statistics.documents == 3)
        #expect(statistics.actors == 6)  // alice, bob, carol, oslo, NO, SE
        #expect(statistics.actorsByType.first { $0.type == .person }?.count == 3)
        #expect(statistics.relationsByType.first { $0.type == .sanction }?.count == 1)
        #expect(statistics.relations == 4)
        #expect(statistics.evidence == 6)
    }

    @Test func refusesFilesThatAreNotCorpora() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let text = try folder.write("notes.sqlite", "just text, not a database at all, long enough to have a header")
        #expect(throws: StoreError.notSQLite(text)) {
            _ = try CorpusStore(path: text, mode: .readOnly).loadGraph()
        }
        #expect(throws: StoreError.missing(folder.path + "/missing.sqlite")) {
            _ = try CorpusStore(path: folder.path + "/missing.sqlite", mode: .readOnly)
        }
        #expect(throws: StoreError.isFolder(folder.path)) { _ = try CorpusStore(path: folder.path, mode: .readWrite) }
    }

    @Test func refusesADatabaseMigratedByANewerRelgraph() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.path + "/c.sqlite"
        let store = try CorpusStore(path: db, mode: .readWrite)
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try store.close()
        #expect(throws: StoreError.newerSchema(db)) { _ = try CorpusStore(path: db, mode: .readOnly) }
        #expect(throws: StoreError.newerSchema(db)) { _ = try CorpusStore(path: db, mode: .readWrite) }
    }

    @Test func rejectsAGraphWhoseEdgesNameUnknownActors() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let store = try CorpusStore(path: folder.path + "/c.sqlite", mode: .readWrite)
        let document = SourceDocument(path: "x.txt", sha256: "00", byteCount: 1, format: .text, text: "x")
        let graph = RelationshipGraph(edges: [Relation(source: "person:a", target: "person:b", type: .meet, confidence: 1)])
        #expect(throws: RelGraphError.self) { _ = try store.store(document, graph: graph) }
        #expect(try store.documents().isEmpty)
    }

    /// A damaged attributes column used to read as `{}`, silently turning a speculative relation
    /// into a stated one.
    @Test func aDamagedAttributesColumnIsReportedNotReadAsEmpty() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("corpus/a.txt", "person:ana ~visit location:lima\n")
        let store = try CorpusStore(path: folder.path + "/c.sqlite", mode: .readWrite)
        _ = CorpusIngester(store: store, jobs: 1, extract: lineExtractor).ingest(try CorpusFiles.enumerate([folder.path + "/corpus"]))
        #expect(try store.loadGraph().edges.first?.attributes == ["modality": "possible"])
        try store.database.write { db in try db.execute(sql: "UPDATE relation_support SET attributes = '{\"modality\": 3'") }
        #expect(throws: StoreError.damagedAttributes("corpus database", column: "{\"modality\": 3")) { try store.loadGraph() }
    }

    /// A confidence stored once loads back to the last bit (3 decimals made 1e-7 a 0); several
    /// documents' supports are combined and rounded as the in-memory merge does.
    @Test func aConfidenceGivenOnceLoadsBackToTheLastBit() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("corpus/a.txt", "person:ana visit location:lima\nperson:omar meet person:ana\n")
        try folder.write("corpus/b.txt", "person:omar meet person:ana\n")
        let confidences = ["visit": 1e-7, "meet": 0.123456789]
        @Sendable func extract(_ text: String, _ document: String) throws -> RelationshipGraph {
            var graph = try lineExtractor(text, document)
            for index in graph.edges.indices { graph.edges[index].confidence = confidences[graph.edges[index].type.rawValue]! }
            return graph
        }
        let store = try CorpusStore(path: folder.path + "/c.sqlite", mode: .readWrite)
        let files = try CorpusFiles.enumerate([folder.path + "/corpus"])
        _ = CorpusIngester(store: store, jobs: 1, extract: extract).ingest(files)
        let loaded = try store.loadGraph()
        #expect(loaded.edges.first { $0.type == .visit }?.confidence == 1e-7)
        #expect(loaded.edges.first { $0.type == .meet }?.confidence == MergePolicy.rounded(MergePolicy.combined([0.123456789, 0.123456789])))
        var memory = GraphAccumulator()
        for file in files {
            memory.add(try extract(try DocumentReader.read(file).text, file))
            memory.add(DocumentRecord(name: file))  // the database lists every document it holds
        }
        #expect(GraphJSON.encode(loaded) == GraphJSON.encode(memory.graph()))
    }
}
