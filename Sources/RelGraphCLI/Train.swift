import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphExtraction
import RelGraphKnowledge

/// `relgraph train`: learns the relation model from annotated articles.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Learn the name tagger and the relation model from annotated articles (articles/*.txt + gold/*.json).",
        discussion: """
            Every --train folder teaches the models (a --train-relations folder the relation model alone); the \
            --validation folder chooses the relation threshold (best relation \
            F1), then each type's own threshold where it lifts F1 (1 leaves that type to the hand-written rules), and \
            is never learned from. Then models learned from each half of the training articles extract the other \
            half, and how often their relations are right calibrates the confidence (Platt scaling). Writes \
            names.rgmodel and relations.rgmodel into the output folder; the same folders give the same files, byte \
            for byte. Annotations follow eval/SCHEMA.md.

              relgraph train --train corpus/train --validation corpus/validation -o models/
              relgraph extract article.txt --models models/
            """
    )

    @Option(name: .long, help: "A folder of annotated articles to learn from; repeat for several.")
    var train: [String] = []

    @Option(name: .long, help: ArgumentHelp("A folder of annotated articles the relation model alone learns from; repeat for several.",
                                            discussion: "For articles written to teach relations (the team's own training articles): the name tagger, the rules' confidences and the calibration learn from --train alone."))
    var trainRelations: [String] = []

    @Option(name: .long, help: ArgumentHelp("Relation types the --train-relations articles do not teach (comma-separated).",
                                            discussion: "Their pairs are then neither positive nor negative examples of those types."))
    var trainRelationsExcept: String = ""

    @Option(name: .long, help: "A folder of annotated articles to choose the threshold on.")
    var validation: String?

    @Option(name: .shortAndLong, help: "The folder to write names.rgmodel and relations.rgmodel into.")
    var output: String

    @Option(name: .long, help: "Passes over the training examples.")
    var epochs: Int = RelationTrainer().epochs

    @Option(name: .long, help: "The decider whose validation F1 chooses the threshold (combined, model, union).")
    var decider: String = RelationDecider.union.rawValue

    @Option(name: .long, help: "L2 regularisation strength.")
    var l2: Float = RelationTrainer().l2

    @Option(name: .long, help: "AdaGrad learning rate.")
    var learningRate: Float = RelationTrainer().learningRate

    @Option(name: .long, help: "Seed of the order the examples are learned in (both models); another seed measures how much retraining alone moves the scores.")
    var seed: UInt64 = RelationTrainer().seed

    @Option(name: .long, help: "An extra lexicon file (relgraph TSV format); repeat for several.")
    var lexicon: [String] = []

    func validate() throws {
        guard !train.isEmpty else { throw ValidationError("give at least one --train folder") }
        guard (1...200).contains(epochs) else { throw ValidationError("--epochs must be between 1 and 200") }
        guard l2 >= 0, l2 < 1, learningRate > 0, learningRate <= 10 else { throw ValidationError("--l2 must be in [0, 1) and --learning-rate in (0, 10]") }
        guard let chosen = RelationDecider(rawValue: decider), chosen != .rules else {
            throw ValidationError("--decider must be combined, model or union (the rules alone learn nothing)")
        }
        for name in trainRelationsExcept.split(separator: ",") where RelationType(rawValue: String(name)) == nil {
            throw ValidationError("--train-relations-except: '\(name)' is no relation type (\(RelationType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    /// The relation types the --train-relations articles teach: all but --train-relations-except
    /// (its names are checked by validate()).
    var typesTaughtByRelationArticles: Set<RelationType> {
        Set(RelationType.allCases).subtracting(trainRelationsExcept.split(separator: ",").compactMap { RelationType(rawValue: String($0)) })
    }

    /// The decider whose F1 chooses the thresholds and whose output the calibration learns from.
    var chosenDecider: RelationDecider { RelationDecider(rawValue: decider) ?? .union }  // checked by validate()

    /// How much a type's own threshold must lift validation F1 to be kept.
    static let typeThresholdMargin = 0.003

    /// Thresholds tried on the validation folder. A type's own threshold may also be 1: the
    /// model is then silent on that type and only the rules (union decider) assert it.
    static let thresholds: [Double] = stride(from: 0.05, through: 0.85, by: 0.05).map { ($0 * 100).rounded() / 100 }

    func run() throws {
        let knowledge = try RelGraphKnowledge.Lexicon.load(extraFiles: lexicon, snapshot: LexiconSnapshotFile.url)
        let outputFolder = URL(fileURLWithPath: output)
        guard (try? outputFolder.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true else {
            throw RelGraphError.badInput("\(output): no such folder")
        }
        let trainingArticles = try corpora(train, note: "")
        let relationArticles = try corpora(trainRelations, note: " (relations only)")
        let (tagger, fittedModel) = try fit(trainingArticles, relationsOnly: relationArticles, knowledge: knowledge, verbose: true)
        var model = fittedModel
        let validationArticles = try validation.map(corpus)
        if let validation, let articles = validationArticles {
            func score(_ model: RelationModel) throws -> GoldScore {
                try Extractor(lexicon: knowledge, decider: chosenDecider, model: model, tagger: tagger).score(articles)
            }
            print("threshold on \(validation) (\(articles.count) articles):")
            var best: (threshold: Double, score: GoldScore)?
            for threshold in Self.thresholds {
                model.threshold = threshold
                let result = try score(model)
                print(String(format: "  %.2f  P %.3f  R %.3f  F1 %.3f", threshold, result.precision, result.recall, result.f1))
                if best == nil || result.f1 > best!.score.f1 { best = (threshold, result) }
            }
            model.threshold = best!.threshold
            var current = best!.score
            print(String(format: "chosen threshold %.2f (relation F1 %.3f)", best!.threshold, current.f1))
            // One pass of per-type thresholds: a type keeps its own only when it lifts F1 by a clear margin.
            for type in RelationType.allCases {
                var candidate = model
                for threshold in Self.thresholds + [1] where threshold != model.threshold {
                    candidate.typeThresholds[type] = threshold
                    let result = try score(candidate)
                    if result.f1 > current.f1 + Self.typeThresholdMargin {
                        model.typeThresholds[type] = threshold
                        current = result
                    }
                }
                if let chosen = model.typeThresholds[type] {
                    print(String(format: "  %@ threshold %.2f (relation F1 %.3f)", type.rawValue, chosen, current.f1))
                }
            }
            print("reliability on \(validation) before calibration (edges by confidence):")
            print(ReliabilityTable(current.judged).text)
        }
        try calibrate(&model, on: trainingArticles, relationsOnly: relationArticles, knowledge: knowledge)
        if let validation, let articles = validationArticles {
            let calibrated = try Extractor(lexicon: knowledge, decider: chosenDecider, model: model, tagger: tagger).score(articles)
            print("reliability on \(validation) after calibration:")
            print(ReliabilityTable(calibrated.judged).text)
        }
        try OutputFile.write(Data(tagger.encoded()), to: outputFolder.appendingPathComponent("names.rgmodel").path)
        try OutputFile.write(Data(model.encoded()), to: outputFolder.appendingPathComponent("relations.rgmodel").path)
        print("\(output): names.rgmodel, relations.rgmodel (\(model.weights.slotCount) feature slots, \(model.weights.count) weights, \(model.labels.count) labels)")
    }

    /// The name tagger and the relation model learned from `articles`, the relation model also
    /// from `relationsOnly` (thresholds left at their defaults); `verbose` prints what was learned.
    func fit(_ articles: [AnnotatedArticle], relationsOnly: [AnnotatedArticle] = [], knowledge: RelGraphKnowledge.Lexicon,
             verbose: Bool) throws -> (NameTagger, RelationModel) {
        // Names first: the relation examples are read with the tagger's names, as extraction will.
        let ruleExtractor = try Extractor(lexicon: knowledge, decider: .rules, model: nil)
        let tagger = NameTagger.train(articles.flatMap { ruleExtractor.taggerSentences(for: $0) }, seed: seed)
        if verbose { print("name tagger: \(tagger.slotCount) feature slots") }
        let taggedExtractor = try Extractor(lexicon: knowledge, decider: .rules, model: nil, tagger: tagger)
        var examples: [TrainingExample] = []
        var coverage = TrainingCoverage()
        for article in articles {
            let (found, reach) = taggedExtractor.trainingExamples(for: article)
            examples += found
            coverage = coverage + reach
        }
        for article in relationsOnly {
            examples += taggedExtractor.trainingExamples(for: article, teaching: typesTaughtByRelationArticles)
        }
        let positives = examples.reduce(0) { $0 + $1.positives.count }
        if verbose {
            print("examples: \(examples.count) candidate pairs, \(positives) gold labels")
            print("gold relations: \(coverage.goldRelations); both actors found: \(coverage.bothActorsFound); named together in a stating sentence: \(coverage.inOneSentence)")
        }
        // How often each type of the rules' relations is right on the training articles, which the
        // rules were not written on: their confidence beside the model's probabilities.
        let ruleScore = taggedExtractor.score(articles)
        var ruleConfidences: [RelationType: Double] = [:]
        for type in RelationType.allCases {
            let outcomes = ruleScore.judged.filter { $0.type == type }
            // Laplace's rule of succession: a type seen twice is not certain.
            ruleConfidences[type] = (Double(outcomes.filter(\.correct).count) + 1) / (Double(outcomes.count) + 2)
        }
        if verbose {
            print("rule precision on the training articles: " + RelationType.allCases.map {
                String(format: "%@ %.2f", $0.rawValue, ruleConfidences[$0]!) }.joined(separator: ", "))
        }
        var trainer = RelationTrainer()
        trainer.epochs = epochs
        trainer.seed = seed
        trainer.l2 = l2
        trainer.learningRate = learningRate
        var model = trainer.train(examples)
        model.ruleConfidences = ruleConfidences
        return (tagger, model)
    }

    /// The articles of every folder in `folders`, each folder's count printed with `note`.
    func corpora(_ folders: [String], note: String) throws -> [AnnotatedArticle] {
        var all: [AnnotatedArticle] = []
        for folder in folders {
            let articles = try corpus(folder)
            all += articles
            print("\(folder): \(articles.count) articles\(note)")
        }
        return all
    }

    func corpus(_ folder: String) throws -> [AnnotatedArticle] {
        do {
            return try AnnotatedCorpus.load(folder: URL(fileURLWithPath: folder))
        } catch let error as AnnotatedCorpusError {
            throw RelGraphError.badInput(error.description)
        }
    }
}
