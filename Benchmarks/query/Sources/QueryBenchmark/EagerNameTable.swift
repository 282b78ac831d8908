import RelGraphCore
import RelGraphQuery

/// The name look-up `ActorLookup` built before it went lazy, kept as the baseline of the load
/// measurement: every id, label and alias folded up front into a folded name → actors table.
struct EagerNameTable {
    private let ids: [String: Int32]
    private let actorsByName: [String: [Int32]]

    init(_ graph: RelationshipGraph) {
        var ids = [String: Int32](minimumCapacity: graph.nodes.count)
        var byName: [String: [Int32]] = [:]
        for (position, actor) in graph.nodes.enumerated() {
            let position = Int32(position)
            ids[actor.id] = position
            var keys = Set(actor.names.map(ActorLookup.fold))
            keys.insert(ActorLookup.fold(actor.id))
            for key in keys where !key.isEmpty { byName[key, default: []].append(position) }
        }
        self.ids = ids
        actorsByName = byName
    }

    /// The one actor `name` designates, if exactly one does.
    func resolve(_ name: String) -> Int32? {
        if let exact = ids[name] { return exact }
        guard let matches = actorsByName[ActorLookup.fold(name)], matches.count == 1 else { return nil }
        return matches[0]
    }
}
