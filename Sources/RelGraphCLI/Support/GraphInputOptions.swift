import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphFormats
import RelGraphQuery
import RelGraphStore
import RelGraphTime

/// `--graph G.json` or `--db corpus.sqlite`: where query, render and export verbs read their graph from.
package struct GraphInputOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: "A relgraph JSON graph (from `relgraph extract --format json`); - reads stdin.")
    package var graph: String?

    @Option(name: .long, help: "A corpus database (from `relgraph ingest`), instead of --graph.")
    package var db: String?

    @Option(name: .long, help: "Keep only relations with an evidence sentence dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    var since: String?

    @Option(name: .long, help: "Keep only relations with an evidence sentence dated on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    var until: String?

    package func validate() throws {
        switch (graph, db) {
        case (nil, nil): throw ValidationError("give the graph to read: --graph G.json or --db corpus.sqlite")
        case (.some, .some): throw ValidationError("--graph and --db are alternatives: give one")
        default: break
        }
    }

    /// Reads and validates the graph, keeping only what `--since`/`--until` allow; every failure
    /// is a one-line ``RelGraphError``.
    package func load() throws -> RelationshipGraph {
        let window = try timeWindow()
        let graph = try loadWhole()
        return window.map { TimeFilter.keep(graph, in: $0) } ?? graph
    }

    private func loadWhole() throws -> RelationshipGraph {
        if let db {
            return try CorpusStore(path: db, mode: .readOnly).loadGraph()
        }
        guard let graph else { throw RelGraphError.usage("give the graph to read: --graph G.json or --db corpus.sqlite") }
        let data = try InputFiles.readData(graph)
        return try GraphJSON.decode(data, source: graph)
    }

    /// The `--since`/`--until` window, nil when neither is given.
    func timeWindow() throws -> TimeWindow? {
        let window = TimeWindow(since: try DateOption.parse(since, name: "--since"), until: try DateOption.parse(until, name: "--until"))
        if let window, window.isEmpty { throw RelGraphError.usage("--since \(since ?? "") is after --until \(until ?? "")") }
        return window
    }

    /// The graph for a query verb, read through ``QueryableGraph``: a JSON file is loaded from its
    /// sidecar `G.json.rgindex` when one matches it (``GraphSidecar``), otherwise scanned into a
    /// ``GraphCatalog`` (validated like ``load()``, evidence decoded only for what is printed);
    /// `--db` loads the corpus graph in memory.
    func loadForQuery() throws -> any QueryableGraph {
        // A time window reads every evidence date: the whole graph is decoded and filtered.
        if try timeWindow() != nil { return InMemoryGraph(try load()) }
        if let db {
            return InMemoryGraph(try CorpusStore(path: db, mode: .readOnly).loadGraph())
        }
        guard let graph else { throw RelGraphError.usage("give the graph to read: --graph G.json or --db corpus.sqlite") }
        if graph != "-", let catalog = SidecarLoader.load(graph: graph) { return catalog }
        let data = try InputFiles.readData(graph)
        return try GraphCatalog.load(data, source: graph)
    }

    /// The corpus database when `--db` was given, for verbs that report more than the graph
    /// (`stats` prints the document count from ``CorpusStore/statistics()``).
    func corpusStore() throws -> CorpusStore? {
        try db.map { try CorpusStore(path: $0, mode: .readOnly) }
    }
}
