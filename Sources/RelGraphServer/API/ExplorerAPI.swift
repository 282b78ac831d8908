import Foundation
import RelGraphCore
import RelGraphQuery
import RelGraphTime

/// The JSON endpoints under `/api/`: each takes the decoded query string and answers bytes or
/// an ``APIError``. Everything here reads the immutable ``ExplorerCorpus``; the SVG endpoints
/// live in ``ExplorerAPI/svgNeighbors(_:)`` and ``ExplorerAPI/svgPath(_:)`` (Diagrams file).
struct ExplorerAPI: Sendable {
    let corpus: ExplorerCorpus
    let gate: RenderGate

    /// Largest k for `/api/path`: each extra path costs a Yen iteration and a diagram's worth of edges.
    static let maximumK = 10
    static let maximumHops = 8
    /// Evidence sentences per edge in `/api/neighbors` (all of them: `/api/evidence`).
    static let evidencePerEdge = 3
    /// Evidence sentences per relation in `/api/evidence`.
    static let evidencePerRelation = 500

    static func json(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data("{\"error\":\"cannot encode the answer\"}".utf8)
    }

    // MARK: actors

    /// `GET /api/actors?q=TEXT[&limit=N]`
    func actors(_ query: QueryParameters) throws(APIError) -> Data {
        let text = try query.required("q")
        guard text.count <= 200 else { throw .badRequest("parameter 'q' is longer than 200 characters") }
        let limit = try query.integer("limit", in: 1 ... 50, default: 10)
        let matches = corpus.names.complete(text, limit: limit).map { match in
            let actor = corpus.graph.nodes[Int(match.actor)]
            return APIShapes.ActorMatch(id: actor.id, label: actor.label, type: actor.type, match: match.form)
        }
        return Self.json(matches)
    }

    /// `GET /api/actor?id=ID`: one actor as in the graph JSON format.
    func actor(_ query: QueryParameters) throws(APIError) -> Data {
        Self.json(APIShapes.Node(corpus.graph.nodes[Int(try actorPosition(query, "id"))]))
    }

    /// The actor a parameter names by id. Unknown → 404.
    func actorPosition(_ query: QueryParameters, _ name: String) throws(APIError) -> Int32 {
        let id = try query.required(name)
        guard let position = corpus.actor(id: id) else { throw .notFound("no actor with id '\(id)'") }
        return position
    }

    /// The page's filters from a query string.
    func filter(_ query: QueryParameters) throws(APIError) -> RelationFilter {
        var filter = RelationFilter()
        filter.relationTypes = try query.relationTypes()
        filter.actorTypes = try query.actorTypes()
        filter.minConfidence = try query.number("minConfidence", in: 0 ... 1, default: 0)
        filter.minEvidence = try query.integer("minEvidence", in: 0 ... 1_000_000, default: 0)
        if let document = query["document"] {
            guard corpus.documentPositions[document] != nil else { throw .badRequest("parameter 'document': no document named '\(document)'") }
            filter.document = document
        }
        func date(_ name: String) throws(APIError) -> PartialDate? {
            guard let text = query[name] else { return nil }
            guard let date = PartialDate(iso: text) else {
                throw .badRequest("parameter '\(name)' must be a date YYYY, YYYY-MM or YYYY-MM-DD (got '\(text)')")
            }
            return date
        }
        filter.window = TimeWindow(since: try date("since"), until: try date("until"))
        if filter.window?.isEmpty == true { throw .badRequest("'since' is after 'until': no date can fall between them") }
        return filter
    }

    // MARK: neighbourhoods

    /// The focus view's selection for a request (shared by the JSON and the SVG).
    func focus(_ query: QueryParameters) throws(APIError) -> (center: Int32, selection: FocusSelection) {
        let center = try actorPosition(query, "actor")
        let depth = try query.integer("depth", in: 0 ... 2, default: 1)
        let limit = try query.integer("limit", in: 1 ... FocusSelection.maximumLimit, default: 20)
        let selection = FocusSelection.around(center, in: corpus, depth: depth, limit: limit, filter: try filter(query))
        return (center, selection)
    }

    /// `GET /api/neighbors?actor=ID&depth=N[&limit=N&relations=…&actorTypes=…&minConfidence=…&minEvidence=…&document=…]`
    func neighbors(_ query: QueryParameters) throws(APIError) -> Data {
        let (center, selection) = try focus(query)
        let nodes = zip(selection.actors, selection.depths).map { APIShapes.Node(corpus.graph.nodes[Int($0)], depth: $1) }
        let edges = selection.relations.map { APIShapes.Edge(corpus.graph.edges[Int($0)], evidenceLimit: Self.evidencePerEdge) }
        return Self.json(APIShapes.Neighborhood(center: corpus.graph.nodes[Int(center)].id, nodes: nodes, edges: edges,
                                                found: selection.found, hidden: selection.hidden, message: selection.message))
    }

    // MARK: paths

    /// The k shortest simple paths a request asks for.
    func paths(_ query: QueryParameters) throws(APIError) -> [GraphPath] {
        let from = try actorPosition(query, "from"), to = try actorPosition(query, "to")
        guard from != to else { throw .badRequest("'from' and 'to' are the same actor; a path needs two") }
        let k = try query.integer("k", in: 1 ... Self.maximumK, default: 1)
        let maxHops = try query.optionalInteger("maxHops", in: 1 ... Self.maximumHops)
        let filter = try filter(query)
        return KShortestPaths.find(in: corpus.index, from: from, to: to, k: k, filter: filter.queryFilter,
                                   weighted: false, maxHops: maxHops ?? Self.maximumHops)
    }

    /// `GET /api/path?from=ID&to=ID&k=N[&maxHops=N&relations=…]`: the object `relgraph path --format json` prints.
    func path(_ query: QueryParameters) throws(APIError) -> Data {
        Data(QueryJSON.paths(try paths(query), graph: corpus.queryable).utf8)
    }

    // MARK: evidence

    /// `GET /api/evidence?source=ID&target=ID[&type=T]`: every relation between two actors (either
    /// direction), each sentence with both actors' mentions marked.
    func evidence(_ query: QueryParameters) throws(APIError) -> Data {
        let source = try actorPosition(query, "source"), target = try actorPosition(query, "target")
        var type: RelationType?
        if let name = query["type"] {
            guard let parsed = RelationType(rawValue: name) else { throw .badRequest("parameter 'type': unknown relation type '\(name)'") }
            type = parsed
        }
        let graph = corpus.graph
        let ends: Set<Int32> = [source, target]
        let positions = corpus.touching[Int(source)].filter { position in
            let summary = corpus.queryable.summary(ofRelation: Int(position))
            return Set([summary.source, summary.target]) == ends && (type == nil || summary.type == type)
        }
        let sourceActor = graph.nodes[Int(source)], targetActor = graph.nodes[Int(target)]
        guard !positions.isEmpty else {
            throw .notFound("no \(type.map { "\($0.rawValue) " } ?? "")relation between \(sourceActor.label) and \(targetActor.label)")
        }
        let finder = MentionFinder(actors: [sourceActor, targetActor])
        let relations = positions.map { position in
            let relation = graph.edges[Int(position)]
            let evidence = relation.evidence.prefix(Self.evidencePerRelation).map { item in
                APIShapes.MarkedEvidence(document: item.document, documentIndex: corpus.documentPositions[item.document],
                                         sentence: item.sentence, start: item.start, end: item.end, date: item.date,
                                         marks: finder.marks(in: item.sentence))
            }
            return APIShapes.EvidenceRelation(source: relation.source, target: relation.target, type: relation.type,
                                              confidence: relation.confidence, attributes: relation.attributes,
                                              evidenceCount: relation.evidence.count, evidence: evidence)
        }
        return Self.json(APIShapes.EvidenceAnswer(source: APIShapes.Node(sourceActor), target: APIShapes.Node(targetActor),
                                            relations: relations))
    }

    // MARK: documents

    /// `GET /api/documents`
    func documents() -> Data {
        Self.json(corpus.documents.enumerated().map { index, document in
            APIShapes.Document(index: index, name: document.name, actors: document.actors,
                               relations: document.relations, evidence: document.evidence)
        })
    }

    /// `GET /api/document?index=N` (or `name=NAME`): the text with every mention of an actor marked.
    /// Only documents the corpus lists are ever read; a request never names a file path.
    func document(_ query: QueryParameters) throws(APIError) -> Data {
        let position: Int
        if let name = query["name"] {
            guard let found = corpus.documentPositions[name] else { throw .notFound("no document named '\(name)'") }
            position = found
        } else {
            position = try query.integer("index", in: 0 ... Int(Int32.max), default: -1)
            guard position >= 0 else { throw .badRequest("parameter 'index' (or 'name') is required") }
            guard position < corpus.documents.count else { throw .notFound("no document number \(position)") }
        }
        let document = corpus.documents[position]
        let text: String
        switch DocumentTexts.read(document) {
        case .text(let read): text = read
        case .changed:
            throw APIError(status: .conflict, message: "\(document.name) changed since it was ingested; its evidence offsets no longer apply")
        case .unavailable(let reason):
            throw .notFound("the text of \(document.name) cannot be read here (\(reason))")
        }
        var spans: [APIShapes.DocumentText.Span] = []
        var actorIDs: Set<String> = []
        for relation in corpus.graph.edges {
            for item in relation.evidence where item.document == document.name {
                spans.append(.init(start: item.start, end: item.end, source: relation.source, target: relation.target, type: relation.type))
                actorIDs.formUnion([relation.source, relation.target])
            }
        }
        spans.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        let actors = actorIDs.sorted().compactMap { corpus.actor(id: $0) }.map { corpus.graph.nodes[Int($0)] }
        let mentions = MentionFinder(actors: actors).marks(in: text)
        return Self.json(APIShapes.DocumentText(
            index: position, name: document.name, text: text, mentions: mentions,
            actors: actors.map { APIShapes.ActorMatch(id: $0.id, label: $0.label, type: $0.type) }, evidence: spans))
    }

    // MARK: corpus

    /// How many actors each ranking lists.
    static let rankingLength = 10

    /// `GET /api/corpus`: counts by type and the most central actors.
    func corpusSummary() -> Data {
        let graph = corpus.graph
        var actorsByType: [String: Int] = [:], relationsByType: [String: Int] = [:]
        for actor in graph.nodes { actorsByType[actor.type.rawValue, default: 0] += 1 }
        for relation in graph.edges { relationsByType[relation.type.rawValue, default: 0] += 1 }
        let centrality = corpus.centrality
        func ranked(_ values: [Double]?) -> [APIShapes.Corpus.Ranked] {
            guard let values else { return [] }
            let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : graph.nodes[$0].id < graph.nodes[$1].id }
            return order.prefix(Self.rankingLength).map { position in
                let actor = graph.nodes[position]
                return .init(id: actor.id, label: actor.label, type: actor.type, value: (values[position] * 1e6).rounded() / 1e6)
            }
        }
        let central = APIShapes.Corpus.Central(
            ready: centrality != nil, degree: ranked(centrality?.degree.map(Double.init)),
            pagerank: ranked(centrality?.pagerank), betweenness: ranked(centrality?.betweenness))
        return Self.json(APIShapes.Corpus(
            source: corpus.sourceName, documents: corpus.documents.count, actors: graph.nodes.count, relations: graph.edges.count,
            evidence: graph.edges.reduce(0) { $0 + $1.evidence.count }, actorsByType: actorsByType,
            relationsByType: relationsByType, central: central))
    }
}
