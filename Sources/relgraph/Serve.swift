import ArgumentParser
import Dispatch
import Foundation
import RelGraphCore
import RelGraphKnowledge
import RelGraphServer

/// `relgraph serve`: explore a corpus in the browser.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore a graph or corpus in the browser: search, neighbourhoods, paths, evidence in context.",
        discussion: """
            Serves a read-only page and a JSON API under /api/ (see the README) on 127.0.0.1 unless
            --host says otherwise; prints the URL, then serves until interrupted (Ctrl-C).
            Examples:
              relgraph serve --db corpus.sqlite
              relgraph serve --graph g.json --port 9000
            """)

    @OptionGroup var input: GraphInputOptions

    @Option(name: .long, help: "Address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(name: .long, parsing: .singleValue, help: "Extra lexicon file(s) for name search (same format as extract's).")
    var lexicon: [String] = []

    func validate() throws {
        guard (0 ... 65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535 (got \(port))") }
        guard !host.isEmpty else { throw ValidationError("--host is empty") }
    }

    func run() throws {
        let knowledge = try RelGraphKnowledge.Lexicon.load(extraFiles: lexicon)
        let corpus: ExplorerCorpus
        // `load()` applies --since/--until to either source; the page's own date filters narrow further.
        let graph = try input.load()
        if let db = input.databaseName {
            let store = try CorpusDatabaseOption.open(db, mode: .readOnly)
            let name = CorpusDatabaseOption.isFile(db) ? URL(fileURLWithPath: db).lastPathComponent : store.displayName
            corpus = try ExplorerCorpus.load(store: store, sourceName: name, graph: graph, lexicon: knowledge)
        } else {
            corpus = ExplorerCorpus.load(graph: graph, sourceName: URL(fileURLWithPath: input.graph ?? "graph").lastPathComponent,
                                         lexicon: knowledge)
        }
        let server = ExplorerServer(corpus: corpus, configuration: .init(host: host, port: port))
        let finished = DispatchSemaphore(value: 0)
        final class Outcome: @unchecked Sendable { var error: (any Error)? }
        let outcome = Outcome()
        Task.detached {
            do {
                try await server.run { url in
                    let line = "relgraph explorer: \(url)  (\(corpus.graph.nodes.count) actors, \(corpus.graph.edges.count) relations; Ctrl-C stops)\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            } catch {
                outcome.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error {
            throw RelGraphError.badInput("cannot serve on \(host):\(port): \(error)")
        }
    }
}
