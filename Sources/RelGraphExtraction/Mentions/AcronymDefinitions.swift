import RelGraphKnowledge

/// News defines an acronym once, in parentheses right after the full name ("el Consejo Nacional
/// Electoral (CNE)", "the International Atomic Energy Agency (IAEA)", "le Conseil national pour
/// la sauvegarde de la patrie (CNSP)"), and then writes the acronym alone. Where the lexicon
/// knows neither, the name tagger finds both and each became a node of its own, splitting the
/// body's relations between two actors. The two are one actor: the one the lexicon knows, else
/// the full name, with the acronym as one of its names for the whole article.
enum AcronymDefinitions {
    /// Longest acronym read as one: a longer word in parentheses is a place or a gloss.
    static let maximumLetters = 10

    static func resolve(_ readings: inout [SentenceMentions], in document: AnalyzedDocument, lexicon: Lexicon) {
        var replacement: [String: (actorID: String, label: String)] = [:]
        for reading in readings {
            // Mentions are sorted by first token: an acronym defined after a name comes next.
            let mentions = reading.mentions
            for (name, acronym) in zip(mentions, mentions.dropFirst())
            where name.actorID != acronym.actorID && name.type == acronym.type && definesAcronym(name, acronym, in: document) {
                let nameIsKnown = lexicon.actors[name.actorID] != nil, acronymIsKnown = lexicon.actors[acronym.actorID] != nil
                // Two actors the lexicon tells apart stay apart.
                guard !(nameIsKnown && acronymIsKnown) else { continue }
                let (kept, replaced) = acronymIsKnown ? (acronym, name) : (name, acronym)
                replacement[replaced.actorID] = replacement[kept.actorID] ?? (kept.actorID, kept.label)
            }
        }
        guard !replacement.isEmpty else { return }
        readings.pointMentions { replacement[$0.actorID] }
    }

    /// Whether `acronym` is one capitalised word in parentheses right after `name`, a name of
    /// two words or more: "Name (ACRONYM)".
    static func definesAcronym(_ name: Mention, _ acronym: Mention, in document: AnalyzedDocument) -> Bool {
        guard name.tokens.count >= 2, acronym.tokens.count == 1,
              acronym.tokens.lowerBound == name.tokens.upperBound + 1,
              acronym.tokens.upperBound < document.tokens.count,
              document.tokens[name.tokens.upperBound].text == "(",
              document.tokens[acronym.tokens.upperBound].text == ")" else { return false }
        // Spanish and French also write acronyms as words ("Unasur", "Otan").
        let word = document.tokens[acronym.tokens.lowerBound].text
        let letters = word.unicodeScalars.count { $0.properties.isAlphabetic }
        return letters >= 2 && letters <= maximumLetters && word.unicodeScalars.first?.properties.isUppercase == true
    }
}
