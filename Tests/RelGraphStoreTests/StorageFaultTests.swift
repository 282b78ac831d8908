import Foundation
import RelGraphDocuments
@testable import RelGraphStore
import RelGraphTestSupport
import Testing

/// Several relgraphs on one file, files that are not ours, corpora read where nothing can be
/// written, and documents named two ways.
@Suite(.serialized) struct StorageFaultTests {
    private func relgraph(_ arguments: [String], in directory: String? = nil) throws -> ProcessRunner.Result {
        let binary = try #require(CrashSafetyTests.binary, "relgraph executable not found beside the test bundle")
        return try ProcessRunner.run(URL(fileURLWithPath: binary), arguments, directory: directory.map { URL(fileURLWithPath: $0) })
    }

    private func sqlite(_ path: String, _ statement: String) throws -> String {
        let script = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchall()); c.commit()"
        return try ProcessRunner.python(["-c", script, path, statement]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Two ingests creating the same new corpus at once: one used to fail at once ("database is
    /// busy", or the false "not a relgraph corpus"), 11 rounds of 20.
    @Test func twoIngestsCreatingOneCorpusBothSucceed() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let binary = try #require(CrashSafetyTests.binary)
        for round in 0 ..< 6 {
            let db = folder.path + "/round\(round).sqlite"
            let files = try (0 ..< 2).map { try folder.write("r\(round)/doc\($0).txt", "Ministers of Arcadia \($0) met in Lisbon on Monday.\n") }
            let processes = try files.map { try ChildProcess.spawn(binary, ["ingest", $0, "--db", db, "--quiet"], stderr: .pipe) }
            for process in processes {
                let message = String(decoding: process.standardError!.readDataToEndOfFile(), as: UTF8.self)
                #expect(process.wait().exitCode == 0, "round \(round): \(message)")
            }
            #expect(try sqlite(db, "SELECT count(*) FROM documents") == "[(2,)]", "round \(round): no document lost")
            #expect(try sqlite(db, "PRAGMA integrity_check") == "[('ok',)]")
        }
    }

    /// Another application's database is refused and left exactly as it was: it used to be
    /// switched to WAL mode, for good, before being refused.
    @Test func anotherApplicationsDatabaseIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.path + "/theirs.sqlite"
        _ = try sqlite(db, "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let file = try folder.write("a.txt", "Ministers met in Lisbon on Monday.\n")
        let result = try relgraph(["ingest", file, "--db", db])
        #expect(result.status == 1 && result.stderr.contains("not a relgraph corpus"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "not one byte changed")
        #expect(try sqlite(db, "PRAGMA journal_mode") == "[('delete',)]")
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
    }

    /// A finished corpus is left in rollback-journal mode: a WAL file needs its `-shm` side file
    /// even to be read, which a read-only medium cannot hold ("missing folder or permission
    /// denied?"). Opening it read-only then writes nothing beside it.
    @Test func aFinishedCorpusReadsWithoutSideFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.path + "/c.sqlite"
        let file = try folder.write("a.txt", "Ministers met in Lisbon on Monday.\n")
        #expect(try relgraph(["ingest", file, "--db", db, "--quiet"]).status == 0)
        #expect(try sqlite(db, "PRAGMA journal_mode") == "[('delete',)]")
        let store = try CorpusStore(path: db, mode: .readOnly)
        _ = try store.loadGraph()
        let sideFiles = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("c.sqlite-") }
        #expect(sideFiles.isEmpty, "\(sideFiles)")
        // Ingesting again turns WAL back on while it writes, and off again at the end.
        let second = try folder.write("b.txt", "The envoys met again in Porto.\n")
        #expect(try relgraph(["ingest", second, "--db", db, "--quiet"]).status == 0)
        #expect(try sqlite(db, "SELECT count(*) FROM documents") == "[(2,)]")
    }

    /// `./c.txt` and `c.txt` are one document: a changed file ingested under the other spelling
    /// replaces its evidence (it became a second document, and the old evidence stayed).
    @Test func oneFileIsOneDocumentHoweverItsPathIsTyped() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try folder.write("c.txt", "Ministers met in Lisbon on Monday.\n")
        #expect(try relgraph(["ingest", "c.txt", "--db", "c.sqlite", "--quiet"], in: folder.path).status == 0)
        _ = try folder.write("c.txt", "The envoys met in Porto on Tuesday, then flew home.\n")
        #expect(try relgraph(["ingest", "./c.txt", "--db", "c.sqlite", "--quiet"], in: folder.path).status == 0)
        #expect(try sqlite(folder.path + "/c.sqlite", "SELECT path FROM documents") == "[('c.txt',)]")
        #expect(CorpusFiles.canonicalPath("./a//b/./../c.txt") == "a/c.txt")
        #expect(CorpusFiles.canonicalPath("/x/../../y/") == "/y")
        #expect(CorpusFiles.canonicalPath("../up/./f.md") == "../up/f.md")
        #expect(CorpusFiles.canonicalPath("./") == ".")
    }
}
