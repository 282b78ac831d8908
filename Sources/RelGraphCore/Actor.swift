/// One real-world actor: a node of the graph.
///
/// `label` is the canonical English name; `aliases` the surface forms seen in the texts.
public struct Actor: Codable, Hashable, Sendable {
    /// Stable id such as `country:RU` or `person:vladimir-putin`.
    public var id: String
    public var type: ActorType
    public var label: String
    /// Surface forms seen in texts (sorted, without the label itself).
    public var aliases: [String]
    /// Free attributes, e.g. `iso` for countries.
    public var attributes: [String: String]

    public init(id: String, type: ActorType, label: String, aliases: [String] = [], attributes: [String: String] = [:]) {
        self.id = id
        self.type = type
        self.label = label
        self.aliases = aliases
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey { case id, type, label, aliases, attributes }

    /// Decodes leniently: `aliases` and `attributes` may be omitted in hand-written graphs.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(ActorType.self, forKey: .type)
        label = try container.decode(String.self, forKey: .label)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }

    /// Every name this actor answers to: label first, then aliases.
    public var names: [String] { [label] + aliases }
}
