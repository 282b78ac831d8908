import RelGraphCore
import RelGraphKnowledge

/// How the extractor decides relations.
public enum RelationDecider: String, Sendable, CaseIterable {
    /// The hand-written rules alone (``RelationExtractor``): the behaviour before learning.
    case rules
    /// The learned model alone on every pair of actors in a sentence; the rules' verdicts are
    /// some of its features.
    case model
    /// The model on pairs within a sentence, plus the rules' relations to actors named in other
    /// sentences, which the model cannot see (a title naming a country stated earlier).
    case combined
    /// Everything the model finds and everything the rules find.
    case union
}

/// Applies a ``RelationModel`` to the candidate pairs of a sentence.
struct RelationClassifier: Sendable {
    let model: RelationModel
    let lexicon: Lexicon
    /// The model's weights, found in constant time.
    private var rows: WeightIndex { model.index }
    /// Each label's threshold (``RelationModel/threshold(for:)`` of its type), in label order.
    private let thresholds: [Double]
    /// How many slots a pair may have for their weights to be added in any order, after its
    /// label's bias (``WeightIndex/orderFreeSumTerms(startingFrom:)``).
    private let orderFreeTerms: Int

    init(model: RelationModel, lexicon: Lexicon) {
        self.model = model
        self.lexicon = lexicon
        // A type threshold of 1 turns the model off for that type; a saturated sigmoid can still
        // round to exactly 1, so it becomes a bar no probability reaches.
        thresholds = model.labels.map { label in
            let threshold = model.threshold(for: label.type)
            return threshold >= 1 ? .infinity : threshold
        }
        orderFreeTerms = model.index.orderFreeSumTerms(startingFrom: model.biases)
    }

    /// The relations the model finds in one sentence, with its probability as confidence.
    func relations(in reading: SentenceMentions, index: Int, document: AnalyzedDocument, context: DocumentContext,
                   ruleRelations: [FoundRelation]) -> [FoundRelation] {
        let isHeadline = index == 0
        let pairs = SentenceCandidates.pairs(in: reading, pronouns: context.pronounMentions(in: reading, index: index, document: document),
                                             topics: context.topics)
        guard !pairs.isEmpty else { return [] }
        let featurizer = PairFeatures(document: document, reading: reading, lexicon: lexicon,
                                      ruleRelations: ruleRelations, isHeadline: isHeadline)
        var found: [FoundRelation] = []
        for pair in pairs {
            let probabilities = model.probabilities(ofSlots: featurizer.slots(of: pair, orderFreeTerms: orderFreeTerms), rows: rows)
            for (index, probability) in zip(thresholds.indices, probabilities) where probability >= thresholds[index] {
                let label = model.labels[index]
                let (source, target) = label.direction == .backward ? (pair.second, pair.first) : (pair.first, pair.second)
                guard RelationSignature.of(label.type).allows(source.type, target.type, type: label.type) else { continue }
                let modality = featurizer.triggers.contains { $0.relation == label.type && $0.reading == .possible }
                    ? "possible" : nil
                found.append(FoundRelation(source: source.actorID, target: target.actorID, type: label.type,
                                           confidence: Self.rounded(probability), modality: modality))
            }
        }
        return found
    }

    /// A rule's relation with the confidence its type earned on the training articles (halved
    /// when the sentence only speculates), where the model file has one.
    func calibrated(_ relation: FoundRelation) -> FoundRelation {
        guard let precision = model.ruleConfidences[relation.type] else { return relation }
        var calibrated = relation
        calibrated.confidence = Self.rounded(relation.modality == nil ? precision : precision / 2)
        return calibrated
    }

    /// Probabilities kept to 4 decimals, so the output does not depend on the last bits of a sum.
    static func rounded(_ probability: Double) -> Double { (probability * 10_000).rounded() / 10_000 }
}
