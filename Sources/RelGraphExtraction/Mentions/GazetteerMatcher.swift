import RelGraphCore
import RelGraphKnowledge

/// A candidate reading of a span, before resolution picks one actor.
struct Candidate: Sendable {
    var tokens: Range<Int>
    var entries: [SurfaceEntry]
    var surface: String
}

/// Finds the lexicon's surface forms and titles in a sentence: longest match first over n-grams
/// of folded tokens, so "Organisation des Nations unies" wins over "Nations unies".
struct GazetteerMatcher: Sendable {
    let lexicon: Lexicon
    /// One-word German titles, for compounds (``NameMorphology/compoundsTitles``):
    /// "Übergangspräsident" ends in "präsident".
    let compoundTitleHeads: [(head: String, entries: [TitleEntry])]
    /// First folded words of every surface form and title: n-grams start only at these.
    let formFirstWords: WordSet
    let titleFirstWords: WordSet

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        formFirstWords = lexicon.surfaceFirstWords
        titleFirstWords = lexicon.titleFirstWords
        compoundTitleHeads = lexicon.titleKeys.filter { !$0.utf8.contains(UInt8(ascii: " ")) && $0.count >= 5 }.sorted().compactMap { key in
            let entries = lexicon.titles(forFolded: key).filter { $0.language == Language.de.rawValue }
            return entries.isEmpty ? nil : (key, entries)
        }
    }

    /// What the matcher asks of each distinct word of `document`, answered once per word.
    func starts(in document: AnalyzedDocument) -> DocumentStarts {
        let firstWords = document.vocabulary.map(Self.firstWord)
        let cues = document.cues
        return DocumentStarts(isFormStart: firstWords.map(formFirstWords.contains),
                              isTitleStart: firstWords.map(titleFirstWords.contains),
                              isFunctionWord: document.vocabulary.map { cues.stopWords.contains($0) || cues.determiners.contains($0) },
                              formWords: [Int?](repeating: nil, count: firstWords.count))
    }

    /// Per distinct word of one document (``DocumentVocabulary``): whether a lexicon form or a
    /// title starts with its first word, whether it is a function word; and the most words of a
    /// form starting with its first word (``Lexicon/maxFormWords(startingWith:)``), looked up at
    /// its first use and remembered across the document's sentences.
    struct DocumentStarts {
        let isFormStart: [Bool]
        let isTitleStart: [Bool]
        let isFunctionWord: [Bool]
        var formWords: [Int?]
    }

    /// Forms of actors, left to right, without overlaps. `starts` is ``starts(in:)`` of `document`.
    func actorCandidates(in document: AnalyzedDocument, sentence: Sentence, starts: inout DocumentStarts) -> [Candidate] {
        var found: [Candidate] = []
        var index = sentence.tokens.lowerBound
        let maxTokens = max(1, lexicon.maxFormTokens)
        while index < sentence.tokens.upperBound {
            if let match = longestActorMatch(document, from: index, limit: sentence.tokens.upperBound, maxTokens: maxTokens,
                                             starts: &starts)
                ?? articleContractedMatch(document, at: index, sentence: sentence.tokens, maxTokens: maxTokens) {
                let candidate = longerOverlap(of: match, in: document, limit: sentence.tokens.upperBound, maxTokens: maxTokens,
                                              starts: &starts)
                found.append(candidate)
                index = candidate.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The place or state named right after a preposition merged with the article that opens
    /// its name in the data (the language's `contraction` rows: "au Caire", "du Caire" for Le
    /// Caire, "del Cairo" for El Cairo); nil when the token opens no such name.
    private func articleContractedMatch(_ document: AnalyzedDocument, at start: Int, sentence: Range<Int>,
                                        maxTokens: Int) -> Candidate? {
        guard start > sentence.lowerBound, document.tokens[start].isCapitalized,
              let article = document.cues.contractedArticles[document.tokens[start - 1].folded] else { return nil }
        for key in NgramKeys(document, from: start, limit: sentence.upperBound, maxTokens: maxTokens - 1, covered: nil).reversed() {
            let entries = lexicon.entries(forFolded: article + " " + key.key).filter {
                $0.actorID.hasPrefix("location:") || $0.actorID.hasPrefix("country:")
            }
            if let (surface, usable) = usable(entries, tokens: start..<key.end, in: document) {
                return Candidate(tokens: start..<key.end, entries: usable, surface: surface)
            }
        }
        return nil
    }

    /// `match`, or the longer name that starts inside it and runs past its end: in "Sheikh Tamim
    /// bin Hamad Al-Thani" the lexicon's "Sheikh Tamim" would leave "bin Hamad Al-Thani" to be
    /// read as other persons ("Thani" is also the prime minister's family name). One actor's two
    /// forms become one mention over both; another actor's longer name wins.
    private func longerOverlap(of match: Candidate, in document: AnalyzedDocument, limit: Int, maxTokens: Int,
                               starts: inout DocumentStarts) -> Candidate {
        for start in (match.tokens.lowerBound + 1)..<match.tokens.upperBound {
            guard let inner = longestActorMatch(document, from: start, limit: limit, maxTokens: maxTokens, starts: &starts),
                  inner.tokens.upperBound > match.tokens.upperBound, inner.tokens.count > match.tokens.count else { continue }
            let innerActors = Set(inner.entries.map(\.actorID))
            guard match.entries.contains(where: { innerActors.contains($0.actorID) }) else { return inner }
            let span = match.tokens.lowerBound..<inner.tokens.upperBound
            return Candidate(tokens: span, entries: inner.entries, surface: document.text(tokens: span))
        }
        return match
    }

    /// Titles in the tokens that no actor mention covers. `starts` is ``starts(in:)`` of `document`.
    func titles(in document: AnalyzedDocument, sentence: Sentence, covered: [Bool], starts: DocumentStarts) -> [TitleMention] {
        var found: [TitleMention] = []
        var index = sentence.tokens.lowerBound
        let maxTokens = max(1, lexicon.maxTitleTokens)
        let language = document.language.rawValue
        while index < sentence.tokens.upperBound {
            var matched: TitleMention?
            for key in !starts.isTitleStart[document.vocabulary.number(ofToken: index)] ? [] : NgramKeys(document, from: index, limit: sentence.tokens.upperBound, maxTokens: maxTokens, covered: covered).reversed() {
                let entries = lexicon.titles(forFolded: key.key).filter { $0.language == language }
                guard !entries.isEmpty else { continue }
                matched = TitleMention(tokens: index..<key.end, entries: entries)
                break
            }
            if matched == nil, NameMorphology.of(document.language)?.compoundsTitles == true, !covered[index] {
                matched = compoundTitle(document.tokens[index], at: index)
            }
            if let matched {
                found.append(matched)
                index = matched.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func compoundTitle(_ token: Token, at index: Int) -> TitleMention? {
        guard token.kind == .word, token.isCapitalized, token.folded.count >= 7 else { return nil }
        for (head, entries) in compoundTitleHeads where token.folded.hasSuffix(head) && token.folded.count > head.count {
            return TitleMention(tokens: index..<(index + 1), entries: entries)
        }
        return nil
    }

    private func longestActorMatch(_ document: AnalyzedDocument, from start: Int, limit: Int, maxTokens: Int,
                                   starts: inout DocumentStarts) -> Candidate? {
        let first = document.tokens[start]
        guard first.kind != .punctuation else { return nil }
        // Inflected names ("Vereinten Nationen") start with a word the data spells otherwise.
        let number = document.vocabulary.number(ofToken: start)
        let isFormStart = starts.isFormStart[number]
        let morphology = NameMorphology.of(document.language)
        guard isFormStart || morphology != nil && first.isCapitalized else { return nil }
        // A form has at least as many words as the tokens it matches (a token may fold to two
        // words, "U.S." to "u s"): longer n-grams need no lookup. German keys are also looked up
        // uninflected, which may change the first word: no bound there.
        var maxTokens = maxTokens
        if isFormStart, morphology == nil {
            let formWords = starts.formWords[number] ?? lexicon.maxFormWords(startingWith: Self.firstWord(first.folded))
            starts.formWords[number] = formWords
            maxTokens = min(maxTokens, formWords)
        }
        // A function word is never a name on its own: "Un jour plus tard", "Die EU".
        let functionWord = starts.isFunctionWord[number]
        let language = document.language.rawValue
        for key in NgramKeys(document, from: start, limit: limit, maxTokens: maxTokens, covered: nil).reversed() {
            guard !(functionWord && key.end - start == 1) else { continue }
            let words = key.end - start
            var match = usable(entries(forKey: key.key, words: words, in: document), tokens: start..<key.end, in: document)
            // Tried after the form itself: "Chinas" is also a Spanish plural demonym.
            if match == nil, let morphology, first.isCapitalized {
                for stem in morphology.caseStems(of: key.key) {
                    let entries = entries(forKey: stem, words: words, in: document).filter { $0.kind != .demonym && $0.kind != .acronym }
                    match = usable(entries, tokens: start..<key.end, in: document)
                    if match != nil { break }
                }
            }
            guard let (surface, usable) = match else { continue }
            // Prefer entries of the document's language, then language-neutral ones.
            let native = usable.filter { $0.language == language || $0.language == nil }
            return Candidate(tokens: start..<key.end, entries: native.isEmpty ? usable : native, surface: surface)
        }
        return nil
    }

    /// The first word of a folded token: "U.S." folds to "u s", whose forms start with "u".
    static func firstWord(_ folded: String) -> String { Lexicon.firstWord(folded) }

    /// The entries of a folded key of `words` tokens; in a language that inflects names, where
    /// the key names nothing, those of the key with its adjectives in their dictionary form
    /// (``NameMorphology/dictionaryForms(of:)``).
    private func entries(forKey key: String, words: Int, in document: AnalyzedDocument) -> [SurfaceEntry] {
        let entries = lexicon.entries(forFolded: key)
        guard entries.isEmpty, words >= 2, let morphology = NameMorphology.of(document.language) else { return entries }
        for form in morphology.dictionaryForms(of: key) {
            let entries = lexicon.entries(forFolded: form)
            if !entries.isEmpty { return entries }
        }
        return []
    }

    /// The entries that may name what `tokens` say, with the text they say it in; `nil` when none.
    private func usable(_ entries: [SurfaceEntry], tokens: Range<Int>, in document: AnalyzedDocument) -> (String, [SurfaceEntry])? {
        guard !entries.isEmpty else { return nil }
        let surface = document.text(tokens: tokens)
        let usable = entries.filter { isUsable($0, surface: surface, at: tokens.lowerBound, in: document) }
        return usable.isEmpty ? nil : (surface, usable)
    }

    /// Whether a form's entry may name what `surface`, written at `start`, says.
    private func isUsable(_ entry: SurfaceEntry, surface: String, at start: Int, in document: AnalyzedDocument) -> Bool {
        let first = document.tokens[start]
        if let entryLanguage = entry.language, entryLanguage != document.language.rawValue,
           entry.kind == .demonym || entry.kind == .surname || entry.kind == .metonym { return false }
        if entry.caseSensitive && entry.form != surface { return false }
        if requiresCapital(entry) && !(first.isCapitalized && Self.keepsCapitals(of: entry.form, in: surface)) { return false }
        // An acronym written in lower case is a word ("un", "eu").
        if entry.kind == .acronym && !first.isAllCaps && !first.isCapitalized { return false }
        return true
    }

    /// Whether `surface` writes with a capital every word `form` writes with one. A sentence's
    /// first word is capitalised anyway: "La reunión" (the meeting) opening a sentence is no "La
    /// Réunion", whose second word the text writes in lower case.
    static func keepsCapitals(of form: String, in surface: String) -> Bool {
        let formWords = capitalisedWords(form), surfaceWords = capitalisedWords(surface)
        guard formWords.count == surfaceWords.count, formWords.count > 1, formWords.count <= 64 else { return true }
        return formWords.mask & ~surfaceWords.mask == 0
    }

    /// How many space-separated words `text` has, and which of them (bit i for word i, the first
    /// 64) start with a capital: the check runs on every lexicon match, so it allocates nothing.
    private static func capitalisedWords(_ text: String) -> (count: Int, mask: UInt64) {
        var count = 0, mask: UInt64 = 0, atStart = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                atStart = true
                continue
            }
            if atStart {
                if count < 64, LatinProperties.isUppercase(scalar) { mask |= 1 << UInt64(count) }
                count += 1
                atStart = false
            }
        }
        return (count, mask)
    }

    private func requiresCapital(_ entry: SurfaceEntry) -> Bool {
        switch entry.kind {
        case .demonym, .metonym: return false
        default:
            // Forms written in lower case in the data ("le Kremlin") match as written.
            return entry.form.unicodeScalars.first.map(LatinProperties.isUppercase) ?? false
        }
    }
}

/// The folded keys of the n-grams starting at one token, shortest first. Apostrophes and hyphens
/// written as separate tokens are skipped, as ``NameFolding/fold(_:)`` drops them.
struct NgramKeys: Sequence {
    struct Key { var key: String; var end: Int }
    private var keys: [Key] = []

    init(_ document: AnalyzedDocument, from start: Int, limit: Int, maxTokens: Int, covered: [Bool]?) {
        var key = ""
        var words = 0
        var index = start
        keys.reserveCapacity(Swift.max(0, Swift.min(maxTokens, limit - start)))
        while index < limit, words < maxTokens {
            let token = document.tokens[index]
            if let covered, covered[index] { break }
            if token.kind == .punctuation {
                if (token.text == "'" || token.text == "-"), words > 0 {
                    index += 1
                    continue
                }
                break
            }
            if token.newlineBefore && words > 0 { break }
            if words > 0 { key += " " }
            key += token.folded
            words += 1
            index += 1
            keys.append(Key(key: key, end: index))
        }
    }

    func makeIterator() -> IndexingIterator<[Key]> { keys.makeIterator() }
    func reversed() -> [Key] { keys.reversed() }
}
