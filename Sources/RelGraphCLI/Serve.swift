import ArgumentParser
import Foundation
import RelGraphCore

/// `relgraph serve`: explore a corpus in the browser.
///
/// The options, help and checks live here; the server itself lives in the `relgraph-serve`
/// executable beside `relgraph`, which `run()` hands the same command line to. Linking Hummingbird
/// and SwiftNIO into `relgraph` made every other verb start slower (Benchmarks/startup).
package struct Serve: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore a graph or corpus in the browser: search, neighbourhoods, paths, evidence in context.",
        discussion: """
            Serves a read-only page and a JSON API under /api/ (see the README) on 127.0.0.1 unless
            --host says otherwise; prints the URL, then serves until interrupted (Ctrl-C).
            Examples:
              relgraph serve --db corpus.sqlite
              relgraph serve --graph g.json --port 9000
            """)

    @OptionGroup package var input: GraphInputOptions

    @Option(name: .long, help: "Address to listen on (127.0.0.1: this machine only).")
    package var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    package var port = 8080

    @Option(name: .long, parsing: .singleValue, help: "Extra lexicon file(s) for name search (same format as extract's).")
    package var lexicon: [String] = []

    package init() {}

    package func validate() throws {
        guard (0 ... 65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535 (got \(port))") }
        guard !host.isEmpty else { throw ValidationError("--host is empty") }
    }

    package func run() throws {
        if let serve = ServeHandover.server { return try serve(self) }
        try ServeHandover.execServer()
    }
}

/// How `relgraph serve` reaches the server: `relgraph-serve` sets ``server`` before parsing the
/// command line; `relgraph` leaves it nil and replaces itself with `relgraph-serve` (``CompanionHandover``).
package enum ServeHandover {
    /// The explorer, set by `relgraph-serve` at start-up (before any thread exists), read once.
    nonisolated(unsafe) package static var server: ((Serve) throws -> Void)?

    /// Replaces this process with `relgraph-serve` and the same arguments; returns only by throwing.
    static func execServer() throws {
        try CompanionHandover.replaceProcess(for: "relgraph serve")
    }
}
