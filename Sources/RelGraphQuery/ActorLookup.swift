import RelGraphCore

/// Resolves what a user typed to one actor: by id, label or any alias, ignoring case, accents,
/// hyphens and apostrophes (``NameFolding/fold(_:)``).
///
/// ```swift
/// let lookup = ActorLookup(graph)
/// let putin = try lookup.resolve("vladimir poutine")   // person:vladimir-putin's position
/// ```
public struct ActorLookup: Sendable {
    /// Folded name → actors answering to it (ascending positions).
    private let actorsByName: [String: [Int32]]
    private let ids: [String: Int32]
    /// The graph's actors (shared storage, not a copy), for candidate and suggestion labels.
    private let actors: [Actor]

    public init(_ graph: RelationshipGraph) {
        var ids = [String: Int32](minimumCapacity: graph.nodes.count)
        var byName: [String: [Int32]] = [:]
        for (position, actor) in graph.nodes.enumerated() {
            let position = Int32(position)
            ids[actor.id] = position
            var keys = Set(actor.names.map(Self.fold))
            keys.insert(Self.fold(actor.id))
            for key in keys where !key.isEmpty { byName[key, default: []].append(position) }
        }
        self.ids = ids
        self.actorsByName = byName
        self.actors = graph.nodes
    }

    private func label(_ position: Int32) -> String {
        let actor = actors[Int(position)]
        return "\(actor.label) (\(actor.id))"
    }

    /// ``NameFolding/fold(_:)``, with a fast path for ASCII names (most ids and many labels):
    /// Foundation's folding costs microseconds a name, which on a million actors is seconds.
    static func fold(_ text: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return NameFolding.fold(text) }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "-"),
                 UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ","), UInt8(ascii: "`"):
                pendingSpace = !folded.isEmpty
            default:
                if pendingSpace {
                    folded.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                folded.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The actor `name` designates. Throws ``RelGraphError/badInput(_:)`` listing the candidates
    /// when several actors answer to it, or the nearest names when none does.
    public func resolve(_ name: String) throws -> Int32 {
        if let exact = ids[name] { return exact }
        let key = Self.fold(name)
        guard !key.isEmpty else { throw RelGraphError.badInput("an actor name is empty") }
        if let matches = actorsByName[key] {
            if matches.count == 1 { return matches[0] }
            let listed = matches.prefix(8).map(label).joined(separator: ", ")
            throw RelGraphError.badInput("'\(name)' is ambiguous: \(listed)\(matches.count > 8 ? ", …" : ""); use an id")
        }
        let nearest = suggestions(for: key).compactMap { actorsByName[$0]?.first }
        let names = nearest.map(label).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let hint = names.isEmpty ? "" : "; did you mean " + names.joined(separator: ", ") + "?"
        throw RelGraphError.badInput("no actor named '\(name)' in the graph\(hint)")
    }

    /// Up to `limit` known folded names closest to `key` by edit distance, or containing it.
    public func suggestions(for key: String, limit: Int = 3) -> [String] {
        let budget = max(2, key.count / 3)
        var scored: [(distance: Int, name: String)] = []
        for name in actorsByName.keys {
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
