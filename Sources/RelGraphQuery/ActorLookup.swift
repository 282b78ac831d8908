import RelGraphCore

/// Resolves what a user typed to one actor: by id, label or any alias, ignoring case, accents,
/// hyphens and apostrophes (``NameFolding/fold(_:)``).
///
/// Nothing is built up front: a command resolves one or two names, and folding every label and
/// alias of a large graph into a table cost more than the query (Benchmarks/query). A look-up
/// tries the id, then walks the names comparing their folded form to the folded query as it is
/// produced, so an ASCII name that differs is dropped at its first differing character without
/// allocating; only names with non-ASCII characters and a matching ASCII start are folded in full.
/// Suggestions for an unknown name fold everything: that is the error path.
///
/// ```swift
/// let lookup = ActorLookup(graph)
/// let putin = try lookup.resolve("vladimir poutine")   // person:vladimir-putin's position
/// ```
public struct ActorLookup: Sendable {
    /// The graph's actors (shared storage, not a copy).
    private let actors: [Actor]
    /// The position of the actor with exactly this id.
    private let positionOfID: @Sendable (String) -> Int32?

    /// A look-up over a decoded graph; ids are found by a linear scan, once per resolved name.
    public init(_ graph: RelationshipGraph) {
        let actors = graph.nodes
        self.actors = actors
        positionOfID = { id in actors.firstIndex { $0.id == id }.map(Int32.init) }
    }

    /// A look-up over any ``QueryableGraph``; costs nothing until a name is resolved.
    public init(_ graph: some QueryableGraph) {
        actors = graph.actors
        positionOfID = { id in graph.position(ofActorID: id) }
    }

    private func label(_ position: Int32) -> String {
        let actor = actors[Int(position)]
        return "\(actor.label) (\(actor.id))"
    }

    /// ``NameFolding/fold(_:)``, through ``NameFolder``'s fast path (ASCII directly):
    /// Foundation's folding costs microseconds a name, which on a million actors is seconds.
    public static func fold(_ text: String) -> String {
        var folder = NameFolder()
        return folder.fold(text)
    }

    /// The actor `name` designates. Throws ``RelGraphError/badInput(_:)`` listing the candidates
    /// when several actors answer to it, or the nearest names when none does.
    public func resolve(_ name: String) throws -> Int32 {
        if let exact = positionOfID(name) { return exact }
        let key = Self.fold(name)
        guard !key.isEmpty else { throw RelGraphError.badInput("an actor name is empty") }
        let matches = actors(answeringTo: key)
        if matches.count == 1 { return matches[0] }
        if !matches.isEmpty {
            let listed = matches.prefix(8).map(label).joined(separator: ", ")
            throw RelGraphError.badInput("'\(name)' is ambiguous: \(listed)\(matches.count > 8 ? ", …" : ""); use an id")
        }
        let names = foldedNames()
        let nearest = suggestions(for: key, among: names).compactMap { names[$0] }
        let labels = nearest.map(label).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let hint = labels.isEmpty ? "" : "; did you mean " + labels.joined(separator: ", ") + "?"
        throw RelGraphError.badInput("no actor named '\(name)' in the graph\(hint)")
    }

    /// Positions (ascending) of the actors with a name or id folding to `key`.
    private func actors(answeringTo key: String) -> [Int32] {
        let key = Array(key.utf8)
        var matches: [Int32] = []
        for (position, actor) in actors.enumerated() {
            if Self.folds(actor.label, to: key) || actor.aliases.contains(where: { Self.folds($0, to: key) })
                || Self.folds(actor.id, to: key) {
                matches.append(Int32(position))
            }
        }
        return matches
    }

    /// Whether `fold(name) == key`. ASCII characters fold on their own (case, separators), so the
    /// folded bytes are compared as they come and a mismatch ends the test; the first non-ASCII
    /// byte hands the name to the full fold.
    static func folds(_ name: String, to key: [UInt8]) -> Bool {
        var matched = 0, pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return Array(NameFolding.fold(name).utf8) == key }
            if NameFolding.isSeparator(Unicode.Scalar(byte)) {
                pendingSpace = matched > 0
                continue
            }
            if pendingSpace {
                guard matched < key.count, key[matched] == UInt8(ascii: " ") else { return false }
                matched += 1
                pendingSpace = false
            }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            guard matched < key.count, key[matched] == lower else { return false }
            matched += 1
        }
        return matched == key.count
    }

    /// Every folded name (labels, aliases, ids) → the first actor answering to it.
    private func foldedNames() -> [String: Int32] {
        var names: [String: Int32] = [:]
        var folder = NameFolder()
        for (position, actor) in actors.enumerated() {
            for name in actor.names + [actor.id] {
                let key = folder.fold(name)
                if !key.isEmpty && names[key] == nil { names[key] = Int32(position) }
            }
        }
        return names
    }

    /// Up to `limit` known folded names closest to `key` by edit distance, or containing it.
    public func suggestions(for key: String, limit: Int = 3) -> [String] {
        suggestions(for: key, among: foldedNames(), limit: limit)
    }

    private func suggestions(for key: String, among names: [String: Int32], limit: Int = 3) -> [String] {
        let budget = max(2, key.count / 3)
        var scored: [(distance: Int, name: String)] = []
        for name in names.keys {
            // Cheap length bound first: the edit distance is at least the length difference.
            let lengthGap = abs(name.count - key.count)
            if name.contains(key) || key.contains(name) {
                scored.append((lengthGap == 0 ? 0 : 1, name))
            } else if lengthGap <= budget {
                let distance = NameFolding.editDistance(name, key)
                if distance <= budget { scored.append((distance, name)) }
            }
        }
        scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
        return scored.prefix(limit).map(\.name)
    }
}
