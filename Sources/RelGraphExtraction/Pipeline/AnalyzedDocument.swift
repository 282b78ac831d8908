import RelGraphTime

/// A document after the text stages: its scalars, tokens, sentences and language.
///
/// Later stages (mentions, resolution, relations) read it and add their findings alongside.
///
/// The fields live in one shared, immutable ``Storage`` object: the stages keep the document in
/// their own values (a sentence's reading, the pair features, the argument groups), and copying
/// a struct of these fields, its ``LanguageCues`` included, retained and released some sixty
/// references each time; a copy now retains one.
public struct AnalyzedDocument: Sendable {
    private let storage: Storage

    /// The document's name as given (path or `-`), used in evidence.
    public var name: String { storage.name }
    /// The original scalars, for evidence text.
    public var original: [Unicode.Scalar] { storage.original }
    public var tokens: [Token] { storage.tokens }
    /// `tokens[i].folded`, as one array for phrase matching.
    public var foldedTokens: [String] { storage.foldedTokens }
    public var sentences: [Sentence] { storage.sentences }
    public var language: Language { storage.language }
    public var cues: LanguageCues { storage.cues }
    /// The relation triggers whose phrase starts at each token, longest first
    /// (``LanguageCues/triggers(in:at:)``): looked up once, read by the rules, the classifier
    /// and mention resolution.
    var triggerStarts: [[RelationTrigger]] { storage.triggerStarts }
    /// The distinct words of ``foldedTokens``, numbered, and each token's number.
    var vocabulary: DocumentVocabulary { storage.vocabulary }
    /// What the language's cue lists say of each word of ``vocabulary``.
    var cueWords: DocumentCueWords { storage.cueWords }

    private final class Storage: Sendable {
        let name: String
        let original: [Unicode.Scalar]
        let tokens: [Token]
        let foldedTokens: [String]
        let sentences: [Sentence]
        let language: Language
        let cues: LanguageCues
        let triggerStarts: [[RelationTrigger]]
        let vocabulary: DocumentVocabulary
        let cueWords: DocumentCueWords

        init(name: String, original: [Unicode.Scalar], tokens: [Token], foldedTokens: [String], sentences: [Sentence],
             language: Language, cues: LanguageCues, triggerStarts: [[RelationTrigger]], vocabulary: DocumentVocabulary,
             cueWords: DocumentCueWords) {
            self.name = name
            self.original = original
            self.tokens = tokens
            self.foldedTokens = foldedTokens
            self.sentences = sentences
            self.language = language
            self.cues = cues
            self.triggerStarts = triggerStarts
            self.vocabulary = vocabulary
            self.cueWords = cueWords
        }
    }

    /// Runs normalisation, tokenisation, language detection and sentence splitting.
    public init(text: String, name: String, language: Language?, cueSet: LanguageCueSet) {
        let original = text.scalarArray
        let normalized = Normalizer.normalize(text)
        let tokens = Tokenizer.tokenize(normalized)
        let folded = tokens.map(\.folded)
        let detected = language ?? LanguageDetector.detect(tokens, cues: cueSet)
        let cues = cueSet[detected]
        let vocabulary = DocumentVocabulary(folded)
        // One lookup per distinct word for its lists, phrase starts and triggers.
        let wordCues = vocabulary.map(cues.cues(of:))
        let cueWords = DocumentCueWords(wordCues)
        let candidates = vocabulary.words.indices.map { number in
            cues.triggerCandidates(startingWith: vocabulary.words[number], firstTokenTriggers: wordCues[number].triggers)
        }
        let triggerStarts = folded.indices.map { index in
            let wordCandidates = candidates[vocabulary.number(ofToken: index)]
            return wordCandidates.isEmpty ? [] : cues.triggers(among: wordCandidates, in: folded, at: index)
        }
        let sentences = SentenceSplitter.split(tokens, abbreviations: cues.abbreviations)
        storage = Storage(name: name, original: original, tokens: tokens, foldedTokens: folded, sentences: sentences,
                          language: detected, cues: cues, triggerStarts: triggerStarts, vocabulary: vocabulary,
                          cueWords: cueWords)
    }

    /// ``LanguageCues/roles(of:)`` of the token at `index`'s folded word.
    @inline(__always)
    func roles(ofToken index: Int) -> WordRoles { cueWords.roles(ofWord: vocabulary.number(ofToken: index)) }

    /// Which cue phrases may start at the token at `index` (``LanguageCues/mayStartNegation(_:)``
    /// and its kin): false rules a phrase out without trying it.
    @inline(__always)
    func phraseStarts(atToken index: Int) -> DocumentCueWords.PhraseStarts {
        cueWords.phraseStarts(ofWord: vocabulary.number(ofToken: index))
    }

    /// How many tokens the agreement head starting at `index` has ("accord", "peace deal"), if
    /// one starts there; the phrase-start index rules most tokens out before any head is tried.
    func agreementHeadLength(at index: Int) -> Int? {
        guard phraseStarts(atToken: index).contains(.agreementHead) else { return nil }
        return cues.match(cues.agreementHeads, in: foldedTokens, at: index)
    }

    /// The original text of a token range.
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(scalars: tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The original text of a scalar range.
    public func text(scalars range: Range<Int>) -> String {
        String(scalars: original[range])
    }
}
