import Foundation
import RelGraphCore
import RelGraphKnowledge
@testable import RelGraphExtraction

/// The hand-written rules' extractor for the rule tests (the bundled lexicon plus invented
/// persons, so the tests do not depend on who the curated registry lists), and the same lexicon
/// with the learned models.
enum Fixtures {
    static let persons = """
        #relgraph-lexicon 1 persons
        name\trole\tof\tstart\tend\tvariants\tsurnames
        Tomas Verhoeven\tpresident\tNL\t2031-01-01\t\t\tVerhoeven
        Alma Quispe\tpresident\tPE\t2031-01-01\t\t\tQuispe
        Ines Zavala\tharbour_master\tPE\t2031-01-01\t\t\tZavala
        Luis Paredes\tforeign_minister\tCL\t2031-01-01\t\t\tParedes

        """

    static let capitals = """
        #relgraph-lexicon 1 capitals
        iso\ten\tfr\tes\tde
        PE\tLima\tLima\tLima\tLima
        EC\tQuito\tQuito\tQuito\tQuito

        """

    static let demonyms = """
        #relgraph-lexicon 1 demonyms
        iso\tfr\ten\ten_noun\tes\tde\tde_noun
        PE\tpéruvien\tPeruvian\t\tperuano\tperuanisch\tPeruaner
        CL\tchilien\tChilean\t\tchileno\tchilenisch\tChilene

        """

    static let titles = """
        #relgraph-lexicon 1 titles
        lang\trole\trelation\tscope\tforms
        fr\tforeign_minister\tmember_of\tcountry\tministre des Affaires étrangères|ministre
        fr\tharbour_master\tleader_of\tcountry\tcapitaine général des ports

        """

    static let extractor: Extractor = {
        let files = [("persons", persons), ("capitals", capitals), ("demonyms", demonyms), ("titles", titles)].map { name, text in
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-test-\(name)-\(getpid()).tsv").path
            try! text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        return try! Extractor(lexicon: Lexicon.load(extraFiles: files), decider: .rules, model: nil)
    }()

    /// The fixture lexicon with relgraph's bundled models: what `relgraph extract` runs.
    static let learned: Extractor = try! Extractor(lexicon: extractor.lexicon, decider: .union, model: RelationModel.bundled(),
                                                   tagger: NameTagger.bundled())

    static func graph(_ text: String, language: Language? = nil) -> RelationshipGraph {
        extractor.extract(text: text, document: "test.txt", language: language)
    }

    /// Edges as "type(source,target)" strings, for compact expectations.
    static func edges(_ text: String, language: Language? = nil) -> Set<String> {
        Set(graph(text, language: language).edges.map { "\($0.type.rawValue)(\($0.source),\($0.target))" })
    }

    /// The agreement mentions the mention stages find in `text`.
    static func agreementMentions(_ text: String, language: Language) -> [Mention] {
        let document = extractor.analyze(text: text, document: "t", language: language)
        return extractor.mentions(in: document).flatMap(\.mentions).filter { $0.type == .agreement }
    }

    /// Whether `edges` (as ``edges(_:language:)`` writes them) hold a meeting of `a` and `b`, either way round.
    static func meet(_ a: String, _ b: String, in edges: Set<String>) -> Bool {
        edges.contains("meet(\(a),\(b))") || edges.contains("meet(\(b),\(a))")
    }

    static func nodes(_ text: String, language: Language? = nil) -> Set<String> {
        Set(graph(text, language: language).nodes.map(\.id))
    }
}
