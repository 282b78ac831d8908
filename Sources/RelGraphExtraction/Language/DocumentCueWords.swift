/// What a language's cue lists (``LanguageCues``) say of each distinct word of one document
/// (``DocumentVocabulary``), looked up once per word: the word lists it is in, and which cue
/// phrases may start with it.
///
/// Pair features ask for the lists of every word between two actors of every pair, and the
/// negation, speculation, agreement and back-reference checks try every token of a sentence,
/// some sentences several times: with this table each asks an array, not a hashed set.
struct DocumentCueWords: Sendable {
    private let roles: [WordRoles]
    private let starts: [PhraseStarts]

    /// Which kinds of cue phrase may start with a word (``LanguageCues/mayStartNegation(_:)``
    /// and its kin).
    struct PhraseStarts: OptionSet, Sendable {
        let rawValue: UInt8
        static let negation = PhraseStarts(rawValue: 1 << 0)
        static let speculation = PhraseStarts(rawValue: 1 << 1)
        static let agreementHead = PhraseStarts(rawValue: 1 << 2)
        static let pairReference = PhraseStarts(rawValue: 1 << 3)
    }

    /// The table of a document's words, from what the cues say of each (``LanguageCues/cues(of:)``
    /// of ``DocumentVocabulary/words``, in their order).
    init(_ wordCues: [WordCues]) {
        roles = wordCues.map { $0.roles }
        starts = wordCues.map { $0.phraseStarts }
    }

    /// ``LanguageCues/roles(of:)`` of the word numbered `number`.
    @inline(__always)
    func roles(ofWord number: Int) -> WordRoles { roles[number] }

    /// Which cue phrases may start with the word numbered `number`.
    @inline(__always)
    func phraseStarts(ofWord number: Int) -> PhraseStarts { starts[number] }
}
