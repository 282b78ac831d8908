/// Which of a language's word lists (``LanguageCues``) a folded word is in, found with one
/// lookup instead of one per list: the name tagger asks for every distinct word of an article,
/// and pair features for every word between two actors.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt16

    static let stop = WordRoles(rawValue: 1 << 0)
    static let organizationHead = WordRoles(rawValue: 1 << 1)
    static let placeNoun = WordRoles(rawValue: 1 << 2)
    static let placePreposition = WordRoles(rawValue: 1 << 3)
    static let ofPreposition = WordRoles(rawValue: 1 << 4)
    static let clauseBreak = WordRoles(rawValue: 1 << 5)
    static let coordination = WordRoles(rawValue: 1 << 6)
    static let passiveAuxiliary = WordRoles(rawValue: 1 << 7)
    static let agentPreposition = WordRoles(rawValue: 1 << 8)
    static let determiner = WordRoles(rawValue: 1 << 9)
    static let personPronoun = WordRoles(rawValue: 1 << 10)
    /// The first word of an agreement head ("accord" of "accord de Paris"), which the name
    /// tagger reads of every distinct word.
    static let agreementHeadStart = WordRoles(rawValue: 1 << 11)
    /// A noun that names an agreement only as a signed, adopted or named text ("declaration"),
    /// which the agreement finder asks of every word.
    static let agreementDocument = WordRoles(rawValue: 1 << 12)

    /// Each list's role for the words of `cues`.
    static func table(of cues: LanguageCues) -> [String: WordRoles] {
        var table: [String: WordRoles] = [:]
        let lists: [(Set<String>, WordRoles)] = [
            (cues.stopWords, .stop), (cues.organizationHeads, .organizationHead), (cues.placeNouns, .placeNoun),
            (cues.placePrepositions, .placePreposition), (cues.ofPrepositions, .ofPreposition), (cues.clauseBreaks, .clauseBreak),
            (cues.coordinations, .coordination), (cues.passiveAuxiliaries, .passiveAuxiliary),
            (cues.agentPrepositions, .agentPreposition), (cues.determiners, .determiner),
            (cues.personPronouns, .personPronoun),
            (Set(cues.agreementHeads.compactMap { $0.tokens.first }), .agreementHeadStart),
            (cues.agreementDocuments, .agreementDocument),
        ]
        for (words, role) in lists {
            for word in words { table[word, default: []].insert(role) }
        }
        return table
    }
}
