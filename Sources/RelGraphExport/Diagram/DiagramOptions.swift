import RelGraphCore

/// What a diagram shows beyond the graph itself.
public struct DiagramOptions: Sendable {
    /// Actors and relations to emphasise (a path, a focus actor); everything else is faded.
    public var highlight: DiagramHighlight
    /// Draws each person inside a box of the country they lead (`leader_of`) or belong to
    /// (`attributes.country`). Honoured by the `dot` and `fdp` engines.
    public var clusterPersonsInCountries: Bool
    /// A small key of the actor and relation types present. Turn it off when rendering
    /// thousands of diagrams in one process: Graphviz 2.42 leaks a few KB per HTML-like label.
    public var legend: Bool
    /// Draws actors that take part in no relation (off: they are counted in the legend).
    public var isolatedActors: Bool
    /// Relation captions on edges; `nil` decides by size (on up to 250 relations).
    public var edgeLabels: Bool?
    /// Labels longer than this many characters wrap at spaces.
    public var wrapWidth: Int
    /// Evidence sentences quoted in an edge's tooltip.
    public var evidencePerEdge: Int
    /// A caption drawn above the diagram.
    public var title: String?
    public var style: DiagramStyle
    /// Adds each relation's evidence date range to its caption ("2023-09 – 2024-06-18").
    public var dateLabels: Bool

    public init(highlight: DiagramHighlight = DiagramHighlight(), clusterPersonsInCountries: Bool = false,
                legend: Bool = true, isolatedActors: Bool = false, edgeLabels: Bool? = nil, wrapWidth: Int = 18, evidencePerEdge: Int = 3,
                title: String? = nil, style: DiagramStyle = .standard, dateLabels: Bool = false) {
        self.highlight = highlight
        self.clusterPersonsInCountries = clusterPersonsInCountries
        self.legend = legend
        self.isolatedActors = isolatedActors
        self.edgeLabels = edgeLabels
        self.wrapWidth = wrapWidth
        self.evidencePerEdge = evidencePerEdge
        self.title = title
        self.style = style
        self.dateLabels = dateLabels
    }
}

/// A set of actors and relations to draw emphasised, e.g. the hops of a path query's answer.
///
/// The Graphviz target does not query graphs itself: a caller (the CLI with RelGraphQuery)
/// computes the path or neighbourhood and hands over the ids.
public struct DiagramHighlight: Sendable, Hashable {
    public var actors: Set<String>
    public var relations: Set<RelationKey>
    /// Draws everything not highlighted in grey (a path inside its graph); when false the rest
    /// keeps its colours (the centre of a neighbourhood).
    public var fadesOthers: Bool

    public init(actors: Set<String> = [], relations: Set<RelationKey> = [], fadesOthers: Bool = true) {
        self.actors = actors
        self.relations = relations
        self.fadesOthers = fadesOthers
    }

    public var isEmpty: Bool { actors.isEmpty && relations.isEmpty }
}
