import RelGraphCore

/// Learning a ``NameTagger`` from annotated articles.
extension NameTagger {
    /// One sentence's tokens with their gold labels.
    public struct TrainingSentence: Sendable {
        /// Each token's own feature slots (``TokenFeatures``), unsorted.
        var features: [[Int32]]
        /// Each token's shape, for the transition features.
        var shapes: [String]
        var gold: [Int]
    }

    /// Averaged perceptron over the sentences in a seeded order; the previous label feature is
    /// the gold one while training, as in Collins (2002).
    /// Averaged weights smaller than this are left out of the model file.
    static let pruneBelow: Float = 1e-2

    /// Twenty-four passes by default: with four perceptrons mixed, 24 scored above 10 and 16 on
    /// validation with every one of five seeds, and 32 no higher (`Benchmarks/EVALUATION.md`).
    ///
    /// `rounds` perceptrons learn the sentences, the i-th in the order of `seed + i`, and the
    /// tagger is the mean of their averaged weights (parameter mixing): one perceptron's names
    /// move with the order it happens to read the sentences in, the mean of several much less.
    public static func train(_ sentences: [TrainingSentence], epochs: Int = 24, seed: UInt64 = 20_241_203,
                             rounds: Int = 4) -> NameTagger {
        let slots = FeatureHashing.slotCount, labelCount = labels.count
        var mean = [Float](repeating: 0, count: slots * labelCount)
        let share = 1 / Float(max(1, rounds))
        for round in 0..<max(1, rounds) {
            let averaged = averagedWeights(sentences, epochs: epochs, seed: seed &+ UInt64(round))
            for at in averaged.indices where averaged[at] != 0 { mean[at] += averaged[at] * share }
        }
        var sparse = SparseWeights()
        for at in mean.indices where abs(mean[at]) >= pruneBelow {
            sparse.append(slot: Int32(at / labelCount), label: UInt16(at % labelCount), weight: mean[at])
        }
        return NameTagger(weights: sparse)
    }

    /// One averaged perceptron's weights, dense (slot-major, one per label).
    private static func averagedWeights(_ sentences: [TrainingSentence], epochs: Int, seed: UInt64) -> [Float] {
        let labelCount = labels.count, slots = FeatureHashing.slotCount
        var weights = [Float](repeating: 0, count: slots * labelCount)
        // Sum of each weight's value over all steps, kept lazily: `totals` up to `stamps`.
        var totals = [Float](repeating: 0, count: slots * labelCount)
        var stamps = [Int32](repeating: 0, count: slots * labelCount)
        var step: Int32 = 0
        var random = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var vector = FeatureSlots()
        func update(_ at: Int, by delta: Float) {
            totals[at] += Float(step - stamps[at]) * weights[at]
            stamps[at] = step
            weights[at] += delta
        }
        for _ in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            for index in order {
                let sentence = sentences[index]
                var previous = 0
                for (position, own) in sentence.features.enumerated() {
                    step += 1
                    vector.removeAll()
                    vector.slots += own
                    addTransitionFeatures(previous: position == 0 ? 0 : sentence.gold[position - 1], shape: sentence.shapes[position],
                                          to: &vector)
                    vector.sortAndRemoveRepeats()
                    var scores = [Double](repeating: 0, count: labelCount)
                    for slot in vector.slots {
                        let base = Int(slot) * labelCount
                        for label in 0..<labelCount { scores[label] += Double(weights[base + label]) }
                    }
                    let guess = best(scores, after: previous)
                    let gold = sentence.gold[position]
                    if guess != gold {
                        for slot in vector.slots {
                            update(Int(slot) * labelCount + gold, by: 1)
                            update(Int(slot) * labelCount + guess, by: -1)
                        }
                    }
                    previous = gold
                }
            }
        }
        step += 1
        var averaged = [Float](repeating: 0, count: slots * labelCount)
        for at in 0..<(slots * labelCount) where weights[at] != 0 || totals[at] != 0 {
            averaged[at] = (totals[at] + Float(step - stamps[at]) * weights[at]) / Float(step)
        }
        return averaged
    }
}

extension Extractor {
    /// The sentences of an annotated article with gold name labels: every occurrence of a gold
    /// actor's name (longest first) that starts with a capital, or any agreement name of two
    /// words or more ("accord de défense mutuelle").
    public func taggerSentences(for article: AnnotatedArticle) -> [NameTagger.TrainingSentence] {
        let document = analyze(text: article.text, document: article.name, language: article.language)
        let readings = resolver.resolve(document, articleYear: article.date?.year)
        let features = TokenFeatures(document: document, readings: readings)
        var gold = [Int](repeating: 0, count: document.tokens.count)
        var names: [(tokens: [String], type: ActorType)] = []
        for actor in article.gold.actors {
            guard let type = ActorType(rawValue: actor.type), let typeIndex = NameTagger.types.firstIndex(of: type) else { continue }
            _ = typeIndex
            for name in actor.names {
                let tokens = Tokenizer.tokenize(Normalizer.normalize(name))
                guard let first = tokens.first, first.isCapitalized || (type == .agreement && tokens.count >= 2) else { continue }
                names.append((tokens.map(\.folded), type))
            }
        }
        names.sort { $0.tokens.count > $1.tokens.count }
        let folded = document.foldedTokens
        for (tokens, type) in names where !tokens.isEmpty {
            let typeIndex = NameTagger.types.firstIndex(of: type)!
            var index = 0
            while index + tokens.count <= folded.count {
                if folded[index] == tokens[0], Array(folded[index..<(index + tokens.count)]) == tokens,
                   gold[index..<(index + tokens.count)].allSatisfy({ $0 == 0 }) {
                    gold[index] = 1 + typeIndex * 2
                    for inside in (index + 1)..<(index + tokens.count) { gold[inside] = 2 + typeIndex * 2 }
                    index += tokens.count
                } else {
                    index += 1
                }
            }
        }
        return document.sentences.map { sentence in
            NameTagger.TrainingSentence(features: sentence.tokens.map { index in
                                            var slots = FeatureSlots()
                                            features.addFeatures(at: index, to: &slots)
                                            return slots.slots
                                        },
                                        shapes: sentence.tokens.map(features.shape(at:)),
                                        gold: Array(gold[sentence.tokens]))
        }
    }
}
