import RelGraphCore
import RelGraphKnowledge

/// Back-references: surnames of persons introduced earlier, plural references ("les deux dirigeants").
extension MentionResolver {
    /// Surnames of persons the document introduced by pattern: "Okafor" after "Amara Okafor".
    func findKnownSurnames(_ reading: inout SentenceReading, state: DocumentState) {
        guard !state.surnames.isEmpty else { return }
        let tokens = reading.document.tokens
        for index in reading.sentence.tokens where tokens[index].isCapitalized && !reading.isCovered(index) {
            guard let person = state.surnames[tokens[index].folded],
                  index + 1 >= reading.sentence.tokens.upperBound || !tokens[index + 1].isCapitalized || tokens[index + 1].kind != .word
            else { continue }
            reading.mentions.append(Mention(tokens: index..<(index + 1), actorID: person.id, type: .person, kind: .surname,
                                            surface: tokens[index].text, label: person.label))
        }
    }

    /// "les deux dirigeants", "the two countries": the two actors of that type the article has
    /// mentioned most so far.
    func findPairReferences(_ reading: inout SentenceReading, state: DocumentState) {
        let cues = reading.document.cues
        guard !cues.pairReferences.isEmpty else { return }
        let folded = reading.document.foldedTokens
        for index in reading.sentence.tokens where !reading.isCovered(index) && reading.document.phraseStarts(atToken: index).contains(.pairReference) {
            for (phrase, type) in cues.pairReferences where phrase.matches(folded, at: index) {
                let span = index..<(index + phrase.tokens.count)
                guard span.upperBound <= reading.sentence.tokens.upperBound else { continue }
                let leaders = state.mostMentioned(type, count: 2)
                guard leaders.count == 2 else { continue }
                for id in leaders {
                    let label = lexicon.actors[id]?.label ?? state.patternLabel(id) ?? id
                    reading.mentions.append(Mention(tokens: span, actorID: id, type: type, kind: .role,
                                                    surface: reading.document.text(tokens: span), label: label))
                    reading.roleSurfaces.insert(reading.mentions.count - 1)
                }
                break
            }
        }
    }
}
