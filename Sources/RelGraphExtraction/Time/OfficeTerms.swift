import RelGraphCore
import RelGraphKnowledge
import RelGraphTime

/// Puts an office in time: a `leader_of` or `member_of` edge from a person gets the term the
/// knowledge base gives for it (`attributes.start`, `attributes.end`), and is marked past
/// (`attributes.status = "past"`) when the office had ended by the sentence's date or the
/// sentence calls the person a former holder ("l'ancien président", "the late", "predecessor",
/// "then-president", "damals"). A past office without a known end ends at the sentence's date.
///
/// Reads: the relation, the sentence's tokens and mentions, the lexicon's positions. Adds: the
/// edge attributes above; readers print and draw such edges as past, never as current.
struct OfficeTerms {
    let lexicon: Lexicon

    /// Words that make the office named after them a past one, folded as tokens are, read up to
    /// ``cueWindow`` tokens before the person ("le père et prédécesseur de l'actuel président
    /// nord-coréen, Kim Jong Il").
    static let pastCues: Set<String> = [
        "ancien", "ancienne", "ex", "predecesseur", "defunt", "defunte",  // fr
        "former", "predecessor", "erstwhile", "onetime",  // en
        "antiguo", "antigua", "predecesor", "predecesora", "difunto", "difunta", "fallecido", "fallecida",  // es
        "ehemalige", "ehemaliger", "ehemaligen", "fruhere", "fruherer", "fruheren", "verstorbene", "verstorbener",
        "vorganger", "vorgangerin",  // de
    ]

    /// Cues that are common words elsewhere ("late June", "and then", "entonces"): read only right
    /// before a title ("the late President X", "then-president X", "der damalige Kanzler X").
    static let titleCues: Set<String> = ["late", "then", "damals", "damalige", "damaliger", "damaligen", "entonces"]

    static let cueWindow = 9

    static let timedTypes: Set<RelationType> = [.leaderOf, .memberOf]

    /// The office attributes for `relation` read in `reading`, dated `date`; empty when the
    /// relation is no office or nothing is known about its term.
    func attributes(for relation: FoundRelation, in reading: SentenceMentions, document: AnalyzedDocument,
                    date: PartialDate?) -> [String: String] {
        guard Self.timedTypes.contains(relation.type), relation.source.hasPrefix("person:") else { return [:] }
        let terms = (lexicon.actors[relation.source]?.positions ?? []).filter { $0.of == relation.target }
        let cued = hasPastCue(before: relation.source, in: reading, document: document)
        var covering: Position?, ended: Position?
        for term in terms {
            let start = PartialDate(iso: term.start), end = term.end.flatMap { PartialDate(iso: $0) }
            guard let date else {
                if end == nil { covering = term } else { ended = term }
                continue
            }
            let began = start.map { $0.firstDay <= date.lastDay } ?? true
            if let end, end.lastDay < date.firstDay {
                ended = term
            } else if began {
                covering = term
            }
        }
        var attributes: [String: String] = [:]
        if cued {
            let term = ended ?? covering
            attributes["status"] = "past"
            if let term { attributes["start"] = term.start }
            if let end = term?.end ?? date?.description { attributes["end"] = end }
        } else if let term = covering {
            attributes["start"] = term.start
            if let end = term.end {
                attributes["end"] = end
                attributes["status"] = "past"
            }
        } else if let term = ended {
            attributes["start"] = term.start
            attributes["end"] = term.end
            attributes["status"] = "past"
        }
        return attributes
    }

    /// Whether a past cue stands before the person's first named mention in the sentence.
    private func hasPastCue(before actorID: String, in reading: SentenceMentions, document: AnalyzedDocument) -> Bool {
        guard let mention = reading.mentions.first(where: { $0.actorID == actorID && $0.kind != .role }) else { return false }
        let at = mention.tokens.lowerBound, sentenceStart = reading.sentence.tokens.lowerBound
        let window = max(sentenceStart, at - Self.cueWindow) ..< at
        guard !window.isEmpty else { return false }
        let titleStarts = Set(reading.titles.map(\.tokens.lowerBound))
        return window.contains { index in
            let word = document.foldedTokens[index]
            return Self.pastCues.contains(word) || (Self.titleCues.contains(word) && titleStarts.contains(index + 1))
        }
    }
}
