import RelGraphCore

/// "Olaf Scholz (SPD)", "Markus Söder (CSU)": a party in parentheses right after a person is the
/// party the person belongs to — the way German and English news give affiliation.
extension MentionResolver {
    func readPartyAffiliations(_ reading: inout SentenceReading) {
        let tokens = reading.document.tokens
        for person in reading.mentions where person.type == .person {
            let open = person.tokens.upperBound
            guard open + 2 < reading.sentence.tokens.upperBound, tokens[open].text == "(",
                  let party = reading.mentions.first(where: {
                      $0.tokens.lowerBound == open + 1 && $0.type == .organization && $0.attributes["category"] == "party"
                  }),
                  party.tokens.upperBound < reading.sentence.tokens.upperBound, tokens[party.tokens.upperBound].text == ")"
            else { continue }
            reading.stated.append(FoundRelation(source: person.actorID, target: party.actorID, type: .memberOf, confidence: 0.85))
        }
    }
}
