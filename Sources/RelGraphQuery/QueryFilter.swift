import RelGraphCore

/// Which relations and actors a query may walk through, and in which direction.
///
/// - `relationTypes`: only these relation types (nil: all).
/// - `actorTypes`: only these actor types *between* the endpoints; the actors a user names
///   (FROM, TO, the centre of a neighbourhood) are always allowed.
/// - `minConfidence`: relations below it are ignored.
/// - `directed`: follow relations only as stated (source → target). Symmetric types (`meet`,
///   `cooperate`, `family`) hold both ways and are always followed both ways. By default every
///   relation is a link both ways, as people read a diagram.
public struct QueryFilter: Sendable, Hashable {
    public var relationTypes: Set<RelationType>?
    public var actorTypes: Set<ActorType>?
    public var minConfidence: Double
    public var directed: Bool

    public init(relationTypes: Set<RelationType>? = nil, actorTypes: Set<ActorType>? = nil,
                minConfidence: Double = 0, directed: Bool = false) {
        self.relationTypes = relationTypes
        self.actorTypes = actorTypes
        self.minConfidence = minConfidence
        self.directed = directed
    }

    /// Everything, both ways.
    public static let all = QueryFilter()
}

/// A ``QueryFilter`` compiled to bit masks for the inner loops.
struct CompiledFilter {
    let relationMask: UInt16
    let actorMask: UInt8
    let minConfidence: Float
    let checksConfidence: Bool
    let directed: Bool
    /// Relation types followed against their stated direction.
    let reverseMask: UInt16

    private static let symmetricMask = RelationType.allCases.filter(\.isSymmetric)
        .reduce(UInt16(0)) { $0 | (1 << UInt16($1.ordinal)) }

    init(_ filter: QueryFilter) {
        relationMask = filter.relationTypes.map { types in
            types.reduce(0) { $0 | (1 << UInt16($1.ordinal)) }
        } ?? UInt16.max
        actorMask = filter.actorTypes.map { types in
            types.reduce(0) { $0 | (1 << $1.ordinal) }
        } ?? UInt8.max
        minConfidence = Float(filter.minConfidence)
        checksConfidence = filter.minConfidence > 0
        directed = filter.directed
        reverseMask = filter.directed ? Self.symmetricMask : UInt16.max
    }
}
