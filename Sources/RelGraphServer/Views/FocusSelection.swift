import RelGraphCore

/// An actor's neighbourhood cut down to what a person can read: the hairball control of the
/// focus view.
///
/// Breadth-first to depth 1 or 2 over the relations the filter allows. At each depth only the
/// `limit` strongest new neighbours are kept — strength is the evidence sentences of the relations
/// linking a neighbour to the actors already kept, then their confidence — and the rest are counted,
/// so the page can say "N more" and offer to raise the limit. The relations drawn are every
/// allowed relation among the kept actors.
struct FocusSelection: Sendable {
    /// The centre first, then depth-1 actors strongest first, then depth-2 actors.
    var actors: [Int32]
    var depths: [Int]
    /// Relation positions among `actors`, ascending.
    var relations: [Int32]
    /// Neighbours found at each depth before the cut (index 0 is depth 1).
    var found: [Int]
    /// Neighbours left out at each depth.
    var hidden: [Int]

    /// Largest `limit` a request may ask for: two levels of it keep a diagram under ~200 actors,
    /// which the layout draws in well under a second.
    static let maximumLimit = 100

    static func around(_ center: Int32, in corpus: ExplorerCorpus, depth: Int, limit: Int,
                       filter: RelationFilter) -> FocusSelection {
        let graph = corpus.graph
        var kept: [Int32] = [center], depths = [0]
        var keptSet: Set<Int32> = [center]
        var found: [Int] = [], hidden: [Int] = []
        var frontier: [Int32] = [center]
        var seen: Set<Int32> = [center]
        for level in 1 ... max(depth, 1) where depth >= 1 {
            var strength: [Int32: (evidence: Int, confidence: Double)] = [:]
            for actor in frontier {
                for position in corpus.touching[Int(actor)] {
                    let relation = graph.edges[Int(position)]
                    guard filter.allows(relation) else { continue }
                    let summary = corpus.queryable.summary(ofRelation: Int(position))
                    let other = summary.source == actor ? summary.target : summary.source
                    guard other != actor, !seen.contains(other),
                          filter.allows(graph.nodes[Int(other)].type) else { continue }
                    let previous = strength[other] ?? (0, 0)
                    strength[other] = (previous.evidence + relation.evidence.count, max(previous.confidence, relation.confidence))
                }
            }
            let ranked = strength.sorted { lhs, rhs in
                if lhs.value.evidence != rhs.value.evidence { return lhs.value.evidence > rhs.value.evidence }
                if lhs.value.confidence != rhs.value.confidence { return lhs.value.confidence > rhs.value.confidence }
                return graph.nodes[Int(lhs.key)].label < graph.nodes[Int(rhs.key)].label
            }.map(\.key)
            let chosen = Array(ranked.prefix(limit))
            found.append(ranked.count)
            hidden.append(ranked.count - chosen.count)
            seen.formUnion(ranked)  // a hidden neighbour stays hidden, not re-found one level out
            kept += chosen
            depths += Array(repeating: level, count: chosen.count)
            keptSet.formUnion(chosen)
            frontier = chosen
        }
        var relations: Set<Int32> = []
        for actor in kept {
            for position in corpus.touching[Int(actor)] where !relations.contains(position) {
                let summary = corpus.queryable.summary(ofRelation: Int(position))
                if keptSet.contains(summary.source) && keptSet.contains(summary.target)
                    && filter.allows(graph.edges[Int(position)]) {
                    relations.insert(position)
                }
            }
        }
        return FocusSelection(actors: kept, depths: depths, relations: relations.sorted(), found: found, hidden: hidden)
    }

    /// A sentence for the page when neighbours were left out, nil otherwise.
    var message: String? {
        let left = hidden.reduce(0, +)
        guard left > 0 else { return nil }
        let parts = zip(found, hidden).enumerated().compactMap { level, counts -> String? in
            counts.1 == 0 ? nil : "the \(counts.0 - counts.1) strongest of \(counts.0) at depth \(level + 1)"
        }
        return "Showing " + parts.joined(separator: " and ") + " (by evidence count); \(left) more not drawn."
    }
}
