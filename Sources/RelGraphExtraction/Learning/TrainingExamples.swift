import RelGraphCore
import RelGraphKnowledge

/// One candidate pair of an annotated article, ready for training.
public struct TrainingExample: Sendable {
    public var features: FeatureVector
    /// Indices (into ``RelationLabel/all``) of the labels the gold states for this pair in this sentence.
    public var positives: Set<Int>
    /// Labels neither taught nor punished here: the gold states them for the pair elsewhere in
    /// the article, and gold lists a relation once, so a restatement here is not an error.
    public var ignored: Set<Int>
}

/// How much of an article's gold the candidate pairs can reach.
public struct TrainingCoverage: Sendable {
    public var goldRelations = 0
    /// Gold relations whose two actors the mention stages found and matched.
    public var bothActorsFound = 0
    /// … and that are named together in a sentence that states them.
    public var inOneSentence = 0

    public init(goldRelations: Int = 0, bothActorsFound: Int = 0, inOneSentence: Int = 0) {
        self.goldRelations = goldRelations
        self.bothActorsFound = bothActorsFound
        self.inOneSentence = inOneSentence
    }

    public static func + (lhs: TrainingCoverage, rhs: TrainingCoverage) -> TrainingCoverage {
        TrainingCoverage(goldRelations: lhs.goldRelations + rhs.goldRelations,
                         bothActorsFound: lhs.bothActorsFound + rhs.bothActorsFound,
                         inOneSentence: lhs.inOneSentence + rhs.inOneSentence)
    }
}

extension Extractor {
    /// The candidate pairs of an annotated article with their gold labels, computed by the same
    /// stages and features as extraction, so training sees exactly what the classifier will.
    public func trainingExamples(for article: AnnotatedArticle) -> (examples: [TrainingExample], coverage: TrainingCoverage) {
        let document = analyze(text: article.text, document: article.name, language: article.language)
        let readings = mentions(in: document, date: article.date)
        let rules = SentenceRules(readings: readings, lexicon: lexicon)
        let matching = GoldMatching(actors: Self.actors(of: readings, lexicon: lexicon), gold: article.gold)
        let evidenceSentences = article.gold.relations.map { relation in
            EvidenceLocator.sentences(stating: relation.evidence ?? "", in: document)
        }
        let labelIndex = Dictionary(uniqueKeysWithValues: RelationLabel.all.enumerated().map { ($1, $0) })

        var coverage = TrainingCoverage(goldRelations: article.gold.relations.count)
        let foundKeys = Set(matching.keys.values)
        coverage.bothActorsFound = article.gold.relations.filter { foundKeys.contains($0.source) && foundKeys.contains($0.target) }.count
        var reached = Set<Int>()

        let context = DocumentContext(readings: readings)
        var examples: [TrainingExample] = []
        for (sentenceIndex, reading) in readings.enumerated() {
            let ruleRelations = Self.withVisitedCountries(rules.relations(in: reading, document: document))
            let featurizer = PairFeatures(document: document, reading: reading, lexicon: lexicon,
                                          ruleRelations: ruleRelations, isHeadline: sentenceIndex == 0)
            let pronouns = context.pronounMentions(in: reading, index: sentenceIndex, document: document)
            for pair in SentenceCandidates.pairs(in: reading, pronouns: pronouns, topics: context.topics) {
                var positives = Set<Int>(), ignored = Set<Int>()
                if let first = matching.keys[pair.first.actorID], let second = matching.keys[pair.second.actorID] {
                    for (relationIndex, relation) in article.gold.relations.enumerated()
                        where Set([relation.source, relation.target]) == Set([first, second]) && relation.source != relation.target {
                        guard let type = RelationType(rawValue: relation.type),
                              let label = labelIndex[RelationLabel.of(type: type, source: relation.source, first: first)] else { continue }
                        if evidenceSentences[relationIndex].contains(sentenceIndex) {
                            positives.insert(label)
                            reached.insert(relationIndex)
                        } else {
                            ignored.insert(label)
                        }
                    }
                }
                ignored.subtract(positives)
                examples.append(TrainingExample(features: featurizer.vector(of: pair),
                                                positives: positives, ignored: ignored))
            }
        }
        coverage.inOneSentence = reached.count
        return (examples, coverage)
    }

    /// The candidate pairs of an article that teaches only the relation types in `taught`: for
    /// every other type its pairs are neither positive nor negative examples. For articles
    /// written to teach some relations (the team's own training articles), whose other
    /// relations may be stated more plainly, or more often, than news states them.
    public func trainingExamples(for article: AnnotatedArticle, teaching taught: Set<RelationType>) -> [TrainingExample] {
        let untaught = Set(RelationLabel.all.indices.filter { !taught.contains(RelationLabel.all[$0].type) })
        return trainingExamples(for: article).examples.map { example in
            var example = example
            example.positives.subtract(untaught)
            example.ignored.formUnion(untaught)
            return example
        }
    }

    /// The graph nodes an article's mentions would make (label from the lexicon, surfaces as
    /// aliases), for matching against gold actors.
    static func actors(of readings: [SentenceMentions], lexicon: Lexicon) -> [Actor] {
        var byID: [String: Actor] = [:]
        var order: [String] = []
        for mention in readings.flatMap(\.mentions) {
            if byID[mention.actorID] == nil {
                order.append(mention.actorID)
                var attributes: [String: String] = [:]
                if mention.type == .country { attributes["iso"] = String(mention.actorID.split(separator: ":").last ?? "") }
                byID[mention.actorID] = Actor(id: mention.actorID, type: mention.type,
                                              label: lexicon.actors[mention.actorID]?.label ?? mention.label, attributes: attributes)
            }
            if mention.kind != .role { byID[mention.actorID]!.aliases.append(mention.surface) }
        }
        return order.map { byID[$0]! }
    }
}

/// Finds the sentences of a document that state a gold relation's evidence text.
enum EvidenceLocator {
    /// The sentence sharing the most words with the evidence, and any other sentence the
    /// evidence mostly covers (the evidence may span what the splitter cut in two).
    static func sentences(stating evidence: String, in document: AnalyzedDocument) -> Set<Int> {
        let words = Set(Tokenizer.tokenize(Normalizer.normalize(evidence)).filter(\.isWord).map(\.folded))
        guard !words.isEmpty else { return [] }
        var best: (share: Double, index: Int)?
        var covered = Set<Int>()
        for (index, sentence) in document.sentences.enumerated() {
            let sentenceWords = Set(sentence.tokens.filter { document.tokens[$0].isWord }.map { document.foldedTokens[$0] })
            guard !sentenceWords.isEmpty else { continue }
            let shared = Double(words.intersection(sentenceWords).count)
            let share = shared / Double(words.count)
            if best == nil || share > best!.share { best = (share, index) }
            if shared / Double(sentenceWords.count) >= 0.8 && sentenceWords.count >= 3 { covered.insert(index) }
        }
        guard let best, best.share >= 0.5 else { return covered }
        return covered.union([best.index])
    }
}
