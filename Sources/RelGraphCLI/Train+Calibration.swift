import Foundation
import RelGraphCore
import RelGraphExtraction
import RelGraphKnowledge

/// The confidence calibration step of `relgraph train`.
extension Train {
    /// Learns `model`'s ``ConfidenceCalibration`` out of fold: the training articles are split in
    /// two halves by a hash of their names, models learned from each half (with `model`'s
    /// thresholds) extract the other, and the Platt map is fitted to whether each relation they
    /// output is in the gold. A model judging articles it learned from would be sure of nearly
    /// everything; these relations are as unseen as a user's. Too few articles or relations leave
    /// the identity map. The `relationsOnly` articles teach every fold's relation model and are
    /// never held out: the map is learned on real news alone.
    func calibrate(_ model: inout RelationModel, on articles: [AnnotatedArticle], relationsOnly: [AnnotatedArticle],
                   knowledge: RelGraphKnowledge.Lexicon) throws {
        let halves = Self.folds(of: articles)
        guard halves.allSatisfy({ !$0.isEmpty }) else {
            print("calibration: too few training articles for two folds; confidences left as the model gives them")
            return
        }
        var outOfFold = GoldScore()
        for (index, held) in halves.enumerated() {
            let learned = halves[1 - index]
            let (tagger, fitted) = try fit(learned, relationsOnly: relationsOnly, knowledge: knowledge, verbose: false)
            var foldModel = fitted
            foldModel.threshold = model.threshold
            foldModel.typeThresholds = model.typeThresholds
            outOfFold = outOfFold + (try Extractor(lexicon: knowledge, decider: chosenDecider, model: foldModel, tagger: tagger).score(held))
        }
        let outcomes = outOfFold.judged.map { (confidence: $0.confidence, correct: $0.correct) }
        print(String(format: "out of fold on the training articles (2 folds: %d + %d): relation P %.3f R %.3f F1 %.3f",
                     halves[0].count, halves[1].count, outOfFold.precision, outOfFold.recall, outOfFold.f1))
        print(ReliabilityTable(outOfFold.judged).text)
        guard let calibration = ConfidenceCalibration.fitted(to: outcomes) else {
            print("calibration: too few right or wrong relations out of fold; confidences left as the model gives them")
            return
        }
        model.calibration = calibration
        print(String(format: "calibration: p = σ(%.4f · logit(raw) %+.4f), from %d relations (%d right)", calibration.slope,
                     calibration.intercept, outcomes.count, outcomes.filter(\.correct).count))
    }

    /// The two halves of `articles`, by a stable hash of each name: the same article always falls
    /// in the same half, whatever else the folder holds.
    static func folds(of articles: [AnnotatedArticle]) -> [[AnnotatedArticle]] {
        let first = articles.filter { FeatureHashing.slot("fold:" + $0.name) % 2 == 0 }
        let second = articles.filter { FeatureHashing.slot("fold:" + $0.name) % 2 == 1 }
        return [first, second]
    }
}
