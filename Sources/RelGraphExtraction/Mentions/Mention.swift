import RelGraphCore
import RelGraphKnowledge

/// How a mention names its actor; decides how it is resolved and which relations it can carry.
public enum MentionKind: String, Sendable {
    case name, acronym, alias, surname, demonym, capital, metonym
    /// A person or organization found by a pattern (a title followed by a capitalised name).
    case pattern
    /// A definite description resolved in context: "le président russe", "son homologue".
    case role
    /// A named agreement found by its head noun: "accord de coopération minière".
    case agreement
}

/// A span of tokens that names one actor.
public struct Mention: Sendable, Equatable {
    /// Token indices in the document.
    public var tokens: Range<Int>
    public var actorID: String
    public var type: ActorType
    public var kind: MentionKind
    /// The text as written, kept as an alias of the actor.
    public var surface: String
    /// Canonical English label for actors the lexicon does not know.
    public var label: String
    public var attributes: [String: String] = [:]

    /// Attribute set on mentions that become graph nodes only when a relation uses them.
    public static let weakAttribute = "weak"
    public var isWeak: Bool { attributes[Self.weakAttribute] != nil }
}

/// A title or role word in a sentence ("président", "Secretary of State").
public struct TitleMention: Sendable {
    public var tokens: Range<Int>
    public var role: String
    public var relation: RelationType
    public var scope: ActorType?
    /// A form the lexicon also lists under a serving role (es "canciller": a chancellor, or in
    /// Latin America a foreign minister): that role, for the resolver to choose by context.
    public var servingRole: String? = nil
}

extension TitleMention {
    /// The title a form's lexicon rows make (`entries`, not empty): read as leading when any row
    /// leads, its serving role kept for the resolver, which knows who holds which office.
    init(tokens: Range<Int>, entries: [TitleEntry]) {
        let leading = entries.first { $0.relation == .leaderOf }
        let entry = leading ?? entries[0]
        self.init(tokens: tokens, role: entry.role, relation: entry.relation, scope: entry.scope,
                  servingRole: leading == nil ? nil : entries.first { $0.relation != .leaderOf }?.role)
    }
}
