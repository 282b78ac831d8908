/// Guesses a document's language from the stop words it uses, and from the letters only one of
/// the four languages writes where stop words say too little.
///
/// Each language scores ``stopWordWeight`` for each of its stop-word occurrences among the first
/// ``sampleTokens`` words, plus one for each of those words that holds a letter particular to it
/// (the `letter` rows of its cues: "ñ", "ó" in Spanish; "ß", "ü" in German; "è", "ç" in French). An
/// article has dozens of stop words, so its letters only settle near ties; a headline or a
/// one-line dispatch ("España expulsó a dos diplomáticos rusos.") shares its few stop words
/// with another language ("a" is French too), and its letters decide. The best score wins, ties
/// going to the first in `Language.allCases`.
public enum LanguageDetector {
    public static let sampleTokens = 2_000
    /// What one stop word weighs against one word with a particular letter.
    static let stopWordWeight = 4

    public static func detect(_ tokens: [Token], cues: LanguageCueSet, fallback: Language = .en) -> Language {
        var scores: [Language: Int] = [:]
        var seen = 0
        // Stop words and letters only: the rest of a language's cues is built for the language chosen.
        let stopWords = Language.allCases.map { cues.stopWords(of: $0) }
        let particularLetters = Language.allCases.map { cues.particularLetters(of: $0) }
        for token in tokens where token.kind == .word {
            seen += 1
            if seen > sampleTokens { break }
            for (position, language) in Language.allCases.enumerated() where stopWords[position].contains(token.folded) {
                scores[language, default: 0] += stopWordWeight
            }
            // Plain ASCII words (most of them) hold no particular letter.
            guard token.text.utf8.contains(where: { $0 >= 0x80 }) else { continue }
            for (position, language) in Language.allCases.enumerated()
            where token.text.unicodeScalars.contains(where: { particularLetters[position].contains(Self.lowercased($0)) }) {
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

    /// The lowercase of a letter that has a single lowercase scalar ("Ó" → "ó"), else itself.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
