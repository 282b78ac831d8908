import RelGraphCore

/// Which country box each person is drawn in when clustering is on.
enum PersonClustering {
    /// person id → country id: the country the person leads (highest confidence, then id), else
    /// the country named by the person's `country` attribute (ISO code or country id).
    static func countries(in graph: RelationshipGraph) -> [String: String] {
        let types = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.type) })
        var assignment: [String: (country: String, confidence: Double)] = [:]
        for edge in graph.edges where edge.type == .leaderOf
            && types[edge.source] == .person && types[edge.target] == .country {
            if let current = assignment[edge.source] {
                let better = edge.confidence > current.confidence
                    || (edge.confidence == current.confidence && edge.target < current.country)
                if !better { continue }
            }
            assignment[edge.source] = (edge.target, edge.confidence)
        }
        for actor in graph.nodes where actor.type == .person && assignment[actor.id] == nil {
            guard let stated = actor.attributes["country"] else { continue }
            let id = stated.hasPrefix("country:") ? stated : "country:" + stated.uppercased()
            if types[id] == .country { assignment[actor.id] = (id, 0) }
        }
        return assignment.mapValues(\.country)
    }
}
