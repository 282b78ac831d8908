import RelGraphCore

/// `located_in` stated by the noun phrase: "Cusco (Pérou)", "Arica, Chile",
/// "the Peruvian capital Lima", "Valparaíso au Chili".
struct ContainmentReader: Sendable {
    /// Lowercase words allowed between a nationality adjective and a place ("capital", "city of").
    static let maximumGap = 2

    func relations(in reading: SentenceMentions, document: AnalyzedDocument) -> [FoundRelation] {
        let tokens = document.tokens
        let cues = document.cues
        let mentions = reading.mentions
        let end = reading.sentence.tokens.upperBound
        var found: [FoundRelation] = []
        // "les décisions de l'Assemblée générale": the body named inside an agreement adopted it.
        for agreement in mentions where agreement.type == .agreement {
            for body in mentions where body.type == .organization && body.tokens.lowerBound > agreement.tokens.lowerBound
                && body.tokens.upperBound <= agreement.tokens.upperBound {
                found.append(FoundRelation(source: body.actorID, target: agreement.actorID, type: .partyTo, confidence: 0.7))
            }
        }
        for place in mentions where place.type == .location {
            var index = place.tokens.upperBound
            guard index < end else { continue }
            var containerTypes: Set<ActorType> = [.country]
            if tokens[index].text == "(" {
                containerTypes.insert(.location)
                index += 1
            } else if tokens[index].text == "," || cues.containmentPrepositions.contains(tokens[index].folded) {
                index += 1
                while index < end, cues.determiners.contains(tokens[index].folded) || tokens[index].text == "'" { index += 1 }
            } else {
                index = -1
            }
            // A plural reference ("les deux pays") names no container.
            if index >= 0, let container = mentions.first(where: { $0.tokens.lowerBound == index && containerTypes.contains($0.type) && $0.kind != .role }),
               container.kind != .demonym || tokens[place.tokens.upperBound].text != "," {
                found.append(FoundRelation(source: place.actorID, target: container.actorID, type: .locatedIn, confidence: 0.8))
                continue
            }
            // "Iquique, dans le nord du Chili", "Tarija, in the south of Bolivia".
            if index >= 0, tokens[place.tokens.upperBound].text == ",", let country = mentions.first(where: { candidate in
                candidate.type == .country && candidate.kind != .demonym && candidate.kind != .role && candidate.tokens.lowerBound > index
                    && candidate.tokens.lowerBound - index <= 6
                    && (index..<candidate.tokens.lowerBound).allSatisfy { tokens[$0].kind == .word || tokens[$0].text == "'" }
                    && (index..<candidate.tokens.lowerBound).contains { cues.ofPrepositions.contains(tokens[$0].folded) }
            }) {
                found.append(FoundRelation(source: place.actorID, target: country.actorID, type: .locatedIn, confidence: 0.6))
                continue
            }
            // A nationality adjective close before the place: "the Bolivian capital La Paz".
            for demonym in mentions where demonym.kind == .demonym && demonym.type == .country
                && demonym.tokens.upperBound <= place.tokens.lowerBound
                && place.tokens.lowerBound - demonym.tokens.upperBound <= Self.maximumGap
                && (demonym.tokens.upperBound..<place.tokens.lowerBound).allSatisfy({ index in
                    tokens[index].kind == .word && !tokens[index].isCapitalized && !cues.placePrepositions.contains(tokens[index].folded)
                        && !cues.ofPrepositions.contains(tokens[index].folded) && !cues.determiners.contains(tokens[index].folded)
                }) {
                found.append(FoundRelation(source: place.actorID, target: demonym.actorID, type: .locatedIn, confidence: 0.7))
            }
        }
        return found
    }
}
