import RelGraphCore
import RelGraphKnowledge

extension NameTagger {
    /// Whether most words of `sentence` are written in capitals: at least three words of two
    /// letters or more, four in five of them all capitals (a wire headline, a shouted line). A
    /// lone dateline ("VIENNA:") or an acronym in running text is not.
    static func isSetInCapitals(_ sentence: Sentence, in document: AnalyzedDocument) -> Bool {
        var words = 0, capitals = 0
        for index in sentence.tokens where document.tokens[index].kind == .word && document.tokens[index].text.unicodeScalars.count >= 2 {
            words += 1
            if document.tokens[index].isAllCaps { capitals += 1 }
        }
        return words >= 3 && capitals * 5 >= words * 4
    }

    /// The types the tagger adds mentions for; persons and countries are left to the lexicon and
    /// the name patterns, which already find them reliably.
    static let addedTypes: Set<ActorType> = [.organization, .location, .agreement]

    /// Adds to each sentence the names the tagger finds where no mention, title or modifier stands.
    /// Every mention of one folded name is one actor (`organization:conseil-militaire-de-transition`).
    /// A form `lexicon` lists as ambiguous ("Corée", "Georgia") is none: it names one of the
    /// lexicon's candidates, which the context did not settle, not a new actor.
    func addNames(to readings: inout [SentenceMentions], document: AnalyzedDocument, lexicon: Lexicon) {
        let features = TokenFeatures(document: document, readings: readings)
        for index in readings.indices {
            let reading = readings[index]
            // Capitals carry no name cue in a line set in capitals ("RUSSIA EXPELS GERMAN
            // DIPLOMATS OVER SPY CASE"): there, only the lexicon names actors.
            if Self.isSetInCapitals(reading.sentence, in: document) { continue }
            var taken = [Bool](repeating: false, count: reading.sentence.tokens.count)
            let base = reading.sentence.tokens.lowerBound
            for covered in reading.mentions.map(\.tokens) + reading.titles.map(\.tokens) {
                for token in covered where reading.sentence.tokens.contains(token) { taken[token - base] = true }
            }
            let tags = tag(reading.sentence, features: features)
            var added: [Mention] = []
            var replaced: [Mention] = []
            var start: Int?
            func close(at end: Int) {
                defer { start = nil }
                guard let from = start, let type = Self.type(of: tags[from]), Self.addedTypes.contains(type) else { return }
                var span = (base + from)..<(base + end)
                // "the Windsor Framework's terms": an English possessive is no part of the name.
                if span.count > 1, document.tokens[span.upperBound - 1].glue == "'", document.tokens[span.upperBound - 1].folded == "s" {
                    span = span.lowerBound..<(span.upperBound - 1)
                }
                // "Russian Railways", "Japanese Red Cross": a capitalised nationality adjective
                // opening a name is part of it, not the state.
                let opening = Self.openingDemonym(of: span, in: reading, document: document)
                let free = opening.map { $0.tokens.upperBound - base } ?? from
                guard !taken[free..<end].contains(true), span.contains(where: { document.tokens[$0].isWord }) else { return }
                // A name neither starts nor ends on punctuation.
                guard document.tokens[span.lowerBound].isWord, document.tokens[span.upperBound - 1].kind != .punctuation else { return }
                // Nor on a lowercase function word: "Corée du" is a name cut short, not a place.
                let lastWord = document.tokens[span.upperBound - 1], cues = document.cues
                guard lastWord.isCapitalized || !(cues.ofPrepositions.contains(lastWord.folded) || cues.determiners.contains(lastWord.folded)
                                                  || cues.stopWords.contains(lastWord.folded)) else { return }
                // A common capitalised word qualifying the lowercase noun after it is an adjective
                // ("Western officials", "Atlantic coast"), not a place or body of its own.
                if span.count == 1, Self.isCommonModifier(at: span.lowerBound, in: document) { return }
                // The span's key as the gazetteer folds it.
                let key = NgramKeys(document, from: span.lowerBound, limit: span.upperBound, maxTokens: span.count, covered: nil)
                    .reversed().first { $0.end == span.upperBound }?.key
                guard !(key.map { lexicon.entries(forFolded: $0).contains(where: \.ambiguous) } ?? false) else { return }
                let surface = document.text(tokens: span)
                let slug = NameFolding.slug(surface)
                guard !slug.isEmpty else { return }
                var mention = Mention(tokens: span, actorID: "\(type.rawValue):\(slug)", type: type, kind: .pattern,
                                      surface: surface, label: surface)
                mention.attributes[Self.learnedAttribute] = "1"
                added.append(mention)
                if let opening { replaced.append(opening) }
            }
            for (position, label) in tags.enumerated() {
                if label == 0 || Self.isBegin(label) { if start != nil { close(at: position) } }
                if Self.isBegin(label) { start = position }
            }
            if start != nil { close(at: tags.count) }
            guard !added.isEmpty else { continue }
            readings[index].mentions.removeAll { replaced.contains($0) }
            readings[index].mentions += added
            readings[index].mentions.sort { ($0.tokens.lowerBound, $0.actorID) < ($1.tokens.lowerBound, $1.actorID) }
            // Modifier indices refer to positions: recompute them for the re-sorted list.
            let modifierMentions = reading.modifiers.map { reading.mentions[$0] }.filter { !replaced.contains($0) }
            readings[index].modifiers = Set(readings[index].mentions.indices.filter { position in
                modifierMentions.contains(readings[index].mentions[position])
            })
        }
    }

    /// The nationality adjective a tagged span opens with, when the rest of the span is a name of
    /// its own: the adjective is written with a capital (as every English one is, and a French,
    /// Spanish or German one only inside a name) and stands first in the span, not first in the
    /// sentence, and qualifies no title ("the Russian President").
    static func openingDemonym(of span: Range<Int>, in reading: SentenceMentions, document: AnalyzedDocument) -> Mention? {
        guard span.lowerBound > reading.sentence.tokens.lowerBound, document.tokens[span.lowerBound].isCapitalized,
              let position = reading.mentions.firstIndex(where: { $0.kind == .demonym && $0.tokens.lowerBound == span.lowerBound }),
              !reading.modifiers.contains(position) else { return nil }
        let demonym = reading.mentions[position]
        guard demonym.tokens.upperBound < span.upperBound,
              !reading.titles.contains(where: { $0.tokens.overlaps(demonym.tokens.upperBound..<span.upperBound) }) else { return nil }
        return demonym
    }

    /// Whether the word at `index` is common in its language (Zipf 5 or more: "Western",
    /// "Federal", "National"), three letters or more, and a lowercase word follows it, in a
    /// language that capitalises adjectives (the triggers table's `capitalisation` row: English).
    /// German capitalises every noun ("Polizei teilte mit"), and French and Spanish write such
    /// adjectives in lowercase, so there a capital says more.
    static func isCommonModifier(at index: Int, in document: AnalyzedDocument) -> Bool {
        guard document.cues.capitalisesAdjectives, document.tokens[index].text.count >= 3 else { return false }
        let next = index + 1
        guard next < document.tokens.count, document.tokens[next].isWord, !document.tokens[next].isCapitalized,
              document.tokens[next].glue == nil else { return false }
        return (WordFrequencies.bundled.band(of: document.tokens[index].folded, in: document.language) ?? 0) >= 5
    }

    /// Marks a mention the tagger found.
    static let learnedAttribute = "learned"
}
