import RelGraphCore

/// What the knowledge base knows about one actor: its id, type, English label and facts.
public struct ActorRecord: Sendable, Hashable {
    /// `country:RU`, `person:vladimir-putin`, `organization:nato`, `location:kherson`, `agreement:npt`.
    public var id: String
    public var type: ActorType
    /// Canonical English name, used as the graph node's `label`.
    public var label: String
    /// Facts such as `iso` (countries), `category`/`parent` (organizations), `in` (locations),
    /// and for persons the current (latest) position: `role`, `of`, `start`, `end`.
    public var attributes: [String: String]
    /// Every position a person held, oldest first (empty for other actors).
    public var positions: [Position]

    public init(id: String, type: ActorType, label: String, attributes: [String: String] = [:], positions: [Position] = []) {
        self.id = id
        self.type = type
        self.label = label
        self.attributes = attributes
        self.positions = positions
    }

    /// Whether this ISO 3166-1 entry is no sovereign state (`country-status`: a territory or a
    /// disputed territory, such as New Caledonia or Western Sahara): news and the annotation
    /// schema treat it as a place.
    public var isTerritory: Bool {
        type == .country && ["territory", "disputed-territory"].contains(attributes["status"] ?? "")
    }
}

/// One office a person held: role, what it is held in, and its term.
public struct Position: Sendable, Hashable {
    /// A role name from the titles table, e.g. `president`, `foreign_minister`.
    public var role: String
    /// The actor id the role is held in: `country:KP` or `organization:un`.
    public var of: String
    /// Start date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var start: String
    /// End date in the same format, or `nil` while in office (as far as the data knows).
    public var end: String?

    public init(role: String, of: String, start: String, end: String? = nil) {
        self.role = role
        self.of = of
        self.start = start
        self.end = end
    }

    /// Whether the position is current as far as the data knows.
    public var isCurrent: Bool { end == nil }
}
