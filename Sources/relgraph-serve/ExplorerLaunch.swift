import Dispatch
import Foundation
import RelGraphCLI
import RelGraphCore
import RelGraphKnowledge
import RelGraphServer

/// What `relgraph serve` does once `relgraph` has handed its command line over: load the graph
/// or corpus and the lexicon, then serve until interrupted.
enum ExplorerLaunch {
    static func run(_ options: Serve) throws {
        let knowledge = try RelGraphKnowledge.Lexicon.load(extraFiles: options.lexicon, snapshot: LexiconSnapshotFile.url)
        let corpus: ExplorerCorpus
        // `load()` applies --since/--until to either source; the page's own date filters narrow further.
        let graph = try options.input.load()
        if let database = try options.input.openCorpus() {
            corpus = try ExplorerCorpus.load(store: database.store, sourceName: database.name, graph: graph, lexicon: knowledge)
        } else {
            corpus = ExplorerCorpus.load(graph: graph, sourceName: URL(fileURLWithPath: options.input.graph ?? "graph").lastPathComponent,
                                         lexicon: knowledge)
        }
        let host = options.host, port = options.port
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
