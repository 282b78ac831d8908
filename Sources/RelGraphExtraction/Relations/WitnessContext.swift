/// Who is named as watching a signing ("signed … in the presence of President X", "witnessed by",
/// "en présence du chef de l'Etat", "en presencia del rey", "im Beisein von Präsident X") is no
/// party to it: the annotation conventions give a signing's witnesses a meeting and a visit, the
/// agreement only to those who sign. Neither the `party_to` triggers nor the model tell a
/// signatory from a guest of the ceremony, since both stand in the signing sentence.
enum WitnessContext {
    /// The `party_to` relations of a sentence without those whose source is named only as a
    /// witness.
    static func withoutWitnessSignatories(_ relations: [FoundRelation], in reading: SentenceMentions,
                                          document: AnalyzedDocument) -> [FoundRelation] {
        guard relations.contains(where: { $0.type == .partyTo }) else { return relations }
        let witnessed = witnessedTokens(in: reading.sentence.tokens, document: document)
        guard !witnessed.isEmpty else { return relations }
        let onlyWitnesses = reading.actorsNamedOnly(reading.mentions) { witnessed.contains($0.tokens.lowerBound) }
        return relations.filter { $0.type != .partyTo || !onlyWitnesses.contains($0.source) }
    }

    /// The tokens a presence word governs: from the word after it ("of", "de", "von", "by") up to
    /// the first comma, semicolon, clause break or signing trigger. A presence word not followed
    /// by such a preposition governs nothing ("X witnessed the signing" names no witness after it).
    static func witnessedTokens(in sentence: Range<Int>, document: AnalyzedDocument) -> Set<Int> {
        let cues = document.cues
        var witnessed = Set<Int>()
        var index = sentence.lowerBound
        while index < sentence.upperBound - 1 {
            defer { index += 1 }
            guard cues.presenceWords.contains(document.foldedTokens[index]),
                  !document.roles(ofToken: index + 1).isDisjoint(with: [.ofPreposition, .agentPreposition]) else { continue }
            var scope = index + 1
            while scope < sentence.upperBound, !endsWitnessScope(scope, document: document) {
                witnessed.insert(scope)
                scope += 1
            }
        }
        return witnessed
    }

    private static func endsWitnessScope(_ index: Int, document: AnalyzedDocument) -> Bool {
        let token = document.tokens[index]
        if token.kind == .punctuation { return token.text == "," || token.text == ";" }
        if document.roles(ofToken: index).contains(.clauseBreak) { return true }
        return document.triggerStarts[index].contains { $0.relation == .partyTo }
    }
}
