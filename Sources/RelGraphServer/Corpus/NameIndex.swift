import RelGraphCore
import RelGraphKnowledge

/// Autocomplete over every name an actor answers to: its label, the aliases seen in the text,
/// its id, and — when a lexicon is given — every form the knowledge base knows for it ("Poutine",
/// "Kremlin", "Corée du Nord"), so users find actors by names the articles did not use.
///
/// Names are folded (``NameFolding/fold(_:)``: case, accents, hyphens and apostrophes ignored) and
/// each word start is a key of its own, so "putin" finds "Vladimir Putin". Keys are sorted once;
/// a query is a binary search for its folded prefix.
struct NameIndex: Sendable {
    private struct Key: Sendable {
        var folded: String
        var actor: Int32
        /// The name as written, shown when it is not the label ("Poutine" for Vladimir Putin).
        var form: String
        /// The key starts the whole name (not a later word of it).
        var wholeName: Bool
    }

    /// One autocomplete answer.
    struct Match: Sendable {
        var actor: Int32
        /// The name that matched, when it differs from the label.
        var form: String?
    }

    private let keys: [Key]
    private let degrees: [Int]
    private let labels: [String]

    init(actors: [Actor], degrees: [Int], lexicon: Lexicon?) {
        var keys: [Key] = []
        var positions: [String: Int32] = [:]
        for (position, actor) in actors.enumerated() {
            positions[actor.id] = Int32(position)
            for name in actor.names + [actor.id] { Self.add(name, actor: Int32(position), to: &keys) }
        }
        if let lexicon {
            for folded in lexicon.surfaceKeys {
                for entry in lexicon.entries(forFolded: folded) {
                    if let position = positions[entry.actorID] { Self.add(entry.form, actor: position, to: &keys) }
                }
            }
        }
        keys.sort { ($0.folded, $0.actor) < ($1.folded, $1.actor) }
        self.keys = keys
        self.degrees = degrees
        labels = actors.map(\.label)
    }

    private static func add(_ name: String, actor: Int32, to keys: inout [Key]) {
        let folded = NameFolding.fold(name)
        guard !folded.isEmpty else { return }
        keys.append(Key(folded: folded, actor: actor, form: name, wholeName: true))
        // Every later word start is a key too: after a space, or any other character that is not
        // a letter or digit ("(Kim)", "<b>Putin", "al-Assad" once folded).
        var previousIsWordCharacter = true
        for index in folded.indices {
            let isWordCharacter = folded[index].isLetter || folded[index].isNumber
            if isWordCharacter && !previousIsWordCharacter && index != folded.startIndex {
                keys.append(Key(folded: String(folded[index...]), actor: actor, form: name, wholeName: false))
            }
            previousIsWordCharacter = isWordCharacter
        }
    }

    /// Up to `limit` actors with a name starting with `text` (folded): exact names first, then
    /// whole-name prefixes, then names with a later word that matches; within each, the most
    /// connected actors first.
    func complete(_ text: String, limit: Int) -> [Match] {
        let prefix = NameFolding.fold(text)
        guard !prefix.isEmpty else { return [] }
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle].folded < prefix { low = middle + 1 } else { high = middle }
        }
        // Best key per actor: 0 the whole name, 1 a whole-name prefix, 2 a later word exactly, 3 a word prefix.
        var best: [Int32: (rank: Int, form: String)] = [:]
        var position = low
        // A bounded scan: a one-letter prefix on a large corpus matches tens of thousands of keys.
        while position < keys.count, keys[position].folded.hasPrefix(prefix), position - low < 20_000 {
            let key = keys[position]
            let rank = (key.wholeName ? 0 : 2) + (key.folded == prefix ? 0 : 1)
            if let known = best[key.actor], known.rank <= rank {
                if known.rank == rank, key.form == labels[Int(key.actor)] { best[key.actor] = (rank, key.form) }
            } else {
                best[key.actor] = (rank, key.form)
            }
            position += 1
        }
        let ordered = best.sorted { lhs, rhs in
            (lhs.value.rank, -degrees[Int(lhs.key)], labels[Int(lhs.key)], lhs.key)
                < (rhs.value.rank, -degrees[Int(rhs.key)], labels[Int(rhs.key)], rhs.key)
        }
        return ordered.prefix(limit).map { actor, found in
            Match(actor: actor, form: found.form == labels[Int(actor)] ? nil : found.form)
        }
    }
}
