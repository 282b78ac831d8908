/// Guesses a document's language from the stop words it uses.
///
/// Each language scores the number of its stop-word occurrences among the first
/// ``sampleTokens`` words; the best score wins, ties going to the first in `Language.allCases`.
public enum LanguageDetector {
    public static let sampleTokens = 2_000

    public static func detect(_ tokens: [Token], cues: LanguageCueSet, fallback: Language = .en) -> Language {
        var scores: [Language: Int] = [:]
        var seen = 0
        // Stop words only: the rest of a language's cues is built for the language chosen.
        let stopWords = Language.allCases.map { cues.stopWords(of: $0) }
        for token in tokens where token.kind == .word {
            seen += 1
            if seen > sampleTokens { break }
            for (position, language) in Language.allCases.enumerated() where stopWords[position].contains(token.folded) {
                scores[language, default: 0] += 1
            }
        }
        var best = fallback
        var bestScore = 0
        for language in Language.allCases where scores[language, default: 0] > bestScore {
            best = language
            bestScore = scores[language]!
        }
        return best
    }
}
