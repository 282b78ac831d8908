import Foundation
import RelGraphCore
import RelGraphExtraction
import RelGraphKnowledge

/// Builds the extractor the `--decider`, `--names` and `--models` options ask for.
enum ModelOptions {
    /// The decoded models the options ask for (nil where the options turn one off).
    struct Models: Sendable {
        let decider: RelationDecider
        let relations: RelationModel?
        let names: NameTagger?
    }

    static func extractor(lexicon: RelGraphKnowledge.Lexicon, decider name: String, names: String = "learned",
                          modelFolder: String?) throws -> Extractor {
        try extractor(lexicon: lexicon, models: models(decider: name, names: names, modelFolder: modelFolder))
    }

    /// Reads the lexicon (bundled data and `lexiconFiles`) and decodes the models on a second
    /// thread meanwhile: the two are independent, and the models take a quarter of the time.
    static func extractor(lexiconFiles: [String], decider name: String, names: String = "learned",
                          modelFolder: String?) throws -> Extractor {
        let models = BackgroundResult { try Self.models(decider: name, names: names, modelFolder: modelFolder) }
        let lexicon = try RelGraphKnowledge.Lexicon.load(extraFiles: lexiconFiles, snapshot: LexiconSnapshotFile.url)
        return try extractor(lexicon: lexicon, models: models.value())
    }

    static func models(decider name: String, names: String, modelFolder: String?) throws -> Models {
        guard let decider = RelationDecider(rawValue: name) else { throw RelGraphError.usage("unknown decider '\(name)'") }
        do {
            let folder = modelFolder.map { URL(fileURLWithPath: $0) }
            let tagger = names == "learned" ? try folder.map { try NameTagger.load(contentsOf: $0.appendingPathComponent("names.rgmodel")) }
                ?? NameTagger.bundled() : nil
            guard decider != .rules else { return Models(decider: .rules, relations: nil, names: tagger) }
            let model = try folder.map { try RelationModel.load(contentsOf: $0.appendingPathComponent("relations.rgmodel")) }
                ?? RelationModel.bundled()
            return Models(decider: decider, relations: model, names: tagger)
        } catch let error as RelationModelError {
            throw RelGraphError.badInput(error.description)
        }
    }

    private static func extractor(lexicon: RelGraphKnowledge.Lexicon, models: Models) throws -> Extractor {
        do {
            return try Extractor(lexicon: lexicon, decider: models.decider, model: models.relations, tagger: models.names)
        } catch let error as RelationModelError {
            throw RelGraphError.badInput(error.description)
        }
    }
}
