import Foundation
import RelGraphCore
import Testing
import RelGraphFormats
@testable import RelGraphStore
import RelGraphTestSupport

/// A corpus written by relgraph before dates existed (schema v1, `Fixtures/README.md`) must still
/// load read-only, and migrate to v2 on the next ingest without losing anything.
@Suite struct MigrationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func copyOfV1(in folder: TemporaryFolder) throws -> String {
        let path = folder.path + "/v1.sqlite"
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("v1-corpus.sqlite").path, toPath: path)
        return path
    }

    private func v1Graph() throws -> RelationshipGraph {
        try GraphJSON.decode(Data(contentsOf: Self.fixtures.appendingPathComponent("v1-corpus.graph.json")))
    }

    @Test func aV1CorpusLoadsReadOnlyUndated() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = try copyOfV1(in: folder)
        let store = try CorpusStore(path: path, mode: .readOnly)
        let graph = try store.loadGraph()
        let expected = try v1Graph()
        #expect(graph.nodes == expected.nodes)
        #expect(graph.edges == expected.edges)
        #expect(graph.documents.map(\.name) == ["Examples/putin-north-korea.fr.txt", "Examples/sahel-summit.en.txt"])
        #expect(graph.documents.allSatisfy { $0.date == nil })
        #expect(graph.edges.flatMap(\.evidence).allSatisfy { $0.date == nil })
        #expect(try store.documents().count == 2)
        // Read-only means untouched: still v1.
        let migrations = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == ["v1-corpus"])
    }

    @Test func aV1CorpusMigratesToV2AndTakesDatedDocuments() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = try copyOfV1(in: folder)
        let store = try CorpusStore(path: path, mode: .readWrite)
        let migrations = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        #expect(migrations == ["v1-corpus", "v2-dates"])
        let before = try store.loadGraph()
        let expected = try v1Graph()
        #expect(before.nodes == expected.nodes && before.edges == expected.edges)

        // A dated document after the migration: its evidence keeps its dates.
        let article = folder.path + "/dated.txt"
        try "person:alice meet person:bob\n".write(toFile: article, atomically: true, encoding: .utf8)
        let summary = CorpusIngester(store: store, jobs: 1) { document in
            var graph = try lineExtractor(document.text, document.path)
            graph.edges = graph.edges.map { edge in
                var edge = edge
                edge.evidence = edge.evidence.map { evidence in
                    var evidence = evidence
                    evidence.date = "2024-06-18"
                    return evidence
                }
                return edge
            }
            graph.documents = [DocumentRecord(name: document.path, date: "2024-06-18")]
            return graph
        }.ingest([article])
        #expect(summary.added == 1)
        let after = try store.loadGraph()
        let meet = try #require(after.edges.first { $0.type == .meet && $0.source == "person:alice" })
        #expect(meet.evidence.map(\.date) == ["2024-06-18"])
        #expect(after.documents.first { $0.name == article }?.date == "2024-06-18")
        #expect(try store.documents().first { $0.path == article }?.date == "2024-06-18")
        // The old documents and their relations are all still there, undated.
        for edge in expected.edges {
            #expect(after.edges.contains { $0.key == edge.key && $0.evidence == edge.evidence })
        }
        try store.close()
    }
}
