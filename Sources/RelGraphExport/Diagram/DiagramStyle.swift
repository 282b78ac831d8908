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
        // Okabe and Ito's colour-blind-safe palette (8 colours: black, orange, sky blue, bluish
        // green, blue, vermillion, reddish purple, grey), combined with the line: no two types
        // share colour and line, and types of one line style all differ in colour, so each type
        // stays distinct under protanopia, deuteranopia and tritanopia and in greyscale print.
        relations: [
            .leaderOf: RelationLook(caption: "leads", color: OkabeIto.black, line: "bold", arrowhead: "normal"),
            .memberOf: RelationLook(caption: "member of", color: OkabeIto.blue, line: "dashed", arrowhead: "onormal"),
            .locatedIn: RelationLook(caption: "located in", color: OkabeIto.grey, line: "dotted", arrowhead: "onormal"),
            .visit: RelationLook(caption: "visits", color: OkabeIto.orange, line: "solid", arrowhead: "vee"),
            .meet: RelationLook(caption: "meets", color: OkabeIto.skyBlue, line: "solid", arrowhead: "none"),
            .cooperate: RelationLook(caption: "cooperates", color: OkabeIto.bluishGreen, line: "solid", arrowhead: "none"),
            .supply: RelationLook(caption: "supplies", color: OkabeIto.blue, line: "solid", arrowhead: "normal"),
            .attack: RelationLook(caption: "attacks", color: OkabeIto.vermillion, line: "bold", arrowhead: "normal"),
            .sanction: RelationLook(caption: "sanctions", color: OkabeIto.vermillion, line: "dashed", arrowhead: "tee"),
            .accuse: RelationLook(caption: "accuses", color: OkabeIto.reddishPurple, line: "dashed", arrowhead: "vee"),
            .partyTo: RelationLook(caption: "party to", color: OkabeIto.reddishPurple, line: "dotted", arrowhead: "odiamond"),
            .violate: RelationLook(caption: "violates", color: OkabeIto.black, line: "dashed", arrowhead: "box"),
            .family: RelationLook(caption: "family", color: OkabeIto.bluishGreen, line: "dotted", arrowhead: "none"),
        ],
        fontName: "DejaVu Sans",
        fadedColor: "#cbd5e1",
        highlightColor: "#111827"
    )
}

/// Okabe and Ito's eight colours, chosen to stay apart for every common colour-vision
/// deficiency ("Color Universal Design", 2002). Grey stands in for their yellow, which is too
/// light for a line on white.
enum OkabeIto {
    static let black = "#000000"
    static let orange = "#E69F00"
    static let skyBlue = "#56B4E9"
    static let bluishGreen = "#009E73"
    static let blue = "#0072B2"
    static let vermillion = "#D55E00"
    static let reddishPurple = "#CC79A7"
    static let grey = "#8C8C8C"
}
