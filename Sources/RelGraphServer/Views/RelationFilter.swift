import RelGraphCore
import RelGraphQuery
import RelGraphTime

/// The page's filters: which relations a view may show, and through which actors.
///
/// Relation types, actor types and minimum confidence are the query engine's ``QueryFilter``;
/// minimum evidence count, source document and time window are the explorer's own, checked on the
/// relation: with a document and/or a window, some evidence sentence must be from that document
/// and dated inside the window (an undated sentence is outside every window).
struct RelationFilter: Sendable, Equatable {
    var relationTypes: Set<RelationType>?
    /// Types an actor other than the one the user chose must have.
    var actorTypes: Set<ActorType>?
    var minConfidence: Double = 0
    var minEvidence: Int = 0
    /// Only relations with evidence from this document.
    var document: String?
    /// Only relations with evidence dated in this window (`since`/`until`).
    var window: TimeWindow?

    /// The part the query engine applies itself (paths).
    var queryFilter: QueryFilter {
        QueryFilter(relationTypes: relationTypes, actorTypes: actorTypes, minConfidence: minConfidence)
    }

    /// Whether `relation` may be shown.
    func allows(_ relation: Relation) -> Bool {
        if let relationTypes, !relationTypes.contains(relation.type) { return false }
        if relation.confidence < minConfidence || relation.evidence.count < minEvidence { return false }
        if document != nil || window != nil {
            let supported = relation.evidence.contains { evidence in
                (document == nil || evidence.document == document) && (window?.contains(evidence.date) ?? true)
            }
            if !supported { return false }
        }
        return true
    }

    /// Whether an actor of this type may appear (the chosen actors always may).
    func allows(_ type: ActorType) -> Bool { actorTypes?.contains(type) ?? true }
}
