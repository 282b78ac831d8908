import RelGraphKnowledge

/// Which two actors a family link of the knowledge base involves, answered with one set lookup.
///
/// The relation features ask it for every candidate pair, both ways; `Lexicon.familyLinks(of:)`
/// filters the whole list of links each time.
struct FamilyPairs: Sendable {
    private struct Pair: Hashable {
        let a: String
        let b: String
    }

    private let pairs: Set<Pair>

    init(_ links: [FamilyLink]) {
        var pairs = Set<Pair>()
        for link in links {
            // Every (a, b) with a and b each the link's person or relative: exactly the pairs for
            // which `familyLinks(of: a)` holds a link naming b.
            for a in [link.person, link.relative] {
                for b in [link.person, link.relative] { pairs.insert(Pair(a: a, b: b)) }
            }
        }
        self.pairs = pairs
    }

    /// Whether a family link involves both `a` and `b`.
    func linked(_ a: String, _ b: String) -> Bool {
        !pairs.isEmpty && pairs.contains(Pair(a: a, b: b))
    }
}
