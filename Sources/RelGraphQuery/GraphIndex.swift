import RelGraphCore
import RelGraphFormats

/// A compact, read-only index of a ``RelationshipGraph`` for path and neighbourhood queries.
///
/// Actors get dense `Int32` ids (their position in `graph.nodes`) and relations dense ids (their
/// position in `graph.edges`), so results map straight back to the graph for labels and evidence.
/// Relations are stored in CSR arrays in both directions with their type in every slot; no
/// dictionaries survive the build. Unfiltered searches read a third array of distinct neighbours
/// (``LinkRows``). At most 51 bytes per relation (typed rows 18, relation columns 17, link rows 16)
/// plus 13 per actor (three offsets and the type).
///
/// ```swift
/// let index = GraphIndex(graph)
/// let path = ShortestPath.find(in: index, from: 0, to: 7)
/// ```
public struct GraphIndex: Sendable {
    /// Number of actors; valid actor ids are `0 ..< actorCount`.
    public let actorCount: Int
    /// Number of relations; valid relation ids are `0 ..< relationCount`.
    public let relationCount: Int

    /// The arrays, held by one object: every query copies the index into its traversal, and one
    /// reference to count is cheaper than thirteen.
    private let arrays: Arrays

    /// ``ActorType`` ordinal per actor.
    var actorTypes: Column<UInt8> { arrays.actorTypes }
    /// Stated direction: rows of sources.
    var outgoing: Adjacency { arrays.outgoing }
    /// Reverse direction: rows of targets.
    var incoming: Adjacency { arrays.incoming }
    /// Distinct neighbours regardless of type and direction, for unfiltered searches.
    var links: LinkRows { arrays.links }
    var edgeSource: Column<Int32> { arrays.edgeSource }
    var edgeTarget: Column<Int32> { arrays.edgeTarget }
    var edgeType: Column<UInt8> { arrays.edgeType }
    var edgeConfidence: Column<Float> { arrays.edgeConfidence }
    /// The weighted-path cost of each relation, see ``RelationCost``.
    var edgeCost: Column<Float> { arrays.edgeCost }

    private final class Arrays: Sendable {
        let actorTypes: Column<UInt8>
        let outgoing: Adjacency
        let incoming: Adjacency
        let links: LinkRows
        let edgeSource: Column<Int32>
        let edgeTarget: Column<Int32>
        let edgeType: Column<UInt8>
        let edgeConfidence: Column<Float>
        let edgeCost: Column<Float>

        init(actorTypes: Column<UInt8>, outgoing: Adjacency, incoming: Adjacency, edgeSource: Column<Int32>,
             edgeTarget: Column<Int32>, edgeType: Column<UInt8>, edgeConfidence: Column<Float>, edgeCost: Column<Float>) {
            self.actorTypes = actorTypes
            self.outgoing = outgoing
            self.incoming = incoming
            links = LinkRows(actorCount: actorTypes.count, outgoing: outgoing, incoming: incoming, cost: edgeCost)
            self.edgeSource = edgeSource
            self.edgeTarget = edgeTarget
            self.edgeType = edgeType
            self.edgeConfidence = edgeConfidence
            self.edgeCost = edgeCost
        }
    }

    /// Indexes `graph`. Relations naming actors the graph does not hold (an unvalidated graph;
    /// see ``GraphJSON/validate(_:source:)``) are never walked, and keep their position: relation
    /// `r` of the index is always `graph.edges[r]`.
    public init(_ graph: RelationshipGraph) {
        self.init(InMemoryGraph(graph))
    }

    /// Indexes a graph read through ``QueryableGraph``: its relation ends are positions already,
    /// so no id table is built. Relations naming unknown actors keep their position but are
    /// never walked (skipping them would renumber the rest, and answers would cite the wrong
    /// relations).
    public init(_ graph: some QueryableGraph) {
        var relations: [IndexedRelation] = []
        relations.reserveCapacity(graph.relationCount)
        for position in 0 ..< graph.relationCount {
            let relation = graph.summary(ofRelation: position)
            relations.append(IndexedRelation(
                source: relation.source, target: relation.target, type: relation.type,
                confidence: relation.confidence, evidenceCount: relation.evidenceCount))
        }
        self.init(actorTypes: graph.actors.map(\.type), relations: relations)
    }

    /// Indexes relations between actors already numbered `0 ..< actorTypes.count`; a relation
    /// with an end outside that range keeps its id but is never walked.
    /// Used by generators and benchmarks that never materialise a ``RelationshipGraph``.
    public init(actorTypes: [ActorType], relations: [IndexedRelation]) {
        actorCount = actorTypes.count
        relationCount = relations.count
        // One pass over the relations (closures, not key paths: key-path maps are slow).
        var sources: [Int32] = [], targets: [Int32] = [], types: [UInt8] = []
        var confidences: [Float] = [], costs: [Float] = []
        sources.reserveCapacity(relations.count)
        targets.reserveCapacity(relations.count)
        types.reserveCapacity(relations.count)
        confidences.reserveCapacity(relations.count)
        costs.reserveCapacity(relations.count)
        for relation in relations {
            sources.append(relation.source)
            targets.append(relation.target)
            types.append(relation.type.ordinal)
            confidences.append(Float(relation.confidence))
            costs.append(Float(RelationCost.of(confidence: relation.confidence, evidenceCount: relation.evidenceCount)))
        }
        arrays = Arrays(
            actorTypes: Column(actorTypes.map { $0.ordinal }),
            outgoing: Adjacency(actorCount: actorCount, from: sources, to: targets, types: types),
            incoming: Adjacency(actorCount: actorCount, from: targets, to: sources, types: types),
            edgeSource: Column(sources), edgeTarget: Column(targets), edgeType: Column(types),
            edgeConfidence: Column(confidences), edgeCost: Column(costs))
    }

    /// The stated source, target and type of relation `edge` (unchecked: see ``relation(at:)``).
    package func relation(_ edge: Int32) -> (source: Int32, target: Int32, type: RelationType) {
        (edgeSource[Int(edge)], edgeTarget[Int(edge)], RelationType.byOrdinal[Int(edgeType[Int(edge)])])
    }

    /// The type of actor `actor` (unchecked: see ``actorType(at:)``).
    package func actorType(_ actor: Int32) -> ActorType { ActorType.byOrdinal[Int(actorTypes[Int(actor)])] }

    /// The weighted-path cost of relation `edge` (unchecked: see ``cost(at:)``).
    package func cost(of edge: Int32) -> Double { Double(edgeCost[Int(edge)]) }

    /// Bytes held by the index's arrays: what ``GraphIndex`` adds on top of the graph it indexes.
    public var byteCount: Int {
        outgoing.byteCount + incoming.byteCount + links.byteCount + actorTypes.byteCount + edgeSource.byteCount
            + edgeTarget.byteCount + edgeType.byteCount + edgeConfidence.byteCount + edgeCost.byteCount
    }
}

/// A relation between dense actor ids: the input of ``GraphIndex/init(actorTypes:relations:)``.
public struct IndexedRelation: Sendable, Hashable {
    public var source: Int32
    public var target: Int32
    public var type: RelationType
    public var confidence: Double
    public var evidenceCount: Int

    public init(source: Int32, target: Int32, type: RelationType, confidence: Double = 1, evidenceCount: Int = 1) {
        self.source = source
        self.target = target
        self.type = type
        self.confidence = confidence
        self.evidenceCount = evidenceCount
    }
}

extension ActorType {
    /// Position in `allCases`, the compact form the index stores. A switch, not a table: the
    /// synthesized hashing of a String-backed enum hashes the string, too slow for 5M relations.
    var ordinal: UInt8 {
        switch self {
        case .country: 0
        case .person: 1
        case .organization: 2
        case .agreement: 3
        case .location: 4
        }
    }

    /// `allCases` builds a new array on each use: look-ups go through this copy instead.
    static let byOrdinal = allCases
}

extension RelationType {
    /// Position in `allCases`, the compact form the index stores (see ``ActorType/ordinal``).
    var ordinal: UInt8 {
        switch self {
        case .leaderOf: 0
        case .memberOf: 1
        case .locatedIn: 2
        case .visit: 3
        case .meet: 4
        case .cooperate: 5
        case .supply: 6
        case .attack: 7
        case .sanction: 8
        case .accuse: 9
        case .partyTo: 10
        case .violate: 11
        case .family: 12
        }
    }

    static let byOrdinal = allCases
}
