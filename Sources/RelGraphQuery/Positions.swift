import RelGraphCore

/// An actor's position in a graph (and in every ``GraphIndex`` of it): actor `p` is
/// `graph.nodes[p]`. A distinct type from ``RelationPosition`` so the two cannot be swapped.
public struct ActorPosition: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }
    public init(_ position: Int) { rawValue = Int32(clamping: position) }

    public static func < (lhs: ActorPosition, rhs: ActorPosition) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "actor #\(rawValue)" }
}

/// A relation's position in a graph: relation `r` is `graph.edges[r]`, also in a ``GraphIndex``
/// built from it (relations the index cannot place keep their position; they are never walked).
public struct RelationPosition: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }
    public init(_ position: Int) { rawValue = Int32(clamping: position) }

    public static func < (lhs: RelationPosition, rhs: RelationPosition) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "relation #\(rawValue)" }
}

/// Why a query cannot run, in the query library's terms.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A position outside `0 ..< actorCount`.
    case actorOutOfRange(ActorPosition, actorCount: Int)
    /// A position outside `0 ..< relationCount`.
    case relationOutOfRange(RelationPosition, relationCount: Int)
    /// A count or bound that must not be negative (`k`, `depth`, `maxHops`, `limit`).
    case negativeBound(String, Int)

    public var description: String {
        switch self {
        case .actorOutOfRange(let position, let count):
            return "\(position) is outside the graph (\(count) actors)"
        case .relationOutOfRange(let position, let count):
            return "\(position) is outside the graph (\(count) relations)"
        case .negativeBound(let name, let value):
            return "\(name) must not be negative (got \(value))"
        }
    }
}

extension GraphIndex {
    /// `position` when it names an actor of this index; throws otherwise.
    public func checked(_ position: ActorPosition) throws(QueryError) -> Int32 {
        guard position.rawValue >= 0, Int(position.rawValue) < actorCount else {
            throw .actorOutOfRange(position, actorCount: actorCount)
        }
        return position.rawValue
    }

    /// `position` when it names a relation of this index; throws otherwise.
    public func checked(_ position: RelationPosition) throws(QueryError) -> Int32 {
        guard position.rawValue >= 0, Int(position.rawValue) < relationCount else {
            throw .relationOutOfRange(position, relationCount: relationCount)
        }
        return position.rawValue
    }

    /// The type of the actor at `position`.
    public func actorType(at position: ActorPosition) throws(QueryError) -> ActorType {
        actorType(try checked(position))
    }

    /// The weighted-path cost (``RelationCost``) of the relation at `position`.
    public func cost(at position: RelationPosition) throws(QueryError) -> Double {
        cost(of: try checked(position))
    }

    /// The stated source, target and type of the relation at `position`.
    public func relation(at position: RelationPosition) throws(QueryError) -> (source: ActorPosition, target: ActorPosition, type: RelationType) {
        let ends = relation(try checked(position))
        return (ActorPosition(rawValue: ends.source), ActorPosition(rawValue: ends.target), ends.type)
    }
}

extension GraphPath {
    /// The actors from start to end, as positions.
    public var actorPositions: [ActorPosition] { actors.map(ActorPosition.init(rawValue:)) }
    /// The relation taken at each hop, as positions.
    public var relationPositions: [RelationPosition] { relations.map(RelationPosition.init(rawValue:)) }
}

extension ActorLookup {
    /// The position of the actor `name` designates (id, label or alias), for the query entry
    /// points. Throws as ``resolve(_:)`` does.
    public func position(named name: String) throws -> ActorPosition {
        ActorPosition(rawValue: try resolve(name))
    }
}

private func nonNegative(_ name: String, _ value: Int?) throws(QueryError) {
    if let value, value < 0 { throw .negativeBound(name, value) }
}

// The checked entry points of the query library: positions are validated against the index
// before any search touches its buffers. (The unchecked `Int32` forms are `package`: the CLI
// passes only positions an ``ActorLookup`` returned.)

extension ShortestPath {
    /// A fewest-hops path from `from` to `to`, or nil when none exists within `maxHops`.
    /// Throws ``QueryError`` for a position outside the index or a negative bound.
    public static func find(in index: GraphIndex, from: ActorPosition, to: ActorPosition, filter: QueryFilter = .all,
                            maxHops: Int? = nil, scratch: SearchScratch? = nil) throws(QueryError) -> GraphPath? {
        try nonNegative("maxHops", maxHops)
        return find(in: index, from: try index.checked(from), to: try index.checked(to), filter: filter, maxHops: maxHops, scratch: scratch)
    }
}

extension WeightedPath {
    /// The cheapest path by ``RelationCost``, or nil. Throws ``QueryError`` as ``ShortestPath`` does.
    public static func find(in index: GraphIndex, from: ActorPosition, to: ActorPosition, filter: QueryFilter = .all,
                            maxHops: Int? = nil, scratch: SearchScratch? = nil) throws(QueryError) -> GraphPath? {
        try nonNegative("maxHops", maxHops)
        return find(in: index, from: try index.checked(from), to: try index.checked(to), filter: filter, maxHops: maxHops, scratch: scratch)
    }
}

extension KShortestPaths {
    /// Up to `k` shortest simple paths (Yen). Throws ``QueryError`` as ``ShortestPath`` does.
    public static func find(in index: GraphIndex, from: ActorPosition, to: ActorPosition, k: Int, filter: QueryFilter = .all,
                            weighted: Bool = false, maxHops: Int? = nil,
                            scratch: SearchScratch? = nil) throws(QueryError) -> [GraphPath] {
        try nonNegative("k", k)
        try nonNegative("maxHops", maxHops)
        return find(in: index, from: try index.checked(from), to: try index.checked(to), k: k, filter: filter,
                    weighted: weighted, maxHops: maxHops, scratch: scratch)
    }
}

extension SimplePaths {
    /// Every simple path up to `maxHops`, at most `limit`. Throws ``QueryError`` as ``ShortestPath`` does.
    public static func find(in index: GraphIndex, from: ActorPosition, to: ActorPosition, maxHops: Int, limit: Int,
                            filter: QueryFilter = .all, workBudget: Int = 20_000_000) throws(QueryError) -> Result {
        try nonNegative("maxHops", maxHops)
        try nonNegative("limit", limit)
        return find(in: index, from: try index.checked(from), to: try index.checked(to), maxHops: maxHops, limit: limit,
                    filter: filter, workBudget: workBudget)
    }
}

extension Neighborhood {
    /// The actors within `depth` hops of `center`. Throws ``QueryError`` for a position outside
    /// the index or a negative depth.
    public static func around(_ center: ActorPosition, in index: GraphIndex, depth: Int, filter: QueryFilter = .all,
                              includeRelations: Bool = true, scratch: SearchScratch? = nil) throws(QueryError) -> Neighborhood {
        try nonNegative("depth", depth)
        return around(try index.checked(center), in: index, depth: depth, filter: filter,
                      includeRelations: includeRelations, scratch: scratch)
    }
}
