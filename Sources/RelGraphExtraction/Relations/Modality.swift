/// Negation and speculation around a trigger.
///
/// A negated trigger ("n'a pas signé", "did not attack", "hat nicht geliefert") gives no
/// relation; a speculative one ("pourrait fournir", "could supply", "könnte liefern") gives a
/// relation marked `modality = possible`.
enum Modality {
    enum Reading: Equatable { case asserted, negated, possible }

    /// Tokens before a trigger that may negate or hedge it, and after it (French "pas", German
    /// "nicht" follow the verb).
    static let lookBehind = 4
    static let lookAhead = 2
    static let speculationLookBehind = 6

    static func read(trigger: Range<Int>, clause: Range<Int>, phrase: CuePhrase, in document: AnalyzedDocument) -> Reading {
        let folded = document.foldedTokens, cues = document.cues
        // A one-word negation cue among the trigger's own words ("refuse"); compared without
        // building a one-element array per cue.
        let triggerIsNegative = phrase.tokens.contains { token in
            cues.negations.contains { $0.tokens.count == 1 && $0.tokens[0] == token }
        }
        // `phraseStarts` rules most words out before any cue is tried.
        if !triggerIsNegative {
            let from = max(clause.lowerBound, trigger.lowerBound - lookBehind)
            let to = min(clause.upperBound, trigger.upperBound + lookAhead)
            for index in from..<to where !trigger.contains(index) && document.phraseStarts(atToken: index).contains(.negation) {
                if cues.match(cues.negations, in: folded, at: index) != nil { return .negated }
            }
        }
        let from = max(clause.lowerBound, trigger.lowerBound - speculationLookBehind)
        for index in from..<trigger.lowerBound
        where document.phraseStarts(atToken: index).contains(.speculation) && cues.match(cues.speculations, in: folded, at: index) != nil {
            return .possible
        }
        return .asserted
    }

    /// How far from a relationship noun a `sanction` trigger still breaks it.
    static let breakingWindow = 6

    /// Whether a cooperation trigger names a relationship ("relations", "Beziehungen") that a
    /// `sanction` trigger near it in its clause breaks, suspends or freezes ("ihre diplomatischen
    /// Beziehungen zu Katar abgebrochen", "a rompu ses liens avec", "froze ties with"), or that a
    /// word of strain describes ("strained ties", "la dégradation des relations", "eine weitere
    /// Belastung für die Beziehungen"). The relationship noun states no cooperation there; a
    /// sanction trigger states the relation itself.
    static func isBrokenRelationship(trigger: Range<Int>, clause: Range<Int>, phrase: CuePhrase, in document: AnalyzedDocument) -> Bool {
        let cues = document.cues
        guard phrase.tokens.contains(where: { cues.relationshipNouns.contains($0) }) else { return false }
        let from = max(clause.lowerBound, trigger.lowerBound - breakingWindow)
        let to = min(clause.upperBound, trigger.upperBound + breakingWindow)
        for index in from..<to where !trigger.contains(index) {
            if document.triggerStarts[index].contains(where: { $0.relation == .sanction }) { return true }
        }
        // A word of strain anywhere in the clause: German puts it last ("die Beziehungen zwischen
        // Eriwan und Moskau gelten als zerrüttet").
        return clause.contains { !trigger.contains($0) && cues.strainWords.contains(document.foldedTokens[$0]) }
    }

    /// Whether a negation cue stands anywhere in `tokens` (a sentence).
    static func isNegated(_ tokens: Range<Int>, in document: AnalyzedDocument) -> Bool {
        let folded = document.foldedTokens, cues = document.cues
        return tokens.contains { document.phraseStarts(atToken: $0).contains(.negation) && cues.match(cues.negations, in: folded, at: $0) != nil }
    }

    /// Whether a speculation cue stands anywhere in `tokens` (a sentence).
    static func isHedged(_ tokens: Range<Int>, in document: AnalyzedDocument) -> Bool {
        let folded = document.foldedTokens, cues = document.cues
        return tokens.contains { document.phraseStarts(atToken: $0).contains(.speculation) && cues.match(cues.speculations, in: folded, at: $0) != nil }
    }
}
