import RelGraphCore

/// One dated statement of a timeline: a relation and one sentence that states it.
public struct TimelineEvent: Sendable, Hashable {
    /// ISO 8601 at its precision; nil for an undated sentence.
    public let date: String?
    public let relation: RelationKey
    /// The sentence, its document and its span.
    public let evidence: Evidence
    /// Whether the relation is an office no longer held, and its term ("1994–2011").
    public let isPastOffice: Bool
    public let officeTerm: String?
}

/// The dated relations of one actor, or between two, oldest first: `relgraph timeline A [B]`.
///
/// Between two actors, each side also counts the persons the graph says lead it or belong to it
/// (`leader_of`, `member_of`, or the office on their node): "Russia and North Korea" includes Vladimir Putin's visit to North
/// Korea and his meetings with Kim Jong Un. Events are sorted by date (a coarser date before the
/// finer dates it contains: "2023" before "2023-09"), then document and position; undated
/// sentences are counted, not listed.
///
/// ```swift
/// let story = Timeline.between("country:RU", "country:KP", in: graph)
/// for event in story.events { print(event.date!, event.relation.type, event.evidence.sentence) }
/// ```
public enum Timeline {
    /// The events and how many undated sentences were left out.
    public struct Result: Sendable {
        public let events: [TimelineEvent]
        public let undated: Int
    }

    /// Every dated statement of a relation `actor` takes part in.
    public static func of(_ actor: String, in graph: RelationshipGraph) -> Result {
        collect(graph) { $0.source == actor || $0.target == actor }
    }

    /// Every dated statement of a relation between the two sides (each actor with the persons
    /// leading it or belonging to it). The two actors' own office relations are left out.
    public static func between(_ first: String, _ second: String, in graph: RelationshipGraph) -> Result {
        let one = side(of: first, in: graph), other = side(of: second, in: graph)
        return collect(graph) { relation in
            (one.contains(relation.source) && other.contains(relation.target))
                || (other.contains(relation.source) && one.contains(relation.target))
        }
    }

    /// The actor and the persons the graph says lead it or belong to it: by a `leader_of` or
    /// `member_of` relation, or by their node's office (`attributes.of`, from the knowledge base).
    static func side(of actor: String, in graph: RelationshipGraph) -> Set<String> {
        var side: Set<String> = [actor]
        for node in graph.nodes where node.type == .person && node.attributes["of"] == actor { side.insert(node.id) }
        for relation in graph.edges where relation.target == actor && (relation.type == .leaderOf || relation.type == .memberOf) {
            side.insert(relation.source)
        }
        return side
    }

    private static func collect(_ graph: RelationshipGraph, where included: (Relation) -> Bool) -> Result {
        var events: [TimelineEvent] = []
        var undated = 0
        for relation in graph.edges where included(relation) {
            for evidence in relation.evidence {
                guard let date = evidence.date else {
                    undated += 1
                    continue
                }
                events.append(TimelineEvent(date: date, relation: relation.key, evidence: evidence,
                                            isPastOffice: relation.isPastOffice, officeTerm: relation.officeTerm))
            }
        }
        events.sort { ($0.date ?? "", $0.evidence, $0.relation) < ($1.date ?? "", $1.evidence, $1.relation) }
        return Result(events: events, undated: undated)
    }
}
