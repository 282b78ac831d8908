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

    static func read(trigger: Range<Int>, clause: Range<Int>, folded: [String], phrase: CuePhrase, cues: LanguageCues) -> Reading {
        // A one-word negation cue among the trigger's own words ("refuse"); compared without
        // building a one-element array per cue.
        let triggerIsNegative = phrase.tokens.contains { token in
            cues.negations.contains { $0.tokens.count == 1 && $0.tokens[0] == token }
        }
        // `mayStart…` rules most words out with one set lookup before any cue is tried.
        if !triggerIsNegative {
            let from = max(clause.lowerBound, trigger.lowerBound - lookBehind)
            let to = min(clause.upperBound, trigger.upperBound + lookAhead)
            for index in from..<to where !trigger.contains(index) && cues.mayStartNegation(folded[index]) {
                if cues.match(cues.negations, in: folded, at: index) != nil { return .negated }
            }
        }
        let from = max(clause.lowerBound, trigger.lowerBound - speculationLookBehind)
        for index in from..<trigger.lowerBound
        where cues.mayStartSpeculation(folded[index]) && cues.match(cues.speculations, in: folded, at: index) != nil {
            return .possible
        }
        return .asserted
    }

    /// Whether a negation cue stands anywhere in `tokens` (a sentence).
    static func isNegated(_ tokens: Range<Int>, folded: [String], cues: LanguageCues) -> Bool {
        tokens.contains { cues.mayStartNegation(folded[$0]) && cues.match(cues.negations, in: folded, at: $0) != nil }
    }

    /// Whether a speculation cue stands anywhere in `tokens` (a sentence).
    static func isHedged(_ tokens: Range<Int>, folded: [String], cues: LanguageCues) -> Bool {
        tokens.contains { cues.mayStartSpeculation(folded[$0]) && cues.match(cues.speculations, in: folded, at: $0) != nil }
    }
}
