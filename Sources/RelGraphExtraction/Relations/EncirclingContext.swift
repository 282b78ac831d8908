/// An actor named as what something stands around ("military drills surrounding Taiwan",
/// "des manœuvres autour de Taïwan", "maniobras alrededor de Taiwán", "Manöver rund um Taiwan")
/// is their target, not a partner: the annotation conventions read hostile context as no
/// cooperation. The cooperation triggers ("drills", "exercises") cannot tell joint drills from
/// drills held against a neighbour, and neither can the model, which learned from few of them.
enum EncirclingContext {
    /// How many small words ("de", "the", "um") may stand between the encircling word and the
    /// name it governs.
    static let maximumGap = 2

    /// The relations of a sentence without the `cooperate` ones whose source or target is named
    /// only right after an encircling word.
    static func withoutEncircledPartners(_ relations: [FoundRelation], in reading: SentenceMentions,
                                         document: AnalyzedDocument) -> [FoundRelation] {
        guard relations.contains(where: { $0.type == .cooperate }) else { return relations }
        let encircled = reading.actorsNamedOnly(reading.mentions) { isEncircled($0, sentence: reading.sentence.tokens, in: document) }
        return relations.filter { relation in
            relation.type != .cooperate || !(encircled.contains(relation.source) || encircled.contains(relation.target))
        }
    }

    /// Whether an encircling word stands right before `mention`, past at most ``maximumGap``
    /// articles, "of" prepositions or stop words.
    static func isEncircled(_ mention: Mention, sentence: Range<Int>, in document: AnalyzedDocument) -> Bool {
        let cues = document.cues
        var index = mention.tokens.lowerBound - 1
        var skipped = 0
        while index >= sentence.lowerBound {
            let word = document.foldedTokens[index]
            if cues.encirclingWords.contains(word) { return true }
            let roles = document.roles(ofToken: index)
            guard skipped < maximumGap, !roles.isDisjoint(with: [.determiner, .ofPreposition, .stop]) else { return false }
            skipped += 1
            index -= 1
        }
        return false
    }
}
