import Foundation

/// The throwaway PostgreSQL cluster of scripts/postgres-test-cluster.sh, started once per test
/// process (it keeps running for the next process; `make test` stops it afterwards). Each test
/// gets a database of its own.
///
/// Without a PostgreSQL server installed the tests are skipped with that message; under CI
/// (`CI=true`, set by `.ci/run`) they run anyway and fail, so CI never passes by skipping.
public enum PostgresTestServer {
    public static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The URL of the cluster's `postgres` database, or why no server could be started.
    public static let cluster: Result<String, ClusterUnavailable> = {
        let script = repositoryRoot.appendingPathComponent("scripts/postgres-test-cluster.sh")
        guard let result = startCluster(script) else {
            return .failure(ClusterUnavailable(reason: "cannot run \(script.path)"))
        }
        guard result.status == 0 else {
            return .failure(ClusterUnavailable(reason: result.output.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return .success(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }()

    /// Runs `script start` with its output in a file and waits for exactly that child.
    ///
    /// The script leaves a daemon behind (`pg_ctl start`) that lives until `make test` stops it.
    /// Started as a ``ChildProcess``, it inherits no descriptor of this process: a pipe or
    /// socket of another test's child, open at that instant and inherited by the daemon, would
    /// never reach end of file, and that test would wait for ever on one of the test pool's
    /// two threads (the hang seen in a clean-clone run of `.ci/run`).
    private static func startCluster(_ script: URL) -> (status: Int32, output: String)? {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-pg-start-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let command = "'\(script.path)' start > '\(outputFile.path)' 2>&1"
        guard let child = try? ChildProcess.spawn("/bin/sh", ["-c", command]) else { return nil }
        let ended = child.wait()
        let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        // Exited normally with its code; anything else (a signal) is a failure.
        return (ended.exitCode ?? 1, output)
    }

    /// Whether the PostgreSQL tests run: always under CI, else when a cluster started.
    public static var enabled: Bool {
        if ProcessRunner.isCI { return true }
        if case .failure(let problem) = cluster {
            FileHandle.standardError.write(Data("PostgreSQL tests skipped: \(problem.reason)\n".utf8))
            return false
        }
        return true
    }

    public struct ClusterUnavailable: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { "no PostgreSQL test server: \(reason)" }
    }

    private static let counter = Counter()

    /// A new, empty database; returns its URL. Drop it with ``drop(_:)``.
    public static func freshDatabase() throws -> String {
        let base = try cluster.get()
        let name = "relgraph_test_\(getpid())_\(counter.next())"
        try psql(base, "DROP DATABASE IF EXISTS \(name)")
        try psql(base, "CREATE DATABASE \(name)")
        return base.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
    }

    public static func drop(_ url: String) {
        guard let base = try? cluster.get(), let name = url.split(separator: "/").last?.split(separator: "?").first else { return }
        _ = try? psql(base, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs one SQL statement with psql; returns its unaligned output.
    @discardableResult
    public static func psql(_ url: String, _ sql: String) throws -> String {
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
        guard result.status == 0 else { throw ClusterUnavailable(reason: "psql: \(result.stderr)") }
        return result.stdout
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
