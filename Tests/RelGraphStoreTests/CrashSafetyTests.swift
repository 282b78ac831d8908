import Foundation
import RelGraphCore
import RelGraphFormats
@testable import RelGraphStore
import RelGraphTestSupport
import Testing

/// Kills `relgraph ingest` with SIGKILL at increasing moments and checks after each kill that the
/// database is consistent; then a plain re-run must finish the job and give exactly the database
/// an uninterrupted run gives.
@Suite(.serialized) struct CrashSafetyTests {
    /// The `relgraph` executable SwiftPM built beside this test bundle.
    static var binary: String? { ProcessRunner.relgraph?.path }

    /// Without --quiet (`progress`) and with stderr not a terminal, ingest prints one line per
    /// committed file on its stderr pipe.
    private func launchIngest(_ binary: String, corpus: String, db: String, progress: Bool = false) throws -> ChildProcess {
        try ChildProcess.spawn(binary, ["ingest", corpus, "--db", db, "--jobs", "2"] + (progress ? [] : ["--quiet"]),
                               stderr: progress ? .pipe : .null)
    }

    /// Starts an ingest and kills it with SIGKILL once `committed` files are reported done, plus
    /// `extra` seconds, so kills land while other documents are mid-transaction.
    private func ingestAndKill(_ binary: String, corpus: String, db: String, after committed: Int, extra: Double) throws {
        let process = try launchIngest(binary, corpus: corpus, db: db, progress: true)
        var seen = 0
        while seen < committed {
            let chunk = process.standardError!.availableData
            if chunk.isEmpty { break }  // the run ended first
            seen += chunk.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        if extra > 0 { Thread.sleep(forTimeInterval: extra) }
        process.send(SIGKILL)
        process.wait()
    }

    /// Articles whose sentences name well-known actors, so a working extractor finds relations.
    private func writeCorpus(_ folder: TemporaryFolder, count: Int) throws {
        let people = ["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez", "Joe Biden", "Xi Jinping", "Narendra Modi"]
        let places = ["Paris", "Berlin", "Madrid", "Washington", "Beijing", "New Delhi"]
        for index in 0..<count {
            let a = people[index % people.count], b = people[(index / people.count + index + 1) % people.count]
            var text = "Report number \(index).\n\n"
            text += "\(a) met \(b) in \(places[(index * 7) % places.count]) on Tuesday. "
            text += "\(a) visited \(places[(index + 3) % places.count]) the next day.\n"
            text += String(repeating: "The talks continued for many hours without a statement. ", count: 20)
            try folder.write("corpus/batch\(index % 7)/article-\(index).txt", text)
        }
    }

    @Test func sigkillAtAnyMomentLeavesAConsistentDatabaseAndARerunFinishes() throws {
        let binary = try #require(Self.binary, "relgraph executable not found beside the test bundle")
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let fileCount = 80
        try writeCorpus(folder, count: fileCount)
        let corpus = folder.path + "/corpus"
        let db = folder.path + "/killed.sqlite"

        var storedAfterKill: [Int] = []
        let kills: [(committed: Int, extra: Double)] = [(0, 0), (1, 0), (3, 0.001), (8, 0), (15, 0.003), (25, 0), (40, 0.002), (60, 0)]
        for (committed, extra) in kills {
            try ingestAndKill(binary, corpus: corpus, db: db, after: committed, extra: extra)
            guard FileManager.default.fileExists(atPath: db) else { continue }  // killed before creating it
            let store = try CorpusStore(path: db, mode: .readWrite)
            #expect(try store.consistencyProblems() == [], "after a kill past \(committed) files")
            storedAfterKill.append(try store.documents().count)
            try store.close()
        }
        // At least one kill must land mid-ingest, or this test proves nothing.
        #expect(storedAfterKill.contains { $0 > 0 && $0 < fileCount }, "documents after each kill: \(storedAfterKill)")
        // Committed documents survive every kill: the count never goes down.
        #expect(storedAfterKill == storedAfterKill.sorted())

        let rerun = try launchIngest(binary, corpus: corpus, db: db)
        #expect(rerun.wait().exitCode == 0)

        let clean = try launchIngest(binary, corpus: corpus, db: folder.path + "/clean.sqlite")
        #expect(clean.wait().exitCode == 0)

        let killed = try CorpusStore(path: db, mode: .readOnly)
        let reference = try CorpusStore(path: folder.path + "/clean.sqlite", mode: .readOnly)
        #expect(try killed.consistencyProblems() == [])
        #expect(try killed.documents() == reference.documents())
        #expect(try killed.documents().count == fileCount)
        #expect(GraphJSON.encode(try killed.loadGraph()) == GraphJSON.encode(try reference.loadGraph()))
        #expect(try killed.statistics() == reference.statistics())
    }
}
