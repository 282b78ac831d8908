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

    /// The weights, found in constant time while tagging: built from sorted rows, or a format 3
    /// file's table where the file is mapped.
    let rows: WeightIndex
    /// How many slots a token may have for their weights to be added in any order
    /// (``WeightIndex/orderFreeSumTerms()``): up to this, a token's slots are only rid of
    /// repeats, not sorted.
    private let orderFreeTerms: Int

    init(weights: SparseWeights) {
        self.init(rows: WeightIndex(weights))
    }

    init(rows: WeightIndex) {
        self.rows = rows
        orderFreeTerms = rows.orderFreeSumTerms()
    }

    /// The weights as sorted rows (rebuilt from ``rows``: for training output and tests).
    var weights: SparseWeights { rows.sparseWeights }

    /// The label index of each token of `sentence`.
    func tag(_ sentence: Sentence, features: TokenFeatures) -> [Int] {
        var tags: [Int] = []
        tags.reserveCapacity(sentence.tokens.count)
        var scores = [Double](repeating: 0, count: Self.labels.count)
        var slots = FeatureSlots()
        for index in sentence.tokens {
            let previous = tags.last ?? 0
            for i in scores.indices { scores[i] = 0 }
            slots.removeAll()
            features.addFeatures(at: index, to: &slots)
            features.addTransitionFeatures(at: index, previous: previous, to: &slots)
            slots.removeRepeats(orderFreeUpTo: orderFreeTerms)
            rows.accumulate(slots: slots.slots, into: &scores)
            tags.append(Self.best(scores, after: previous))
        }
        return tags
    }

    /// The features of the step from the `previous` label: that label alone and with the token's shape.
    static func addTransitionFeatures(previous: Int, shape: String, to sink: inout some FeatureSink) {
        sink.add("prev=", labels[previous])
        sink.add("prev=", labels[previous], "|shape=", shape)
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
///
/// What does not depend on the token's neighbours (shape, cue-word memberships) is read once
/// per document, since each token is also a neighbour of four others.
struct TokenFeatures {
    let document: AnalyzedDocument
    /// The actor type of the lexicon mention covering each token, if any.
    let gazetteer: [ActorType?]
    /// `document.foldedTokens`.
    private let folded: [String]
    /// Each token's ``shape(at:)``, as an index into ``wordShapes`` or ``punctuationShape``: a
    /// byte per token, as hostile inputs have millions of tokens.
    private let shapeCodes: [UInt8]
    /// In the order ``shapeCode(_:)`` numbers them.
    private static let wordShapes = ["d", "X-short", "X", "Xx-glued", "Xx", "x-glued", "x"]
    private static let punctuationShape = UInt8(wordShapes.count)
    /// What each token's word is (in the language's cue lists, in the article's usage) and where
    /// it stands.
    private let facts: [Facts]
    /// Each word's ``WordFrequencies`` band ("3" … "6", or "rare") as an index + 1 into
    /// `bandKeys`; 0 for numbers and punctuation.
    private let frequencyBands: [UInt16]
    /// Per band: "freq=3" and "freq=3|" (followed by the shape).
    private let bandKeys: [(band: FeatureKey, withShape: FeatureKey)]
    /// The UTF-8 bytes of each token's folded word and of its shape, end to end: features hash
    /// them from here, without a String per feature.
    private let text: TokenText

    private struct Facts: OptionSet {
        let rawValue: UInt16
        /// A word the article also writes in lower case (a common word).
        static let alsoLower = Facts(rawValue: 1 << 0)
        static let stop = Facts(rawValue: 1 << 1)
        static let organizationHead = Facts(rawValue: 1 << 2)
        static let placeNoun = Facts(rawValue: 1 << 3)
        static let agreementHead = Facts(rawValue: 1 << 4)
        static let placePreposition = Facts(rawValue: 1 << 5)
        static let ofPreposition = Facts(rawValue: 1 << 6)
        static let sentenceStart = Facts(rawValue: 1 << 7)
        static let lineStart = Facts(rawValue: 1 << 8)
    }

    init(document: AnalyzedDocument, readings: [SentenceMentions]) {
        self.document = document
        let tokens = document.tokens, folded = document.foldedTokens
        var gazetteer = [ActorType?](repeating: nil, count: tokens.count)
        for reading in readings {
            for mention in reading.mentions where mention.kind != .role {
                for index in mention.tokens where index < gazetteer.count { gazetteer[index] = mention.type }
            }
        }
        self.gazetteer = gazetteer
        self.folded = folded
        shapeCodes = tokens.map(Self.shapeCode)
        // What depends on the word alone is read once per distinct word (an article repeats
        // most of its words), in the order the words first occur.
        let vocabulary = document.vocabulary
        var alsoLower = [Bool](repeating: false, count: vocabulary.count)
        for (index, token) in tokens.enumerated() where token.isWord && !token.isCapitalized {
            alsoLower[vocabulary.number(ofToken: index)] = true
        }
        // The frequency bands the article's words fall in, in order of first use (nil: rare).
        var bands: [Int?] = []
        var wordBands: [UInt16] = []
        wordBands.reserveCapacity(vocabulary.count)
        let wordFacts: [Facts] = vocabulary.words.indices.map { number in
            let word = vocabulary.words[number]
            var words: Facts = []
            if alsoLower[number] { words.insert(.alsoLower) }
            let roles = document.cueWords.roles(ofWord: number)
            if roles.contains(.stop) { words.insert(.stop) }
            if roles.contains(.organizationHead) { words.insert(.organizationHead) }
            if roles.contains(.placeNoun) { words.insert(.placeNoun) }
            if roles.contains(.agreementHeadStart) { words.insert(.agreementHead) }
            if roles.contains(.placePreposition) { words.insert(.placePreposition) }
            if roles.contains(.ofPreposition) { words.insert(.ofPreposition) }
            // Numbered by the band itself, not its feature name: no name is made per word.
            let band = WordFrequencies.bundled.band(of: word, in: document.language)
            if !bands.contains(band) { bands.append(band) }
            wordBands.append(UInt16(bands.firstIndex(of: band)! + 1))
            return words
        }
        var frequencyBands = [UInt16](repeating: 0, count: tokens.count)
        var facts: [Facts] = tokens.indices.map { index in
            let number = vocabulary.number(ofToken: index)
            var words = wordFacts[number]
            if tokens[index].isWord { frequencyBands[index] = wordBands[number] }
            // "also written in lower case" is said of words only.
            if !tokens[index].isWord { words.remove(.alsoLower) }
            if tokens[index].newlineBefore { words.insert(.lineStart) }
            return words
        }
        for sentence in document.sentences where sentence.tokens.lowerBound < tokens.count {
            facts[sentence.tokens.lowerBound].insert(.sentenceStart)
        }
        self.facts = facts
        self.frequencyBands = frequencyBands
        let bandNames = bands.map { $0.map(String.init) ?? "rare" }
        bandKeys = bandNames.map { (FeatureKey("freq=" + $0), FeatureKey("freq=" + $0 + "|")) }
        var text = TokenText(capacity: tokens.count)
        for index in tokens.indices {
            let code = shapeCodes[index]
            if code == Self.punctuationShape {
                text.append(word: folded[index], shapePrefix: "p:", shape: tokens[index].text)
            } else {
                text.append(word: folded[index], shapePrefix: "", shape: Self.wordShapes[Int(code)])
            }
        }
        self.text = text
    }

    /// The spelling pattern of the token at `index` (``shapeCode(_:)``).
    func shape(at index: Int) -> String { Self.shapeName(shapeCodes[index], of: document.tokens[index]) }

    private static func shapeName(_ code: UInt8, of token: Token) -> String {
        code == punctuationShape ? "p:" + token.text : wordShapes[Int(code)]
    }

    /// The token's own features as names; the tagger adds the previous label's.
    func features(at index: Int) -> [String] {
        var names = FeatureNames()
        addFeatures(at: index, to: &names)
        return names.names
    }

    /// Adds the token's own features to `sink`; the tagger adds the previous label's.
    ///
    /// Names start with a ``FeatureKey`` (hashed once) and end with the bytes of ``text``: the
    /// slots of a token cost hashing its words, no String is made or copied.
    func addFeatures(at index: Int, to sink: inout some FeatureSink) {
        typealias Key = TaggerKeys
        let word = text.word(index), shape = text.shape(index)
        let words = facts[index]
        sink.add(Key.bias)
        sink.add(Key.word, word)
        sink.add(Key.shape, shape)
        sink.add(Key.prefix3, text.prefix(index))
        sink.add(Key.suffix3, text.suffix3(index))
        sink.add(Key.suffix4, text.suffix4(index))
        if let type = gazetteer[index] { sink.add(Key.gazetteer[type]) }
        if frequencyBands[index] > 0 {
            let keys = bandKeys[Int(frequencyBands[index]) - 1]
            // How common the word is in ordinary text of the language (no band: rare).
            sink.add(keys.band)
            sink.add(keys.withShape, shape)
        }
        if words.contains(.alsoLower) { sink.add(Key.alsoLower) }
        if words.contains(.stop) { sink.add(Key.stop) }
        if words.contains(.organizationHead) { sink.add(Key.organizationHead) }
        if words.contains(.placeNoun) { sink.add(Key.placeNoun) }
        if words.contains(.agreementHead) { sink.add(Key.agreementHead) }
        if words.contains(.sentenceStart) { sink.add(Key.sentenceStart) }
        if words.contains(.lineStart) { sink.add(Key.lineStart) }
        if addNeighbour(index - 1, Key.previous, to: &sink) { addAdjacent(index - 1, Key.previous, shape: shape, to: &sink) }
        if addNeighbour(index + 1, Key.next, to: &sink) { addAdjacent(index + 1, Key.next, shape: shape, to: &sink) }
        addNeighbour(index - 2, Key.beforePrevious, to: &sink)
        addNeighbour(index + 2, Key.afterNext, to: &sink)
    }

    /// The features of the step from the `previous` label to the token at `index`: those of
    /// ``NameTagger/addTransitionFeatures(previous:shape:to:)``, from precomputed keys.
    func addTransitionFeatures(at index: Int, previous: Int, to sink: inout some FeatureSink) {
        sink.add(TaggerKeys.previousLabel[previous])
        sink.add(TaggerKeys.previousLabelShape[previous], text.shape(index))
    }

    /// Adds the word, shape and lexicon type of the token at `other` under the neighbour's
    /// names, or the edge of the document; returns whether there is a token.
    @discardableResult
    private func addNeighbour(_ other: Int, _ keys: TaggerKeys.Neighbour, to sink: inout some FeatureSink) -> Bool {
        guard other >= 0, other < folded.count else {
            sink.add(keys.edge)
            return false
        }
        sink.add(keys.word, text.word(other))
        sink.add(keys.shape, text.shape(other))
        if let type = gazetteer[other] { sink.add(keys.gazetteer[type]) }
        return true
    }

    /// What an adjacent token adds: its word with the token's own shape, and whether it is a
    /// place or "of" preposition.
    private func addAdjacent(_ other: Int, _ keys: TaggerKeys.Neighbour, shape: ArraySlice<UInt8>, to sink: inout some FeatureSink) {
        sink.add(keys.wordAndShape, text.word(other), "|", shape)
        if facts[other].contains(.placePreposition) { sink.add(keys.placePreposition) }
        if facts[other].contains(.ofPreposition) { sink.add(keys.ofPreposition) }
    }

    /// A token's spelling pattern (``shape(at:)``) as an index into ``wordShapes``, or
    /// ``punctuationShape`` ("p:" and the mark): "Xx" capitalised, "X" all caps, "x" lower, "d"
    /// digits; plus a length class for all-caps words (acronyms).
    private static func shapeCode(_ token: Token) -> UInt8 {
        switch token.kind {
        case .number: return 0  // "d"
        case .punctuation: return punctuationShape
        case .word:
            if token.isAllCaps { return token.text.count <= 5 ? 1 : 2 }  // "X-short", "X"
            if token.isCapitalized { return token.glue != nil ? 3 : 4 }  // "Xx-glued", "Xx"
            return token.glue != nil ? 5 : 6  // "x-glued", "x"
        }
    }
}

extension NameTagger {
    /// How many feature slots carry weights.
    public var slotCount: Int { rows.slotCount }
}
