/// A typed relationship graph: actors and the relations between them.
///
/// The value is kept canonical by ``merge(_:)`` and ``canonicalized()``: one actor per id, one
/// relation per ``RelationKey``, everything sorted, so equal inputs give byte-identical output.
public struct RelationshipGraph: Codable, Hashable, Sendable {
    public var nodes: [Actor]
    public var edges: [Relation]
    /// The documents the graph was read from, with their dates (sorted by name). Empty in graphs
    /// written before relgraph recorded documents.
    public var documents: [DocumentRecord]

    public init(nodes: [Actor] = [], edges: [Relation] = [], documents: [DocumentRecord] = []) {
        self.nodes = nodes
        self.edges = edges
        self.documents = documents
    }

    private enum CodingKeys: String, CodingKey { case nodes, edges, documents }

    /// Decodes leniently: `documents` may be omitted (graphs written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        nodes = try container.decode([Actor].self, forKey: .nodes)
        edges = try container.decode([Relation].self, forKey: .edges)
        documents = try container.decodeIfPresent([DocumentRecord].self, forKey: .documents) ?? []
    }

    /// Looks an actor up by id (linear; build a query index for repeated look-ups).
    public func actor(id: String) -> Actor? { nodes.first { $0.id == id } }

    /// Merges `other` into this graph: actors by id (aliases and attributes united), relations by
    /// key (evidence united, confidence combined as independent support). The result is canonical.
    public mutating func merge(_ other: RelationshipGraph) {
        var builder = GraphAccumulator(self)
        builder.add(other)
        self = builder.graph()
    }

    /// The same graph with duplicates merged and everything sorted.
    public func canonicalized() -> RelationshipGraph {
        var builder = GraphAccumulator()
        builder.add(self)
        return builder.graph()
    }
}

/// Accumulates actors and relations from many sources, then emits one canonical graph.
///
/// Use it when merging many documents: it keeps dictionaries while adding and sorts once.
/// Relations combine by ``MergePolicy``: each distinct source of evidence (for a document's graph,
/// the document) is one support, and the same support seen twice counts once (at its highest
/// confidence). An actor keeps the label it was first added with.
public struct GraphAccumulator: Sendable {
    private var actors: [String: Actor] = [:]
    private var relations: [RelationKey: MergedRelation] = [:]
    private var documents: [String: DocumentRecord] = [:]

    public init() {}

    public init(_ graph: RelationshipGraph) {
        add(graph)
    }

    public mutating func add(_ graph: RelationshipGraph) {
        for actor in graph.nodes { add(actor) }
        for relation in graph.edges { add(relation) }
        for document in graph.documents { add(document) }
    }

    /// Records a document; a known date is never replaced by an unknown one.
    public mutating func add(_ document: DocumentRecord) {
        if let existing = documents[document.name], existing.date != nil, document.date == nil { return }
        if let existing = documents[document.name], let date = existing.date, let other = document.date, date <= other { return }
        documents[document.name] = document
    }

    public mutating func add(_ actor: Actor) {
        guard let index = actors.index(forKey: actor.id) else {
            actors[actor.id] = actor
            return
        }
        // Only the set of names counts: ``graph()`` leaves out the label, removes repeats and
        // sorts. So a name is appended, in place, when it is new, instead of a set being built
        // and turned back into an array at every merge (every mention of an extracted actor).
        for name in actor.aliases { Self.append(name, to: &actors.values[index].aliases) }
        Self.append(actor.label, to: &actors.values[index].aliases)
        actors.values[index].attributes = MergePolicy.mergedActorAttributes(actors.values[index].attributes, actor.attributes)
    }

    private static func append(_ name: String, to names: inout [String]) {
        if !names.contains(name) { names.append(name) }
    }

    public mutating func add(_ relation: Relation) {
        let key = relation.key
        var incoming = relation
        incoming.source = key.source
        incoming.target = key.target
        guard var existing = relations[key] else {
            relations[key] = MergedRelation(incoming)
            return
        }
        relations[key] = nil  // keep the value uniquely referenced while it changes
        existing.add(incoming)
        relations[key] = existing
    }

    /// The canonical graph: actors sorted by id, relations by key, aliases and evidence sorted.
    public func graph() -> RelationshipGraph {
        let nodes = actors.values.sorted { $0.id < $1.id }.map { actor -> Actor in
            var actor = actor
            actor.aliases = Array(Set(actor.aliases).subtracting([actor.label])).sorted()
            return actor
        }
        let edges = relations.keys.sorted().map { key -> Relation in
            relations[key]!.merged()
        }
        return RelationshipGraph(nodes: nodes, edges: edges, documents: documents.values.sorted())
    }
}

/// One relation and its supports while a ``GraphAccumulator`` gathers them.
private struct MergedRelation: Sendable {
    var relation: Relation
    /// The first support, kept inline: most relations have one.
    var firstSource: String
    var firstConfidence: Double
    /// Further supports by source of evidence, when there are any.
    var more: [String: Double] = [:]
    /// `relation.evidence` as a set, made at the first ``add(_:)``: kept, so that a relation
    /// many documents support does not hash all its evidence again for each one.
    var knownEvidence: Set<Evidence>?

    init(_ relation: Relation) {
        self.relation = relation
        firstSource = Self.source(of: relation)
        firstConfidence = relation.confidence
    }

    /// What a relation's confidence stands for: the documents its evidence comes from (one, for a
    /// document's own graph). Relations without evidence share the empty source.
    static func source(of relation: Relation) -> String {
        guard let first = relation.evidence.first?.document else { return "" }
        if relation.evidence.allSatisfy({ $0.document == first }) { return first }
        return Set(relation.evidence.map(\.document)).sorted().joined(separator: "\u{0}")
    }

    mutating func add(_ incoming: Relation) {
        let source = Self.source(of: incoming)
        if source == firstSource {
            firstConfidence = max(firstConfidence, incoming.confidence)
        } else {
            more[source] = max(more[source] ?? 0, incoming.confidence)
        }
        if !incoming.evidence.isEmpty {
            var known = knownEvidence ?? Set(relation.evidence)
            knownEvidence = nil  // keep the set uniquely referenced while it grows
            for evidence in incoming.evidence where known.insert(evidence).inserted { relation.evidence.append(evidence) }
            knownEvidence = known
        }
        relation.attributes = MergePolicy.mergedAttributes(relation.attributes, incoming.attributes)
    }

    func merged() -> Relation {
        var result = relation
        result.evidence.sort()
        let supports = [firstConfidence] + more.values
        result.confidence = MergePolicy.confidence(combining: supports)
        return result
    }
}
