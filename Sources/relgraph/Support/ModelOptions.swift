import Foundation
import RelGraphCore
import RelGraphExtraction
import RelGraphKnowledge

/// Builds the extractor the `--decider`, `--names` and `--models` options ask for.
enum ModelOptions {
    static func extractor(lexicon: RelGraphKnowledge.Lexicon, decider name: String, names: String = "learned",
                          modelFolder: String?) throws -> Extractor {
        guard let decider = RelationDecider(rawValue: name) else { throw RelGraphError.usage("unknown decider '\(name)'") }
        do {
            let folder = modelFolder.map { URL(fileURLWithPath: $0) }
            let tagger = names == "learned" ? try folder.map { try NameTagger.load(contentsOf: $0.appendingPathComponent("names.rgmodel")) }
                ?? NameTagger.bundled() : nil
            guard decider != .rules else { return try Extractor(lexicon: lexicon, decider: .rules, model: nil, tagger: tagger) }
            let model = try folder.map { try RelationModel.load(contentsOf: $0.appendingPathComponent("relations.rgmodel")) }
                ?? RelationModel.bundled()
            return try Extractor(lexicon: lexicon, decider: decider, model: model, tagger: tagger)
        } catch let error as RelationModelError {
            throw RelGraphError.badInput(error.description)
        }
    }
}
