/// How a language changes the names and titles the lexicon lists, so that the gazetteer can find
/// them as the text writes them: the lexicon lists each name once, in its dictionary form
/// ("Europäischer Rat", "Niederlande", "Russland"), and a language with cases writes it otherwise
/// ("des Europäischen Rates", "in den Niederlanden", "Russlands Angriff").
///
/// French, English and Spanish names keep their form: those languages have none
/// (``of(_:)`` is `nil`). Adding a language that inflects names means adding its value here.
struct NameMorphology: Sendable {
    /// Whether a title may end a compound word ("Übergangspräsident" ends in "präsident").
    let compoundsTitles: Bool
    /// Case endings an adjective inside a name may take, tried longest first.
    let adjectiveEndings: [String]
    /// The endings the lexicon lists adjectives with, one per gender ("Europäische Union",
    /// "Europäischer Rat", "Europäisches Parlament"): each is tried, as the noun's gender is unknown.
    let dictionaryAdjectiveEndings: [String]
    /// An adjective shorter than this keeps its ending: a short word is rarely an inflected one.
    let adjectiveMinLetters: Int
    /// Case endings of a name's last word, in the order they are tried.
    let lastWordEndings: [CaseEnding]

    /// An ending a name's last word may take: cut `cut` letters from a word of at least
    /// `minLetters` letters ending in `suffix`.
    struct CaseEnding: Sendable {
        let suffix: String
        let minLetters: Int
        let cut: Int
    }

    /// The morphology of `language`'s names; `nil` where names keep the lexicon's form.
    static func of(_ language: Language) -> NameMorphology? {
        language == .de ? .german : nil
    }

    /// German: adjectives take case endings inside names, a name takes a genitive -s or -es
    /// ("Russlands", "des Bundestages"), a plural name a dative -n ("in den Niederlanden"), and
    /// titles close compounds.
    static let german = NameMorphology(
        compoundsTitles: true,
        adjectiveEndings: ["en", "em", "er", "es", "e"],
        dictionaryAdjectiveEndings: ["e", "er", "es"],
        adjectiveMinLetters: 5,
        lastWordEndings: [
            CaseEnding(suffix: "s", minLetters: 4, cut: 1),  // genitive: "russlands" → "russland"
            CaseEnding(suffix: "es", minLetters: 6, cut: 2),  // genitive: "bundestages" → "bundestag"
            CaseEnding(suffix: "en", minLetters: 6, cut: 1),  // dative plural: "niederlanden" → "niederlande"
        ])

    /// "europaischen rat" → "europaische rat", "europaischer rat", "europaisches rat": the folded
    /// key with its adjectives (every word before the last, long enough, with a case ending) in
    /// each dictionary ending; one adjective of one name shares the ending of every other. A key
    /// without such a word has no other form.
    func dictionaryForms(of key: String) -> [String] {
        var words = key.split(separator: " ").map(String.init)
        var adjectives: [Int] = []
        for index in words.indices.dropLast() where words[index].count >= adjectiveMinLetters {
            for ending in adjectiveEndings where words[index].hasSuffix(ending) {
                words[index] = String(words[index].dropLast(ending.count))
                adjectives.append(index)
                break
            }
        }
        guard !adjectives.isEmpty else { return [] }
        return dictionaryAdjectiveEndings.map { ending in
            var inflected = words
            for index in adjectives { inflected[index] += ending }
            return inflected.joined(separator: " ")
        }.filter { $0 != key }
    }

    /// "russlands" → "russland", "bundestages" → "bundestage" and "bundestag", "vereinigten
    /// arabischen emiraten" → "vereinigten arabischen emirate": the folded key with a case ending
    /// of its last word cut, for each ending it has (the adjectives before it are tried in their
    /// dictionary form by the lookup).
    func caseStems(of key: String) -> [String] {
        let lastWordLength = Self.lastWord(of: key).count
        return lastWordEndings.compactMap { ending in
            key.hasSuffix(ending.suffix) && lastWordLength >= ending.minLetters ? String(key.dropLast(ending.cut)) : nil
        }
    }

    /// The last space-separated word of a folded key.
    private static func lastWord(of key: String) -> Substring {
        key.utf8.lastIndex(of: UInt8(ascii: " ")).map { key[key.index(after: $0)...] } ?? Substring(key)
    }
}
