import RelGraphTime

/// A document after the text stages: its scalars, tokens, sentences and language.
///
/// Later stages (mentions, resolution, relations) read it and add their findings alongside.
public struct AnalyzedDocument: Sendable {
    /// The document's name as given (path or `-`), used in evidence.
    public let name: String
    /// The original scalars, for evidence text.
    public let original: [Unicode.Scalar]
    public let tokens: [Token]
    /// `tokens[i].folded`, as one array for phrase matching.
    public let foldedTokens: [String]
    public let sentences: [Sentence]
    public let language: Language
    public let cues: LanguageCues
    /// The relation triggers whose phrase starts at each token, longest first
    /// (``LanguageCues/triggers(in:at:)``): looked up once, read by the rules, the classifier
    /// and mention resolution.
    let triggerStarts: [[RelationTrigger]]
    /// The distinct words of ``foldedTokens``, numbered, and each token's number.
    let vocabulary: DocumentVocabulary
    /// What the language's cue lists say of each word of ``vocabulary``.
    let cueWords: DocumentCueWords

    /// Runs normalisation, tokenisation, language detection and sentence splitting.
    public init(text: String, name: String, language: Language?, cueSet: LanguageCueSet) {
        self.name = name
        original = text.scalarArray
        let normalized = Normalizer.normalize(text)
        tokens = Tokenizer.tokenize(normalized)
        let folded = tokens.map(\.folded)
        foldedTokens = folded
        let detected = language ?? LanguageDetector.detect(tokens, cues: cueSet)
        self.language = detected
        let cues = cueSet[detected]
        self.cues = cues
        let vocabulary = DocumentVocabulary(folded)
        self.vocabulary = vocabulary
        // One lookup per distinct word for its lists, phrase starts and triggers.
        let wordCues = vocabulary.map(cues.cues(of:))
        cueWords = DocumentCueWords(wordCues)
        let candidates = vocabulary.words.indices.map { number in
            cues.triggerCandidates(startingWith: vocabulary.words[number], firstTokenTriggers: wordCues[number].triggers)
        }
        triggerStarts = folded.indices.map { index in
            let wordCandidates = candidates[vocabulary.number(ofToken: index)]
            return wordCandidates.isEmpty ? [] : cues.triggers(among: wordCandidates, in: folded, at: index)
        }
        sentences = SentenceSplitter.split(tokens, abbreviations: cues.abbreviations)
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
