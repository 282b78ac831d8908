import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph serve --db postgres://…` serves the corpus from PostgreSQL: the same actors,
/// relations, documents and answers as the same corpus served from SQLite, over real HTTP.
@Suite(.serialized, .enabled(if: PostgresTestServer.enabled, "no PostgreSQL server could be started (scripts/postgres-test-cluster.sh)"))
struct ExplorerOnPostgresTests {
    @Test func theExplorerServesAPostgresCorpusAsItServesTheSameSQLiteCorpus() throws {
        let binary = try #require(ProcessRunner.relgraph, "relgraph executable not found beside the test bundle")
        let pair = try CorpusPair(generated: 12)
        defer { pair.cleanUp() }
        let (sqlite, postgres) = (pair.sqlite, pair.postgres)
        for ingest in try pair.ingestIntoBoth(["--quiet"]) {
            try #require(ingest.status == 0, "\(ingest.stderr)")
        }

        let fromSQLite = try RunningExplorer(binary, db: sqlite)
        defer { fromSQLite.stop() }
        let fromPostgres = try RunningExplorer(binary, db: postgres)
        defer { fromPostgres.stop() }
        // "relgraph explorer: URL  (N actors, M relations; Ctrl-C stops)"
        #expect(fromPostgres.banner.drop { $0 != "(" } == fromSQLite.banner.drop { $0 != "(" })
        #expect(fromPostgres.banner.contains(" actors, "))

        for target in ["/api/documents", "/api/actors?q=macron", "/api/actor?id=person:emmanuel-macron",
                       "/api/neighbors?actor=person:emmanuel-macron&depth=1",
                       "/api/path?from=person:emmanuel-macron&to=person:olaf-scholz&k=2"] {
            let expected = try fromSQLite.get(target), answer = try fromPostgres.get(target)
            #expect(expected.hasPrefix("200 "), "\(target): \(expected.prefix(200))")
            #expect(answer == expected, "\(target)")
        }
        // The page names the server by its URL, never a password (the test cluster has none).
        let summary = try fromPostgres.get("/api/corpus")
        #expect(summary.hasPrefix("200 ") && summary.contains("postgres://postgres@"), "\(summary.prefix(300))")
    }

    @Test func aMissingDatabaseIsOneLineAndExitStatusOne() throws {
        let binary = try #require(ProcessRunner.relgraph, "relgraph executable not found beside the test bundle")
        let base = try PostgresTestServer.cluster.get()
        let missing = base.replacingOccurrences(of: "/postgres?", with: "/relgraph_no_such_database?")
        let result = try ProcessRunner.run(binary, ["serve", "--db", missing, "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("relgraph: ") && result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
    }
}

/// `relgraph serve --port 0` in the background: its first line gives the URL.
private final class RunningExplorer {
    let process = Process()
    let banner: String
    let url: String

    init(_ binary: URL, db: String) throws {
        process.executableURL = binary
        process.arguments = ["serve", "--db", db, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A server that never prints is stopped, which ends the read below.
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        defer { watchdog.cancel() }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        banner = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .newlines)
        guard let found = banner.split(separator: " ").first(where: { $0.hasPrefix("http://") }) else {
            process.terminate()
            throw ExplorerDidNotStart(banner: banner)
        }
        url = found.hasSuffix("/") ? String(found.dropLast()) : String(found)
    }

    /// "STATUS BODY" of a GET, through Python's standard HTTP client.
    func get(_ target: String) throws -> String {
        let script = """
            import sys, urllib.request, urllib.error
            try:
                reply = urllib.request.urlopen(sys.argv[1], timeout=60)
                status, body = reply.status, reply.read()
            except urllib.error.HTTPError as error:
                status, body = error.code, error.read()
            sys.stdout.write(f"{status} " + body.decode())
            """
        let result = try ProcessRunner.python(["-c", script, url + target])
        guard result.status == 0 else { throw ExplorerDidNotStart(banner: result.stderr) }
        return result.stdout
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        // Not waitUntilExit (seen to miss an exit): poll, for at most 10 s.
        for _ in 0..<200 where process.isRunning { usleep(50_000) }
    }

    struct ExplorerDidNotStart: Error, CustomStringConvertible {
        let banner: String
        var description: String { "relgraph serve did not start: \(banner)" }
    }
}
