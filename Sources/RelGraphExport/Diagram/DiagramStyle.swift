import RelGraphCore

/// How actors and relations look: one shape and colour family per actor type, one colour, line
/// style and arrow per relation type. ``standard`` is tuned for the PNG/SVG of a news graph.
public struct DiagramStyle: Sendable {
    /// Appearance of one actor type.
    public struct ActorLook: Sendable {
        public var shape: String
        /// Extra Graphviz styles besides `filled` (e.g. `rounded`).
        public var style: String
        public var fill: String
        public var border: String
    }

    /// Appearance of one relation type.
    public struct RelationLook: Sendable {
        /// How the relation reads on an edge label ("visits").
        public var caption: String
        public var color: String
        /// `solid`, `dashed`, `dotted` or `bold`.
        public var line: String
        public var arrowhead: String
    }

    public var actors: [ActorType: ActorLook]
    public var relations: [RelationType: RelationLook]
    public var fontName: String
    /// Text colour for everything not highlighted when a highlight is shown.
    public var fadedColor: String
    /// Border and text colour of highlighted actors.
    public var highlightColor: String

    /// The look of `type`; a style that leaves a type out falls back to ``standard``'s.
    public func look(_ type: ActorType) -> ActorLook { actors[type] ?? Self.standard.actors[type]! }
    /// The look of `type`; a style that leaves a type out falls back to ``standard``'s.
    public func look(_ type: RelationType) -> RelationLook { relations[type] ?? Self.standard.relations[type]! }

    /// The default look: muted fills, saturated relation colours, DejaVu Sans (always present
    /// with Debian's Graphviz, covers Latin, Cyrillic, Greek).
    public static let standard = DiagramStyle(
        actors: [
            .country: ActorLook(shape: "box", style: "rounded", fill: "#dbeafe", border: "#1d4ed8"),
            .person: ActorLook(shape: "ellipse", style: "", fill: "#ffedd5", border: "#c2410c"),
            .organization: ActorLook(shape: "hexagon", style: "", fill: "#dcfce7", border: "#15803d"),
            .agreement: ActorLook(shape: "note", style: "", fill: "#f3e8ff", border: "#7e22ce"),
            .location: ActorLook(shape: "house", style: "", fill: "#fef9c3", border: "#a16207"),
        ],
        relations: [
            .leaderOf: RelationLook(caption: "leads", color: "#1d4ed8", line: "bold", arrowhead: "normal"),
            .memberOf: RelationLook(caption: "member of", color: "#475569", line: "dashed", arrowhead: "onormal"),
            .locatedIn: RelationLook(caption: "located in", color: "#94a3b8", line: "dotted", arrowhead: "onormal"),
            .visit: RelationLook(caption: "visits", color: "#ea580c", line: "solid", arrowhead: "vee"),
            .meet: RelationLook(caption: "meets", color: "#0d9488", line: "solid", arrowhead: "none"),
            .cooperate: RelationLook(caption: "cooperates", color: "#16a34a", line: "solid", arrowhead: "none"),
            .supply: RelationLook(caption: "supplies", color: "#7c3aed", line: "solid", arrowhead: "normal"),
            .attack: RelationLook(caption: "attacks", color: "#dc2626", line: "bold", arrowhead: "normal"),
            .sanction: RelationLook(caption: "sanctions", color: "#b45309", line: "dashed", arrowhead: "tee"),
            .accuse: RelationLook(caption: "accuses", color: "#db2777", line: "dashed", arrowhead: "vee"),
            .partyTo: RelationLook(caption: "party to", color: "#9333ea", line: "dotted", arrowhead: "odiamond"),
            .violate: RelationLook(caption: "violates", color: "#991b1b", line: "dashed", arrowhead: "box"),
            .family: RelationLook(caption: "family", color: "#64748b", line: "dotted", arrowhead: "none"),
        ],
        fontName: "DejaVu Sans",
        fadedColor: "#cbd5e1",
        highlightColor: "#111827"
    )
}
