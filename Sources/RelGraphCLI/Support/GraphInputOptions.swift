import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphFormats
import RelGraphQuery
import RelGraphStore
import RelGraphTime

/// `--graph G.json` or `--db corpus.sqlite|postgres://…` (else `RELGRAPH_DB`): where query,
/// render and export verbs read their graph from.
package struct GraphInputOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: "A relgraph JSON graph (from `relgraph extract --format json`); - reads stdin.")
    package var graph: String?

    @Option(name: .long, help: "A corpus database (from `relgraph ingest`): an SQLite file or postgres://user@host:port/db; instead of --graph. Default: $RELGRAPH_DB.")
    package var db: String?

    /// `--db`, or `RELGRAPH_DB` when neither `--db` nor `--graph` is given.
    var databaseName: String? { graph == nil ? CorpusDatabaseOption.resolve(db) : db }

    @Option(name: .long, help: "Keep only relations with an evidence sentence dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    var since: String?

    @Option(name: .long, help: "Keep only relations with an evidence sentence dated on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    var until: String?

    package func validate() throws {
        switch (graph, databaseName) {
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
        if let db = databaseName {
            let store = try CorpusDatabaseOption.open(db, mode: .readOnly)
            defer { try? store.close() }
            return try store.loadGraph()
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
        if databaseName != nil { return InMemoryGraph(try loadWhole()) }
        guard let graph else { throw RelGraphError.usage("give the graph to read: --graph G.json or --db corpus.sqlite") }
        if graph != "-", let catalog = SidecarLoader.load(graph: graph) { return catalog }
        let data = try InputFiles.readData(graph)
        return try GraphCatalog.load(data, source: graph)
    }

    /// For `neighbors` and bounded `path` on a PostgreSQL corpus: the actors `names` designate
    /// (resolved against every actor, as on the whole graph) and the part of the graph within
    /// `radius` hops of them, read in the database with a recursive CTE instead of loading the
    /// whole graph.
    /// Nil for other sources, with a time window, or beyond ``databaseRadiusLimit`` hops; the
    /// caller then loads the whole graph. Answers are the same either way (tested).
    func loadAround(_ names: [String], radius: Int) throws -> LocalGraph? {
        guard radius <= Self.databaseRadiusLimit, try timeWindow() == nil,
              let db = databaseName, CorpusLocation.isPostgres(db) else { return nil }
        guard let store = try CorpusDatabaseOption.open(db, mode: .readOnly) as? any CorpusNeighbourhoodReading else { return nil }
        defer { try? store.close() }
        let everyone = try store.loadActors()
        let lookup = KnowledgeActorLookup(RelationshipGraph(nodes: everyone))
        let ids = try names.map { everyone[Int(try lookup.resolve($0))].id }
        let part = try store.subgraph(around: ids, radius: radius)
        return LocalGraph(graph: InMemoryGraph(part), ids: ids, totalActors: everyone.count)
    }

    /// Beyond this many hops a neighbourhood is most of a graph: loading it whole is cheaper.
    static let databaseRadiusLimit = 3

    /// A part of a corpus graph read around some actors (``loadAround(_:radius:)``).
    struct LocalGraph {
        let graph: any QueryableGraph
        /// The ids the names resolved to, in order.
        let ids: [String]
        /// How many actors the whole graph holds.
        let totalActors: Int
    }

    /// The corpus database when `--db` was given, for verbs that report more than the graph
    /// (`stats` prints the document count from ``CorpusStore/statistics()``).
    func corpusStore() throws -> (any CorpusDatabase)? {
        try databaseName.map { try CorpusDatabaseOption.open($0, mode: .readOnly) }
    }

    /// For `serve`: the corpus database (either engine), open read-only, and how the page names
    /// it — an SQLite file by its file name, a PostgreSQL server by its URL without password.
    /// Nil with `--graph`.
    package func openCorpus() throws -> (store: any CorpusDatabase, name: String)? {
        guard let db = databaseName else { return nil }
        let store = try CorpusDatabaseOption.open(db, mode: .readOnly)
        return (store, CorpusDatabaseOption.isFile(db) ? URL(fileURLWithPath: db).lastPathComponent : store.displayName)
    }
}
