import RelGraphCore

/// A title or role word ("président", "Bundeskanzler", "secretary of state") and what it implies:
/// "le président russe X" states `X leader_of country:RU`.
public struct TitleEntry: Sendable, Hashable {
    public var language: String
    /// Role name shared across languages, e.g. `president`, `foreign_minister`, `spokesperson`.
    public var role: String
    /// The relation between the titled person and what the title is of.
    public var relation: RelationType
    /// What the title is normally of: a country, an organization, or `nil` when either.
    public var scope: ActorType?
    /// The form as written in the data.
    public var form: String

    public init(language: String, role: String, relation: RelationType, scope: ActorType?, form: String) {
        self.language = language
        self.role = role
        self.relation = relation
        self.scope = scope
        self.form = form
    }
}

/// A family tie between two persons, from `family.tsv`.
public struct FamilyLink: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case parent, child, sibling, spouse
    }
    /// `person` is `kind` of `relative`: ("person:kim-jong-il", .parent, "person:kim-jong-un").
    public var person: String
    public var kind: Kind
    public var relative: String

    public init(person: String, kind: Kind, relative: String) {
        self.person = person
        self.kind = kind
        self.relative = relative
    }
}
