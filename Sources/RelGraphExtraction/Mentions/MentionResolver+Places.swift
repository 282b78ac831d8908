import RelGraphCore
import RelGraphKnowledge

/// Places the lexicon does not know, recognised by the country that follows them.
extension MentionResolver {
    /// "in Arica, Chile", "à Goma (RDC)": an unknown capitalised name after a place
    /// preposition, followed by the country that contains it, is a location.
    func findUnknownPlaces(_ reading: inout SentenceReading) {
        let tokens = reading.document.tokens
        let end = reading.sentence.tokens.upperBound
        for index in reading.sentence.tokens where reading.document.roles(ofToken: index).contains(.placePreposition) {
            var last = index + 1
            while last < end, last - index <= 3, tokens[last].kind == .word, tokens[last].isCapitalized || tokens[last].glue == "-",
                  !reading.isCovered(last) {
                last += 1
            }
            guard last > index + 1, last + 1 < end, tokens[last].text == "," || tokens[last].text == "(",
                  let country = reading.mentions.first(where: { $0.tokens.lowerBound == last + 1 && $0.type == .country && $0.kind != .demonym })
            else { continue }
            // "in May, Chile and Bolivia…": a country that starts a coordination is a subject.
            let after = country.tokens.upperBound
            if after < end, tokens[after].kind == .word { continue }
            let span = (index + 1)..<last
            let surface = reading.document.text(tokens: span)
            reading.mentions.append(Mention(tokens: span, actorID: "location:" + NameFolding.slug(surface), type: .location,
                                            kind: .pattern, surface: surface, label: surface))
        }
    }

    /// "Nordirak", "Ostukraine", "Südosttürkei": one word made of a compass prefix
    /// (`compass-prefix` cues) and a country's name is a place in that country.
    func findCompassPlaces(_ reading: inout SentenceReading) {
        let document = reading.document
        let prefixes = document.cues.compassPrefixes
        guard !prefixes.isEmpty else { return }
        for index in reading.sentence.tokens where document.tokens[index].kind == .word && document.tokens[index].isCapitalized {
            let word = document.foldedTokens[index]
            guard let prefix = prefixes.first(where: { word.count >= $0.count + 3 && word.hasPrefix($0) }), !reading.isCovered(index),
                  let country = lexicon.entries(forFolded: String(word.dropFirst(prefix.count)))
                    .first(where: { $0.kind == .name && $0.actorID.hasPrefix("country:") }) else { continue }
            let surface = document.tokens[index].text
            let place = Mention(tokens: index..<(index + 1), actorID: "location:" + NameFolding.slug(surface), type: .location,
                                kind: .pattern, surface: surface, label: surface)
            reading.mentions.append(place)
            reading.stated.append(FoundRelation(source: place.actorID, target: country.actorID, type: .locatedIn, confidence: 0.9))
        }
    }

    /// A city opening a line of the body and followed by a dateline mark is where the story was
    /// filed, not its state: "VIENNA: The agency…", "QUITO.- La cumbre…", "Phnom Penh - Der
    /// Premier…", "Berlin (dpa) -". A city in capitals may end on a comma ("PARIS, 21 décembre");
    /// a city written as a name needs a dash, a colon or a parenthesis, since "Moscou, qui…" at the
    /// start of a paragraph is the state speaking.
    func isDateline(_ span: Range<Int>, in document: AnalyzedDocument) -> Bool {
        let tokens = document.tokens
        guard span.lowerBound > 0, tokens[span.lowerBound].newlineBefore, span.upperBound < tokens.count else { return false }
        let mark = tokens[span.upperBound].text
        let inCapitals = tokens[span].allSatisfy { $0.kind != .word || ($0.isAllCaps && $0.text.unicodeScalars.count > 1) }
        switch mark {
        case ":", "-", "—", "–", "(": return true
        case ",": return inCapitals
        case ".":
            // "QUITO.-": the dash follows the full stop.
            return inCapitals && span.upperBound + 1 < tokens.count && ["-", "—", "–"].contains(tokens[span.upperBound + 1].text)
        default: return false
        }
    }
}
