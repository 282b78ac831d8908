import Foundation
import RelGraphCore
import RelGraphDocuments
@testable import RelGraphStore
import RelGraphTestSupport
import Testing

/// A database that fails (a full disk) fails every file after the first the same way: the run
/// stops there, with a summary of what was stored, skipped, failed and never attempted. It used
/// to go on through all 3,000 files of a corpus, printing 2,967 identical lines.
@Suite struct IngestStopTests {
    /// A real corpus store that stores `capacity` documents, then fails as a full disk does.
    final class FillingStore: CorpusDatabase, @unchecked Sendable {
        let inner: CorpusStore
        private let lock = NSLock()
        private var capacity: Int
        private(set) var attempts = 0

        init(_ inner: CorpusStore, capacity: Int) {
            self.inner = inner
            self.capacity = capacity
        }

        var displayName: String { inner.path }
        func state(path: String, sha256: String) throws -> StoredState { try inner.state(path: path, sha256: sha256) }
        func store(_ document: SourceDocument, graph: RelationshipGraph) throws -> DocumentOutcome {
            try lock.withLock {
                attempts += 1
                guard capacity > 0 else { throw StoreError.diskFull(inner.path) }
                capacity -= 1
            }
            return try inner.store(document, graph: graph)
        }
        func removeOrphans() throws { try inner.removeOrphans() }
        func loadGraph() throws -> RelationshipGraph { try inner.loadGraph() }
        func documents() throws -> [StoredDocument] { try inner.documents() }
        func statistics() throws -> CorpusStatistics { try inner.statistics() }
        func consistencyProblems() throws -> [String] { try inner.consistencyProblems() }
        func close() throws { try inner.close() }
    }

    @Test(arguments: [1, 3])
    func theFirstStorageFailureStopsTheRun(jobs: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for index in 0 ..< 40 { try folder.write("corpus/a\(index).txt", "person:ana\(index) visit location:lima\n") }
        let store = FillingStore(try CorpusStore(path: folder.path + "/c.sqlite", mode: .readWrite), capacity: 5)
        let files = try CorpusFiles.enumerate([folder.path + "/corpus"])
        let summary = CorpusIngester(store: store, jobs: jobs, extract: lineExtractor).ingest(files)

        #expect(summary.added == 5)
        // Workers already storing a file when the first failure came may fail once each.
        #expect((1 ... jobs).contains(summary.failed.count), "\(summary.failed)")
        #expect(store.attempts == 5 + summary.failed.count)
        #expect(summary.failed.allSatisfy { $0 == StoreError.diskFull(folder.path + "/c.sqlite").description })
        #expect(summary.skipped.isEmpty)
        #expect(summary.notAttempted == 40 - 5 - summary.failed.count)
        #expect(summary.report.hasPrefix("documents: 5 added, 0 replaced, 0 unchanged, 0 duplicate, 0 skipped, "
                                         + "\(summary.failed.count) failed, \(summary.notAttempted) not attempted (of 40 files)"))
        #expect(try store.documents().count == 5)
        #expect(try store.consistencyProblems() == [])
    }

    /// Files that cannot be used are skipped and the run goes on; only the database stops it.
    @Test func badFilesDoNotStopTheRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for index in 0 ..< 6 { try folder.write("corpus/a\(index).txt", "person:ana\(index) visit location:lima\n") }
        for index in 0 ..< 6 { try folder.write("corpus/empty\(index).txt", "") }
        let store = FillingStore(try CorpusStore(path: folder.path + "/c.sqlite", mode: .readWrite), capacity: 100)
        let summary = CorpusIngester(store: store, jobs: 2, extract: lineExtractor).ingest(try CorpusFiles.enumerate([folder.path + "/corpus"]))
        #expect(summary.added == 6 && summary.skipped.count == 6 && summary.failed.isEmpty && summary.notAttempted == 0)
        #expect(!summary.report.contains("failed"))
    }

    /// An extractor's error skips its file, as a bad file does; it is not the database failing.
    @Test func anExtractorErrorSkipsOnlyItsFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for index in 0 ..< 4 { try folder.write("corpus/a\(index).txt", "person:ana\(index) visit location:lima\n") }
        let store = try CorpusStore(path: folder.path + "/c.sqlite", mode: .readWrite)
        let summary = CorpusIngester(store: store, jobs: 1) { text, document in
            if document.hasSuffix("a2.txt") { throw RelGraphError.badInput("\(document): cannot extract") }
            return try lineExtractor(text, document)
        }.ingest(try CorpusFiles.enumerate([folder.path + "/corpus"]))
        #expect(summary.added == 3 && summary.skipped == ["\(folder.path)/corpus/a2.txt: cannot extract"] && summary.failed.isEmpty)
    }
}
