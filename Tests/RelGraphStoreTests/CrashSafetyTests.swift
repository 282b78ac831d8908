import Foundation
import RelGraphCore
import Testing
@testable import RelGraphStore

/// Kills `relgraph ingest` with SIGKILL at increasing moments and checks after each kill that the
/// database is consistent; then a plain re-run must finish the job and give exactly the database
/// an uninterrupted run gives.
@Suite(.serialized) struct CrashSafetyTests {
    /// The `relgraph` executable SwiftPM built beside this test bundle.
    static var binary: String? {
        let candidates = [CommandLine.arguments.first, Bundle.main.executablePath].compactMap { $0 }
        for candidate in candidates {
            let folder = URL(fileURLWithPath: candidate).deletingLastPathComponent()
            for up in [folder, folder.deletingLastPathComponent()] {
                let path = up.appendingPathComponent("relgraph").path
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    private func launchIngest(_ binary: String, corpus: String, db: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["ingest", corpus, "--db", db, "--jobs", "2", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
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
        let fileCount = 300
        try writeCorpus(folder, count: fileCount)
        let corpus = folder.path + "/corpus"
        let db = folder.path + "/killed.sqlite"

        var storedAfterKill: [Int] = []
        for delay in [0.005, 0.02, 0.04, 0.07, 0.1, 0.15, 0.2, 0.3, 0.45, 0.6] {
            let process = try launchIngest(binary, corpus: corpus, db: db)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: db) else { continue }  // killed before creating it
            let store = try CorpusStore(path: db, mode: .readWrite)
            #expect(try store.consistencyProblems() == [], "after a kill at \(delay) s")
            storedAfterKill.append(try store.documents().count)
            try store.close()
        }
        // At least one kill must land mid-ingest, or this test proves nothing.
        #expect(storedAfterKill.contains { $0 > 0 && $0 < fileCount }, "documents after each kill: \(storedAfterKill)")
        // Committed documents survive every kill: the count never goes down.
        #expect(storedAfterKill == storedAfterKill.sorted())

        let rerun = try launchIngest(binary, corpus: corpus, db: db)
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)

        let clean = try launchIngest(binary, corpus: corpus, db: folder.path + "/clean.sqlite")
        clean.waitUntilExit()
        #expect(clean.terminationStatus == 0)

        let killed = try CorpusStore(path: db, mode: .readOnly)
        let reference = try CorpusStore(path: folder.path + "/clean.sqlite", mode: .readOnly)
        #expect(try killed.consistencyProblems() == [])
        #expect(try killed.documents() == reference.documents())
        #expect(try killed.documents().count == fileCount)
        #expect(GraphJSON.encode(try killed.loadGraph()) == GraphJSON.encode(try reference.loadGraph()))
        #expect(try killed.statistics() == reference.statistics())
    }
}
