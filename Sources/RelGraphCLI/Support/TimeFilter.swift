import RelGraphCore
import RelGraphTime

/// `--since`/`--until`: the part of a graph stated within a time window.
enum TimeFilter {
    /// The graph with only the relations that have an evidence sentence dated in `window`, each
    /// keeping only those sentences. Actors all stay (the verbs count the ones left without
    /// relations); the document list stays whole.
    static func keep(_ graph: RelationshipGraph, in window: TimeWindow) -> RelationshipGraph {
        var kept = graph
        kept.edges = graph.edges.compactMap { relation in
            let evidence = relation.evidence.filter { window.contains($0.date) }
            guard !evidence.isEmpty else { return nil }
            var relation = relation
            relation.evidence = evidence
            return relation
        }
        return kept
    }
}
