import RelGraphCore

extension Lexicon {
    /// A folded form that names several actors without being declared ambiguous.
    public struct Collision: Sendable, Hashable {
        public var form: String
        public var actors: [String]
    }

    /// Forms that name two or more actors but are not marked ambiguous: data errors to fix, either
    /// by removing a wrong form or by declaring the ambiguity in an `ambiguous` table.
    ///
    /// Surnames are left out (shared surnames are ambiguous by construction), and so is a capital
    /// naming both its state and the city itself, which is the design (README, "Design contract").
    public func unmarkedCollisions() -> [Collision] {
        var collisions: [Collision] = []
        forEachSurface { key, list in
            guard !list.contains(where: \.ambiguous) else { return }
            var actorsNamed = Set(list.filter { $0.kind != .surname }.map(\.actorID))
            for id in actorsNamed where actors[id]?.type == .location {
                if let container = actors[id]?.attributes["in"], actorsNamed.contains(container) {
                    actorsNamed.remove(id)
                }
            }
            if actorsNamed.count > 1 { collisions.append(Collision(form: key, actors: actorsNamed.sorted())) }
        }
        return collisions.sorted { $0.form < $1.form }
    }
}
