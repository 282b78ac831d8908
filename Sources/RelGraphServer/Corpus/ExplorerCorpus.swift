import Foundation
import RelGraphCore
import RelGraphKnowledge
import RelGraphQuery
import RelGraphStore

/// Everything `relgraph serve` answers from, loaded once and never changed: the graph, its query
/// index, the name index behind autocomplete, the documents and, once computed, the centralities.
///
/// Immutable after ``load(database:)`` / ``load(graphFile:)`` except ``centrality``, which a
/// background task fills in; safe to share between concurrent requests.
public final class ExplorerCorpus: Sendable {
    /// The whole graph, evidence included.
    public let graph: RelationshipGraph
    /// The same graph read through ``QueryableGraph`` (positions resolved once).
    let queryable: InMemoryGraph
    let index: GraphIndex
    let names: NameIndex
    /// Relation positions touching each actor (either end), ascending.
    let touching: [[Int32]]
    /// Documents in name order.
    let documents: [CorpusDocument]
    let documentPositions: [String: Int]
    /// Where the graph came from, for the page's header ("corpus.sqlite", "g.json").
    public let sourceName: String
    private let centralityBox = CentralityBox()

    init(graph: RelationshipGraph, documents: [CorpusDocument], lexicon: Lexicon?, sourceName: String) {
        self.graph = graph
        queryable = InMemoryGraph(graph)
        index = GraphIndex(queryable)
        var touching = [[Int32]](repeating: [], count: graph.nodes.count)
        for position in 0 ..< queryable.relationCount {
            let summary = queryable.summary(ofRelation: position)
            guard summary.source >= 0, summary.target >= 0 else { continue }
            touching[Int(summary.source)].append(Int32(position))
            if summary.target != summary.source { touching[Int(summary.target)].append(Int32(position)) }
        }
        self.touching = touching
        names = NameIndex(actors: graph.nodes, degrees: touching.map(\.count), lexicon: lexicon)
        self.documents = documents
        documentPositions = Dictionary(documents.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.sourceName = sourceName
    }

    /// A corpus database written by `relgraph ingest`, opened read-only. `graph` replaces the
    /// database's graph when given (the CLI passes it cut to a `--since`/`--until` window); the
    /// documents always come from the database.
    public static func load(database path: String, graph: RelationshipGraph? = nil, lexicon: Lexicon?) throws -> ExplorerCorpus {
        try load(store: try CorpusStore(path: path, mode: .readOnly), sourceName: URL(fileURLWithPath: path).lastPathComponent,
                 graph: graph, lexicon: lexicon)
    }

    /// A corpus database of either engine (SQLite or PostgreSQL), already open; closed here.
    public static func load(store: any CorpusDatabase, sourceName: String, graph: RelationshipGraph? = nil,
                            lexicon: Lexicon?) throws -> ExplorerCorpus {
        defer { try? store.close() }
        let graph = try graph ?? store.loadGraph()
        let documents = try store.documents().map {
            CorpusDocument(name: $0.path, sha256: $0.sha256, actors: $0.actors, relations: $0.relations, evidence: $0.evidence)
        }
        return ExplorerCorpus(graph: graph, documents: documents, lexicon: lexicon, sourceName: sourceName)
    }

    /// A JSON graph file (`relgraph extract --format json`); its documents are the ones its evidence cites.
    public static func load(graph: RelationshipGraph, sourceName: String, lexicon: Lexicon?) -> ExplorerCorpus {
        ExplorerCorpus(graph: graph, documents: CorpusDocument.cited(in: graph), lexicon: lexicon, sourceName: sourceName)
    }

    /// Degree, PageRank and betweenness of every actor, or nil while they are being computed.
    var centrality: Centrality? { centralityBox.value }

    /// Computes the centralities (betweenness costs O(actors × links)); call once, off the request path.
    public func computeCentrality() {
        let degree = (0 ..< graph.nodes.count).map { actor in
            Set(touching[actor].flatMap { relation -> [Int32] in
                let summary = queryable.summary(ofRelation: Int(relation))
                return [summary.source, summary.target]
            }).subtracting([Int32(actor)]).count
        }
        centralityBox.value = Centrality(degree: degree, pagerank: PageRank.compute(in: index),
                                         betweenness: Betweenness.compute(in: index))
    }

    /// The position of the actor with exactly this id.
    func actor(id: String) -> Int32? { queryable.position(ofActorID: id) }
}

/// A document of the corpus with what was extracted from it.
struct CorpusDocument: Sendable, Codable {
    var name: String
    /// SHA-256 of the file's bytes at ingest (nil for a JSON graph, which does not record it).
    var sha256: String?
    var actors: Int
    var relations: Int
    var evidence: Int

    /// The documents a graph's evidence cites, in name order, counted from the graph.
    static func cited(in graph: RelationshipGraph) -> [CorpusDocument] {
        var actors: [String: Set<String>] = [:], relations: [String: Int] = [:], evidence: [String: Int] = [:]
        for relation in graph.edges {
            for document in Set(relation.evidence.map(\.document)) {
                actors[document, default: []].formUnion([relation.source, relation.target])
                relations[document, default: 0] += 1
            }
            for item in relation.evidence { evidence[item.document, default: 0] += 1 }
        }
        return evidence.keys.sorted().map { name in
            CorpusDocument(name: name, sha256: nil, actors: actors[name]?.count ?? 0,
                           relations: relations[name] ?? 0, evidence: evidence[name] ?? 0)
        }
    }
}

/// The three centralities of the corpus view, indexed by actor position.
struct Centrality: Sendable {
    var degree: [Int]
    var pagerank: [Double]
    var betweenness: [Double]
}

/// The centralities once computed; a lock because a background task writes them while requests read.
private final class CentralityBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Centrality?
    var value: Centrality? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
