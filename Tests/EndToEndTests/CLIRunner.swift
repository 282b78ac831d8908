import Foundation
import RelGraphTestSupport

/// Runs the built `relgraph` executable the way a user does, capturing its output.
struct CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutData: Data
    }

    /// The package root, found from this file's location.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary: `RELGRAPH_BIN` if set, else the one built beside the test bundle.
    static let binary: URL = ProcessRunner.relgraph ?? packageRoot.appendingPathComponent(".build/debug/relgraph")

    /// Runs `relgraph` from the package root; both output pipes are drained at once
    /// (RelGraphTestSupport.ProcessRunner), so a large output cannot block the child.
    /// `environment` entries are added to this process's own (`RELGRAPH_CACHE_DIR` defaults to
    /// ``cacheFolder``, so the tests never write the user's cache).
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        var variables = ProcessInfo.processInfo.environment
        variables["RELGRAPH_CACHE_DIR"] = cacheFolder.path
        variables.merge(environment) { _, given in given }
        let result = try ProcessRunner.run(binary, arguments, stdin: stdin, directory: packageRoot, environment: variables)
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr, stdoutData: result.stdoutData)
    }

    /// Where the runs of this test process keep relgraph's lexicon snapshot.
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-e2e-cache-\(UUID().uuidString)")

    /// A fresh temporary folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
