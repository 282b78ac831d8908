import RelGraphCore
import RelGraphKnowledge

/// Places the lexicon does not know, recognised by the country that follows them.
extension MentionResolver {
    /// "in Arica, Chile", "à Goma (RDC)": an unknown capitalised name after a place
    /// preposition, followed by the country that contains it, is a location.
    func findUnknownPlaces(_ reading: inout SentenceReading) {
        let tokens = reading.document.tokens
        let cues = reading.document.cues
        let end = reading.sentence.tokens.upperBound
        for index in reading.sentence.tokens where cues.placePrepositions.contains(tokens[index].folded) {
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

    /// "l'aéroport de Bagdad", "el aeropuerto militar de Torrejón", "Flughafen Tegel", "Sanaa
    /// International Airport": an airport noun (`airport` cues) with its name is a location. The
    /// name is a run of capitalised words or a place mention, after the noun (and "de") in French,
    /// Spanish and German, before it in English. (Stating that the airport lies in the city inside
    /// its name lowered dev relation F1 by 0.002 with the committed models, so it is left out.)
    func findAirports(_ reading: inout SentenceReading) {
        let document = reading.document
        let cues = document.cues
        guard !cues.airports.isEmpty else { return }
        let tokens = document.tokens
        let sentence = reading.sentence.tokens
        for index in sentence where cues.airports.contains(document.foldedTokens[index]) && !reading.isCovered(index) {
            var span: Range<Int>?
            var inner: Mention?
            if cues.language == .en {
                var first = index
                if first - 1 > sentence.lowerBound, cues.airportModifiers.contains(tokens[first - 1].folded) { first -= 1 }
                if let place = reading.mentions.first(where: { $0.tokens.upperBound == first && ($0.type == .location || $0.kind == .capital) }) {
                    inner = place
                    first = place.tokens.lowerBound
                } else {
                    while first - 1 > sentence.lowerBound, index - first < 4, isAirportNameWord(first - 1, reading) { first -= 1 }
                }
                if first < index, isAirportNameWord(first, reading) || inner != nil { span = first..<(index + 1) }
            } else {
                var next = index + 1
                if next < sentence.upperBound, cues.airportModifiers.contains(tokens[next].folded) { next += 1 }
                if next < sentence.upperBound, cues.ofPrepositions.contains(tokens[next].folded) { next += 1 }
                if let place = reading.mentions.first(where: { $0.tokens.lowerBound == next && ($0.type == .location || $0.kind == .capital) }) {
                    span = index..<place.tokens.upperBound
                } else {
                    var last = next
                    while last < sentence.upperBound, last - next < 4, isAirportNameWord(last, reading) || (last > next && tokens[last].glue == "-") {
                        last += 1
                    }
                    if last > next { span = index..<last }
                }
            }
            guard let span else { continue }
            let surface = document.text(tokens: span)
            let airport = Mention(tokens: span, actorID: "location:" + NameFolding.slug(surface), type: .location,
                                  kind: .pattern, surface: surface, label: surface)
            reading.mentions.append(airport)
        }
    }

    /// A capitalised word no mention covers, part of an airport's name ("Barajas", "Mohammed V").
    private func isAirportNameWord(_ index: Int, _ reading: SentenceReading) -> Bool {
        let token = reading.document.tokens[index]
        let cues = reading.document.cues
        return token.kind == .word && token.isCapitalized && token.glue == nil && !reading.isCovered(index)
            && !cues.stopWords.contains(token.folded) && !cues.determiners.contains(token.folded)
    }
}
