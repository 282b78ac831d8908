import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphExport
import RelGraphExtraction
import RelGraphFormats
import RelGraphKnowledge
import RelGraphTime

/// `relgraph extract FILE...`: news articles → one relationship graph.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read news articles (fr, en, es, de) and write their actors and relations as one graph.",
        discussion: """
            Each FILE is a UTF-8 text of at most 16 MB (- reads stdin); .html/.htm and .md files are read without their markup. Several files merge into one graph: one node \
            per actor across articles, one edge per (source, type, target) with every evidence sentence.

              relgraph extract article.fr.txt -o graph.json
              relgraph extract a.txt b.txt --lang en --lexicon my-names.tsv
              relgraph extract article.fr.txt --date 2024-06-18

            Each evidence gets a date: its sentence's time expression ("hier", "last September", "il y a \
            24 ans") read against the document's date, else the document's date. The document's date is \
            --date, else the one the document states (HTML metadata, JSON-LD, <time datetime>, a dateline \
            or by-line), else unknown ("date": null in the graph's "documents"); never the file's time.
            """
    )

    @Argument(help: "Article text files; - reads stdin.")
    var files: [String]

    @Option(name: .long, help: "Language of the articles: auto, fr, en, es or de.")
    var lang: String = Default.lang

    @Option(name: .long, help: "Output format: json, dot or graphml.")
    var format: String = Default.format

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Option(name: .long, help: "An extra lexicon file (relgraph TSV format); repeat for several.")
    var lexicon: [String] = []

    @Option(name: .long, help: "How relations are decided: union (the learned model and the hand-written rules), combined (the model, plus the rules only for actors of other sentences), model, or rules.")
    var decider: String = Default.decider

    @Option(name: .long, help: "How names the lexicon does not know are found: learned (the name tagger, then the patterns) or rules (the patterns alone).")
    var names: String = Default.names

    @Option(name: .long, help: "A folder of model files from `relgraph train` (names.rgmodel, relations.rgmodel) instead of the bundled ones.")
    var models: String?

    @Option(name: .long, help: "The articles' publication date, YYYY-MM-DD (else found in each article, else unknown).")
    var date: String?

    /// The options' defaults, read by the option declarations above and by `PlainCommandLine`.
    enum Default {
        static let lang = "auto"
        static let format = "json"
        static let decider = RelationDecider.union.rawValue
        static let names = "learned"
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one article file (or - for stdin)") }
        guard lang == "auto" || Language(rawValue: lang) != nil else {
            throw ValidationError("unknown language '\(lang)' (auto, fr, en, es, de)")
        }
        guard ["json", "dot", "graphml"].contains(format) else {
            throw ValidationError("unknown format '\(format)' (json, dot, graphml)")
        }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("stdin (-) can be read only once") }
        guard ["learned", "rules"].contains(names) else { throw ValidationError("unknown --names '\(names)' (learned, rules)") }
        guard RelationDecider(rawValue: decider) != nil else {
            throw ValidationError("unknown decider '\(decider)' (combined, model, union, rules)")
        }
    }

    func run() throws {
        try OutputFile.refuseOverwriting(inputs: files + lexicon, with: output)
        let extractor = try ModelOptions.extractor(lexiconFiles: lexicon, decider: decider, names: names, modelFolder: models)
        keepUntilExit(extractor)
        let given = try DateOption.parse(date, name: "--date")
        let language = Language(rawValue: lang)
        var documents: [(text: String, name: String, date: PartialDate?)] = []
        for file in files {
            // Read as `ingest` reads: same limit, checks and markup stripping, so the same evidence.
            // The document's own date (HTML metadata, a dateline) unless --date gives one.
            // (Without the content hash `ingest` stores: extract keeps no record of the file.)
            let document = file == "-" ? try Self.textAndDate(DocumentReader.readStandardInput()) : try DocumentReader.readText(file)
            documents.append((document.text, file, given ?? document.date?.date))
        }
        let graph = extractor.extract(documents: documents, language: language)
        try OutputFile.write(try render(graph), to: output)
    }

    private static func textAndDate(_ document: SourceDocument) -> (text: String, date: DocumentDate?) {
        (document.text, document.date)
    }

    private func render(_ graph: RelationshipGraph) throws -> String {
        switch format {
        case "dot": return DiagramWriter.dot(for: graph)
        case "graphml": return GraphMLWriter.write(graph)
        default: return GraphJSON.encode(graph)
        }
    }
}
