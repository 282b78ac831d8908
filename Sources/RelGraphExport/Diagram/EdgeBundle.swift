import RelGraphCore

/// The relations drawn as one Graphviz edge: same two actors, same direction (or all symmetric).
///
/// A pair of actors linked by `visit`, `supply` and `meet` becomes two edges — one directed
/// bundle with two colours side by side, one undirected — instead of three overlapping curves.
struct EdgeBundle {
    let source: String
    let target: String
    let symmetric: Bool
    private(set) var relations: [Relation]

    /// Groups `edges` (already sorted) into bundles, in the order their first relation appears.
    static func bundles(of edges: [Relation]) -> [EdgeBundle] {
        var order: [BundleKey] = []
        var groups: [BundleKey: EdgeBundle] = [:]
        for relation in edges {
            let key = BundleKey(source: relation.source, target: relation.target, symmetric: relation.type.isSymmetric)
            if groups[key] == nil {
                order.append(key)
                groups[key] = EdgeBundle(source: key.source, target: key.target, symmetric: key.symmetric, relations: [])
            }
            groups[key]!.relations.append(relation)
        }
        return order.map { groups[$0]! }
    }

    private struct BundleKey: Hashable {
        let source: String
        let target: String
        let symmetric: Bool
    }
}
