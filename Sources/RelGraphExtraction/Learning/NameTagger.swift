import RelGraphCore

/// A learned tagger of actor names: each token gets `O`, `B-type` or `I-type`, decided left to
/// right by an averaged perceptron over the token's shape, spelling, neighbours, the lexicon's
/// verdict and the article's own usage (a word also written in lower case is a common word).
///
/// It finds the organizations, places and agreements the lexicon does not list ("Conseil
/// militaire de transition", "Kammergericht", "Samarkand airport"), which the hand-written
/// name patterns miss.
public struct NameTagger: Sendable {
    public static let featureVersion: UInt32 = 2
    /// The actor types the tagger names (countries are the lexicon's alone, but are tagged so the
    /// tagger learns not to call them places).
    public static let types: [ActorType] = [.person, .organization, .location, .agreement, .country]
    public static let labels: [String] = ["O"] + types.flatMap { ["B-\($0.rawValue)", "I-\($0.rawValue)"] }

    var weights: SparseWeights

    /// The label index of each token of `sentence`.
    func tag(_ sentence: Sentence, features: TokenFeatures) -> [Int] {
        var tags: [Int] = []
        var scores = [Double](repeating: 0, count: Self.labels.count)
        for index in sentence.tokens {
            let previous = tags.last ?? 0
            for i in scores.indices { scores[i] = 0 }
            let names = features.features(at: index)
            let previousName = Self.labels[previous]
            let vector = FeatureVector(names + ["prev=\(previousName)"] + names.filter { $0.hasPrefix("shape=") }.map { "prev=\(previousName)|\($0)" })
            for slot in vector.slots { weights.accumulate(slot: slot, into: &scores) }
            tags.append(Self.best(scores, after: previous))
        }
        return tags
    }

    /// The best label that may follow `previous`: an `I-` continues only its own type.
    static func best(_ scores: [Double], after previous: Int) -> Int {
        var best = 0
        for label in scores.indices where scores[label] > scores[best] && isAllowed(label, after: previous) { best = label }
        return best
    }

    static func isAllowed(_ label: Int, after previous: Int) -> Bool {
        guard label > 0, label % 2 == 0 else { return true }  // O and B-* may follow anything
        return previous == label || previous == label - 1
    }

    /// Type of a `B-`/`I-` label index.
    static func type(of label: Int) -> ActorType? { label == 0 ? nil : types[(label - 1) / 2] }
    static func isBegin(_ label: Int) -> Bool { label > 0 && label % 2 == 1 }
}

/// The features of one token for ``NameTagger``.
struct TokenFeatures {
    let document: AnalyzedDocument
    /// The actor type of the lexicon mention covering each token, if any.
    let gazetteer: [ActorType?]
    /// Folded words the article also writes in lower case.
    let lowercaseWords: Set<String>
    let sentenceStarts: Set<Int>

    init(document: AnalyzedDocument, readings: [SentenceMentions]) {
        self.document = document
        var gazetteer = [ActorType?](repeating: nil, count: document.tokens.count)
        for reading in readings {
            for mention in reading.mentions where mention.kind != .role {
                for index in mention.tokens where index < gazetteer.count { gazetteer[index] = mention.type }
            }
        }
        self.gazetteer = gazetteer
        var lower = Set<String>()
        for token in document.tokens where token.isWord && !token.isCapitalized { lower.insert(token.folded) }
        lowercaseWords = lower
        sentenceStarts = Set(document.sentences.map(\.tokens.lowerBound))
    }

    /// The token's own features; the tagger adds the previous label's.
    func features(at index: Int) -> [String] {
        let tokens = document.tokens, folded = document.foldedTokens, cues = document.cues
        let token = tokens[index]
        let word = folded[index]
        let shape = Self.shape(token)
        var features = ["bias", "w=\(word)", "shape=\(shape)",
                        "p3=\(word.prefix(3))", "s3=\(word.suffix(3))", "s4=\(word.suffix(4))"]
        if let type = gazetteer[index] { features.append("gaz=\(type.rawValue)") }
        if token.isWord {
            // How common the word is in ordinary text of the language (no band: rare).
            let band = WordFrequencies.bundled.band(of: word, in: document.language).map(String.init) ?? "rare"
            features.append("freq=\(band)")
            features.append("freq=\(band)|\(shape)")
        }
        if token.isWord && lowercaseWords.contains(word) { features.append("also-lower") }
        if cues.stopWords.contains(word) { features.append("stop") }
        if cues.organizationHeads.contains(word) { features.append("org-head") }
        if cues.placeNouns.contains(word) { features.append("place-noun") }
        if cues.agreementHeads.contains(where: { $0.tokens.first == word }) { features.append("agreement-head") }
        let sentenceStart = sentenceStarts.contains(index)
        if sentenceStart { features.append("sentence-start") }
        if token.newlineBefore { features.append("line-start") }
        for offset in [-2, -1, 1, 2] {
            let other = index + offset
            guard other >= 0, other < tokens.count else {
                features.append("w\(offset)=<edge>")
                continue
            }
            features.append("w\(offset)=\(folded[other])")
            features.append("shape\(offset)=\(Self.shape(tokens[other]))")
            if let type = gazetteer[other] { features.append("gaz\(offset)=\(type.rawValue)") }
            if abs(offset) == 1 {
                features.append("w\(offset)|shape=\(folded[other])|\(shape)")
                if cues.placePrepositions.contains(folded[other]) { features.append("place-prep\(offset)") }
                if cues.ofPrepositions.contains(folded[other]) { features.append("of\(offset)") }
            }
        }
        return features
    }

    /// A word's spelling pattern: "Xx" capitalised, "X" all caps, "x" lower, "d" digits, "p" punctuation;
    /// plus a length class for all-caps words (acronyms).
    static func shape(_ token: Token) -> String {
        switch token.kind {
        case .number: return "d"
        case .punctuation: return "p:\(token.text)"
        case .word:
            if token.isAllCaps { return token.text.count <= 5 ? "X-short" : "X" }
            if token.isCapitalized { return token.glue != nil ? "Xx-glued" : "Xx" }
            return token.glue != nil ? "x-glued" : "x"
        }
    }
}

extension NameTagger {
    /// How many feature slots carry weights.
    public var slotCount: Int { weights.slotCount }
}
