/// Everything a language's cues (``LanguageCues``) say of one folded word, found with one
/// lookup: the word lists it is in, the cue phrases that may start with it, and the relation
/// triggers whose first token it is.
///
/// A document asks this of each of its distinct words (``DocumentCueWords``, the trigger starts
/// of ``AnalyzedDocument``): one hashed lookup per word instead of six (the roles table, four
/// first-word sets and the trigger index each hashed the word again).
struct WordCues: Sendable {
    /// ``LanguageCues/roles(of:)``.
    var roles: WordRoles = []
    /// The cue phrases that may start with the word (``LanguageCues/mayStartNegation(_:)`` and
    /// its kin).
    var phraseStarts: DocumentCueWords.PhraseStarts = []
    /// The triggers whose phrase's first token is the word (``LanguageCues/triggersByFirstToken``);
    /// prefix triggers, found by stem, are not among them.
    var triggers: [Int] = []

    /// The table ``LanguageCues/index()`` builds: an entry for every word some list, phrase
    /// start or trigger names. `anyWord` are the phrase starts whose first words are unknown
    /// (a one-word prefix cue, "pourr*", may start at any word): they are left out here and
    /// added to every answer.
    static func table(roles: [String: WordRoles], phraseFirstWords: [(words: Set<String>?, start: DocumentCueWords.PhraseStarts)],
                      triggersByFirstToken: [String: [Int]]) -> (table: [String: WordCues], anyWord: DocumentCueWords.PhraseStarts) {
        var table = roles.mapValues { WordCues(roles: $0) }
        var anyWord: DocumentCueWords.PhraseStarts = []
        for (words, start) in phraseFirstWords {
            guard let words else {
                anyWord.insert(start)
                continue
            }
            for word in words { table[word, default: WordCues()].phraseStarts.insert(start) }
        }
        for (token, ids) in triggersByFirstToken { table[token, default: WordCues()].triggers = ids }
        return (table, anyWord)
    }
}
