import RelGraphCore
import RelGraphKnowledge

/// Agreements named by a head noun and its complement ("l'accord de coopération minière").
extension MentionResolver {
    /// "l'accord de coopération minière", "the trade protocol", "resolution 1234".
    func findAgreements(_ reading: inout SentenceReading) {
        let document = reading.document
        // `document.cues` read field by field: a local copy of the whole LanguageCues, taken
        // from the document's storage, retained some fifty references per sentence.
        guard !document.cues.agreementHeads.isEmpty else { return }
        let folded = document.foldedTokens
        let end = reading.sentence.tokens.upperBound
        var index = reading.sentence.tokens.lowerBound
        while index < end {
            guard !reading.isCovered(index),
                  let length = document.agreementHeadLength(at: index) ?? compoundHead(at: index, document)
                    ?? documentHead(at: index, reading) else {
                index += 1
                continue
            }
            // "no agreement", "pas d'accord", "sin acuerdo", "kein Abkommen": an agreement the
            // sentence says is not there names nothing.
            if isNegated(head: index, reading) {
                index += length
                continue
            }
            var first = index
            let tokens = document.tokens
            // A proper name before the head: "the Lima Principles", "the Quito Accords".
            if tokens[index].isCapitalized {
                while first - 1 >= reading.sentence.tokens.lowerBound, tokens[first - 1].isCapitalized, tokens[first - 1].kind == .word,
                      !document.cues.determiners.contains(tokens[first - 1].folded), index - first < 4 {
                    first -= 1
                }
            }
            // Modifiers before the head in English and German: "the trade protocol". French and
            // Spanish put them after ("l'accord nucléaire"); a word before is a number or a verb.
            let modifiersPrecede = document.cues.adjectivesPrecede
            while modifiersPrecede, first == index || !tokens[first].isCapitalized,
                  first - 1 >= reading.sentence.tokens.lowerBound, isContentWord(first - 1, document, allowingTriggers: true),
                  !reading.isCovered(first - 1), !isAgreementVerb(first - 1, document),
                  index - first < 2 {
                first -= 1
            }
            var last = index + length
            // A hyphenated head is one word: "l'accord-cadre", "el acuerdo-marco".
            while last < end, document.tokens[last].glue == "-", document.tokens[last].kind == .word { last += 1 }
            // Complements after the head: "de partenariat stratégique", "on North Korea", and its
            // topic: "sur le nucléaire", "über Mindestpreise".
            if last < end, document.cues.ofPrepositions.contains(folded[last]) || document.cues.agreementTopics.contains(folded[last]) {
                var probe = last + 1
                var words = 0
                while probe < end, document.cues.determiners.contains(folded[probe]) || document.tokens[probe].text == "'" { probe += 1 }
                while probe < end, words < 3 {
                    if let inner = reading.mentions.first(where: { $0.tokens.lowerBound == probe }) {
                        probe = inner.tokens.upperBound
                    } else if isContentWord(probe, document, allowingTriggers: true), !document.cues.placePrepositions.contains(folded[probe]),
                              !isAgreementVerb(probe, document) {
                        probe += 1
                    } else {
                        break
                    }
                    words += 1
                }
                if words > 0 { last = probe }
            } else if !modifiersPrecede {
                // Adjectives after the head in French and Spanish: "l'accord nucléaire"; in English
                // and German the word after the head is the verb ("the accord takes effect").
                // One adjective, unless a preposition follows it ("les accords signés à la hâte")
                // or an article does (a verb: "les accords établissent le cadre").
                // Nor a negation or an auxiliary: "un accord non contraignant", "l'accord était prévu".
                if last < end, isContentWord(last, document), !document.tokens[last].isCapitalized, !isAgreementVerb(last, document),
                   !document.cues.passiveAuxiliaries.contains(folded[last]), !isNegationWord(folded[last], in: document),
                   last + 1 >= end || !(document.cues.placePrepositions.contains(folded[last + 1]) || document.cues.agentPrepositions.contains(folded[last + 1])
                                        || document.cues.determiners.contains(folded[last + 1])) {
                    last += 1
                    // A hyphenated adjective is one word: "le traité franco-djiboutien".
                    while last < end, document.tokens[last].glue == "-" { last += 1 }
                }
            }
            // A capitalised head starts a proper name in French and Spanish, and the name runs on
            // over capitalised words and "de" before one: "el Convenio Integral de Cooperación",
            // "el Acuerdo de Libre Comercio de América del Norte".
            if !modifiersPrecede, tokens[index].isCapitalized {
                last = properNameEnd(after: last, reading)
            }
            let span = first..<last
            let surface = document.text(tokens: span)
            // A bare head ("l'accord") is an agreement only as the argument of a relation.
            let attributes = span.count < 2 ? [Mention.weakAttribute: "1"] : [:]
            reading.mentions.append(Mention(tokens: span, actorID: "agreement:" + NameFolding.slug(surface), type: .agreement,
                                            kind: .agreement, surface: surface, label: surface, attributes: attributes))
            reading.agreementSpans.append(span)
            index = last
        }
    }

    /// A language that writes a kind of agreement as one compound word ("Friedensabkommen",
    /// "Gasliefervertrag") lists the heads such a word may end with (`agreement-compound` cues):
    /// a word ending in one, with at least three letters before it, is a head too.
    func compoundHead(at index: Int, _ document: AnalyzedDocument) -> Int? {
        let cues = document.cues
        guard !cues.agreementCompoundTails.isEmpty, document.tokens[index].kind == .word else { return nil }
        let word = document.foldedTokens[index]
        return cues.agreementCompoundTails.contains { word.count >= $0.count + 3 && word.hasSuffix($0) } ? 1 : nil
    }

    /// A noun that names an agreement only as a signed or adopted text (`agreement-document` cues:
    /// "declaration", "déclaration", "Erklärung") is a head when a verb of signing or adopting
    /// stands a few words before it ("signed a joint declaration", "firmaron la declaración",
    /// "verabschiedeten eine Erklärung") or after it in a verb-final clause ("die Erklärung
    /// unterzeichnet"), or when it bears a proper name ("the Jeddah Declaration", "la Declaración
    /// de Santiago"). Elsewhere such a noun is a statement: "a déclaré", "the minister's declaration".
    func documentHead(at index: Int, _ reading: SentenceReading) -> Int? {
        let document = reading.document, cues = document.cues, tokens = document.tokens
        guard document.roles(ofToken: index).contains(.agreementDocument) else { return nil }
        let sentence = reading.sentence.tokens
        for probe in stride(from: index - 1, through: max(sentence.lowerBound, index - 4), by: -1) {
            if isAgreementAdoption(probe, document) { return 1 }
            if tokens[probe].kind == .punctuation { break }
        }
        if cues.verbFinal {
            for probe in (index + 1)..<min(sentence.upperBound, index + 4) {
                if isAgreementAdoption(probe, document) { return 1 }
                if tokens[probe].kind == .punctuation { break }
            }
        }
        guard !cues.capitalisesNouns, tokens[index].isCapitalized, index > sentence.lowerBound else { return nil }
        // "the Jeddah Declaration": a capitalised name right before a capitalised head, where a
        // capital makes a name.
        let before = index - 1
        if tokens[before].isCapitalized, tokens[before].kind == .word, document.roles(ofToken: before).isDisjoint(with: [.determiner, .stop]) {
            return 1
        }
        // "la Declaración de Santiago", "the Declaration of Principles":
        // a capitalised head whose proper name goes on after "of".
        let after = index + 1
        if after < sentence.upperBound, document.roles(ofToken: after).contains(.ofPreposition),
           properNameEnd(after: after, reading) > after {
            return 1
        }
        return nil
    }

    /// A trigger of signing or adopting (`party_to`) starting at `index`.
    func isAgreementAdoption(_ index: Int, _ document: AnalyzedDocument) -> Bool {
        document.triggerStarts[index].contains { $0.relation == .partyTo }
    }

    /// Where an agreement's proper name ends when it continues at `start`: over capitalised words
    /// no other mention covers, and over "de" (plus articles) when a capitalised word or another
    /// mention follows it ("de Libre Comercio", "de América del Norte").
    func properNameEnd(after start: Int, _ reading: SentenceReading) -> Int {
        let document = reading.document
        let tokens = document.tokens
        let cues = document.cues
        let end = reading.sentence.tokens.upperBound
        var last = start
        while last < end {
            if tokens[last].kind == .word, tokens[last].isCapitalized, !reading.isCovered(last),
               isContentWord(last, document, allowingTriggers: true) {
                last += 1
                continue
            }
            guard cues.ofPrepositions.contains(tokens[last].folded), last > start || tokens[last - 1].isCapitalized else { break }
            var probe = last + 1
            while probe < end, cues.determiners.contains(tokens[probe].folded) || tokens[probe].text == "'" { probe += 1 }
            if let inner = reading.mentions.first(where: { $0.tokens.lowerBound == probe }) {
                last = inner.tokens.upperBound
            } else if probe < end, tokens[probe].kind == .word, tokens[probe].isCapitalized, !reading.isCovered(probe),
                      isContentWord(probe, document, allowingTriggers: true) {
                last = probe + 1
            } else {
                break
            }
        }
        return last
    }

    /// A word stating what is done with an agreement ("sign", "unterzeichnen", "violated"): in a
    /// headline it stands right before the head ("Japan, Philippines sign defence pact") and is
    /// no part of the name.
    func isAgreementVerb(_ index: Int, _ document: AnalyzedDocument) -> Bool {
        document.triggerStarts[index].contains {
            $0.phrase.tokens.count == 1 && ($0.relation == .partyTo || $0.relation == .violate)
        }
    }

    /// Whether a one-word negation cue stands right before an agreement head, or before an "of"
    /// (with its elided apostrophe) right before the head ("no deal", "aucun accord", "pas
    /// d'accord", "sin acuerdo", "keinen Vertrag"). A determiner between makes the negation the
    /// verb's: "ne respecte pas les résolutions" names resolutions that exist.
    func isNegated(head index: Int, _ reading: SentenceReading) -> Bool {
        let document = reading.document, cues = document.cues
        var probe = index - 1
        while probe >= reading.sentence.tokens.lowerBound, index - probe <= 2,
              cues.ofPrepositions.contains(document.foldedTokens[probe]) || document.tokens[probe].text == "'" {
            probe -= 1
        }
        return probe >= reading.sentence.tokens.lowerBound && isNegationWord(document.foldedTokens[probe], in: document)
    }

    /// Whether a folded word is one of the language's one-word negation cues ("non", "no", "nicht").
    func isNegationWord(_ folded: String, in document: AnalyzedDocument) -> Bool {
        document.cues.negations.contains { $0.tokens.count == 1 && !$0.prefixLast && $0.tokens[0] == folded }
    }

    /// A word that can be part of an agreement's name. Trigger nouns count inside the name when
    /// asked ("traité de coopération", "cooperation agreement"): there they name, not state.
    func isContentWord(_ index: Int, _ document: AnalyzedDocument, allowingTriggers: Bool = false) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .word, token.glue == nil || token.glue == "-" else { return false }
        let cues = document.cues
        return !cues.stopWords.contains(token.folded) && !cues.determiners.contains(token.folded)
            && !cues.ofPrepositions.contains(token.folded) && !cues.coordinations.contains(token.folded)
            && (allowingTriggers || cues.triggers(in: [token.folded], at: 0).isEmpty)
    }
}
