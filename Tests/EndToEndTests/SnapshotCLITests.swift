import Foundation
import Testing

/// `extract` keeps the built lexicon in `$RELGRAPH_CACHE_DIR/lexicon.snapshot` and gives the same
/// graph from it as from the data files.
@Suite struct SnapshotCLITests {
    @Test func extractWritesTheSnapshotAndReadsTheSameGraphFromIt() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let cache = folder.appendingPathComponent("cache")
        let article = "Examples/putin-north-korea.fr.txt"
        let first = try CLIRunner.run(["extract", article, "--format", "json"], environment: ["RELGRAPH_CACHE_DIR": cache.path])
        #expect(first.status == 0, "\(first.stderr)")
        let snapshot = cache.appendingPathComponent("lexicon.snapshot")
        #expect(FileManager.default.fileExists(atPath: snapshot.path))
        let written = try FileManager.default.attributesOfItem(atPath: snapshot.path)[.modificationDate] as? Date

        let second = try CLIRunner.run(["extract", article, "--format", "json"], environment: ["RELGRAPH_CACHE_DIR": cache.path])
        #expect(second.status == 0)
        #expect(second.stdout == first.stdout)
        #expect(try FileManager.default.attributesOfItem(atPath: snapshot.path)[.modificationDate] as? Date == written,
                "a sound snapshot is read, not rewritten")

        let off = folder.appendingPathComponent("off")
        let parsed = try CLIRunner.run(["extract", article, "--format", "json"],
                                       environment: ["RELGRAPH_CACHE_DIR": "", "XDG_CACHE_HOME": off.path, "HOME": off.path])
        #expect(parsed.status == 0)
        #expect(parsed.stdout == first.stdout)
        #expect(!FileManager.default.fileExists(atPath: off.path), "RELGRAPH_CACHE_DIR= writes no snapshot")
    }

    @Test func aDamagedSnapshotGivesTheSameAnswer() throws {
        let cache = try CLIRunner.temporaryDirectory()
        let expected = try CLIRunner.run(["lexicon", "lookup", "Poutine"], environment: ["RELGRAPH_CACHE_DIR": cache.path])
        #expect(expected.status == 0)
        try Data(repeating: 0x5A, count: 4096).write(to: cache.appendingPathComponent("lexicon.snapshot"))
        let again = try CLIRunner.run(["lexicon", "lookup", "Poutine"], environment: ["RELGRAPH_CACHE_DIR": cache.path])
        #expect(again.status == 0)
        #expect(again.stdout == expected.stdout)
        #expect(again.stdout.contains("person:vladimir-putin"))
    }
}
