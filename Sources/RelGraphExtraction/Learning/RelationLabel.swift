import RelGraphCore

/// What a classifier can say about two actors of one sentence, taken in reading order: a
/// relation type and which of the two is its source.
///
/// Asymmetric types have two labels (`visit` forward: the first actor visits the second;
/// backward: the second visits the first); symmetric types one.
public struct RelationLabel: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Direction: String, Sendable, Hashable, Comparable {
        /// The first actor in the text is the source.
        case forward
        /// The second actor in the text is the source.
        case backward
        /// Either way (meet, cooperate, family).
        case symmetric

        public static func < (lhs: Direction, rhs: Direction) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var type: RelationType
    public var direction: Direction

    public init(type: RelationType, direction: Direction) {
        self.type = type
        self.direction = direction
    }

    /// Every label, in a fixed order: the order of a model file's classifiers.
    public static let all: [RelationLabel] = RelationType.allCases.flatMap { type -> [RelationLabel] in
        type.isSymmetric
            ? [RelationLabel(type: type, direction: .symmetric)]
            : [RelationLabel(type: type, direction: .forward), RelationLabel(type: type, direction: .backward)]
    }

    /// The label of a relation from `source` to `target` when `first` is the earlier actor.
    public static func of(type: RelationType, source: String, first: String) -> RelationLabel {
        if type.isSymmetric { return RelationLabel(type: type, direction: .symmetric) }
        return RelationLabel(type: type, direction: source == first ? .forward : .backward)
    }

    public var description: String { "\(type.rawValue)/\(direction.rawValue)" }

    public static func < (lhs: RelationLabel, rhs: RelationLabel) -> Bool {
        (lhs.type.rawValue, lhs.direction) < (rhs.type.rawValue, rhs.direction)
    }
}
