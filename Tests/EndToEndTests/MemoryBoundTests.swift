import Foundation
import RelGraphTestSupport
import Testing

/// Peak memory of `relgraph extract` grows with what the text holds, not with how many tokens a
/// hostile file packs into it (issue #15: `a;` repeated over 4 MB took 304 MB, 76 bytes per byte).
@Suite struct MemoryBoundTests {
    /// Peak resident memory (kB) of `relgraph extract FILE`, read by a Python parent from
    /// `getrusage(RUSAGE_CHILDREN)`: this test process runs other children in parallel.
    private func peakKilobytes(extracting path: String) throws -> Int {
        let script = """
            import os, resource, subprocess, sys
            environment = dict(os.environ, RELGRAPH_CACHE_DIR=sys.argv[3])
            done = subprocess.run([sys.argv[1], "extract", sys.argv[2]], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, env=environment)
            if done.returncode != 0:
                sys.exit("relgraph failed: " + done.stderr.decode())
            print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """
        let result = try ProcessRunner.python(["-c", script, CLIRunner.binary.path, path, CLIRunner.cacheFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func wordsAndMarksOnOneLineTakeBoundedMemory() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = folder.appendingPathComponent("small.txt"), large = folder.appendingPathComponent("large.txt")
        try Data("Le Chili a accusé le Pérou.\n".utf8).write(to: small)
        let bytes = 300_000
        try Data(String(repeating: "a;", count: bytes / 2).utf8).write(to: large)
        let baseline = try peakKilobytes(extracting: small.path)
        let peak = try peakKilobytes(extracting: large.path)
        // Before sections: about 76 bytes per input byte. Now one section's tokens: about 5 MB.
        let perByte = Double(max(0, peak - baseline) * 1024) / Double(bytes)
        #expect(perByte < 40, "\(peak) kB against \(baseline) kB for one sentence: \(perByte) bytes per input byte")
    }
}
