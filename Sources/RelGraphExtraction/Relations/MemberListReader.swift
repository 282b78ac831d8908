import RelGraphCore

/// `member_of` stated by apposition: a body followed by the list of its members, set off by a
/// dash, a parenthesis or a colon ("the G7 — Italy, Japan, Canada and France", "l'AES (Mali,
/// Burkina Faso, Niger)", "der Brics-Gruppe: Brasilien, Russland, Indien …").
///
/// One state after a dash is no list ("NATO – Russia talks"): at least two states are needed.
struct MemberListReader: Sendable {
    /// Marks that open an apposition.
    static let openers: Set<String> = ["—", "–", "-", "(", ":"]
    /// How many tokens may join two listed states (", and the", "et la").
    static let joinLength = 3
    /// A state listed after its body is a member as often as a title rule is right.
    static let confidence = 0.8

    func relations(in reading: SentenceMentions, document: AnalyzedDocument) -> [FoundRelation] {
        let tokens = document.tokens, folded = document.foldedTokens, cues = document.cues
        let mentions = reading.mentions
        let end = reading.sentence.tokens.upperBound
        // Commas, coordinations and determiners join the states of a list.
        func isJoint(_ index: Int) -> Bool {
            tokens[index].text == "," || cues.coordinations.contains(folded[index]) || cues.determiners.contains(folded[index])
                || tokens[index].text == "'"
        }
        var found: [FoundRelation] = []
        for body in mentions where body.type == .organization {
            let opener = body.tokens.upperBound
            guard opener < end, Self.openers.contains(tokens[opener].text) else { continue }
            // The first state, after at most a determiner ("— la France, …").
            var listed: [Mention] = []
            var position = opener + 1
            while position < end, cues.determiners.contains(folded[position]) || tokens[position].text == "'" { position += 1 }
            guard let first = mentions.first(where: { $0.tokens.lowerBound == position && $0.type == .country && $0.kind != .role }) else {
                continue
            }
            listed.append(first)
            position = first.tokens.upperBound
            while let next = mentions.first(where: { $0.type == .country && $0.kind != .role && $0.tokens.lowerBound >= position
                    && $0.tokens.lowerBound - position <= Self.joinLength && (position..<$0.tokens.lowerBound).allSatisfy(isJoint) }) {
                listed.append(next)
                position = next.tokens.upperBound
            }
            let states = Set(listed.map(\.actorID))
            guard states.count >= 2 else { continue }
            for state in states.sorted() {
                found.append(FoundRelation(source: state, target: body.actorID, type: .memberOf, confidence: Self.confidence))
            }
        }
        return found
    }
}
