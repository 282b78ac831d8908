import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphKnowledge

/// `relgraph lexicon stats|lookup`: what relgraph knows, and what a name resolves to.
struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Show the knowledge base's coverage, or what a name resolves to.",
        discussion: """
            The knowledge base is the bundled data (countries, organizations, persons, titles…) \
            plus any --lexicon FILE in the same TSV format (Sources/RelGraphKnowledge/Data/README.md).

              relgraph lexicon stats
              relgraph lexicon lookup Poutine
              relgraph lexicon lookup "Jane Roe" --lexicon my-people.tsv
            """,
        subcommands: [LexiconStats.self, LexiconLookup.self]
    )
}

/// `--lexicon FILE`, shared by the lexicon subcommands.
struct LexiconFileOptions: ParsableArguments {
    @Option(name: .long, help: "An extra lexicon file (relgraph TSV format); repeat for several.")
    var lexicon: [String] = []

    func load() throws -> RelGraphKnowledge.Lexicon {
        try RelGraphKnowledge.Lexicon.load(extraFiles: lexicon, snapshot: LexiconSnapshotFile.url)
    }
}

struct LexiconStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Coverage counts per table, kind and language, and the gaps.")

    @OptionGroup var files: LexiconFileOptions

    @Option(name: .long, help: "text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let clock = ContinuousClock()
        var lexicon: RelGraphKnowledge.Lexicon?
        let elapsed = try clock.measure { lexicon = try files.load() }
        keepUntilExit(lexicon)
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        switch format {
        case .text:
            print(LexiconReport.stats(lexicon!), terminator: "")
            print("load time: \(String(format: "%.1f", milliseconds)) ms")
        case .json:
            print(LexiconReport.statsJSON(lexicon!, loadMilliseconds: milliseconds), terminator: "")
        }
    }
}

struct LexiconLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Show every actor and title a name resolves to (case- and accent-insensitive).")

    @Argument(help: "A name as it appears in a text, e.g. \"Poutine\", \"le Kremlin\", \"nordkoreanische\".")
    var name: String

    @OptionGroup var files: LexiconFileOptions

    @Option(name: .long, help: "text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let lexicon = try files.load()
        keepUntilExit(lexicon)
        guard let text = format == .json ? LexiconReport.lookupJSON(name, in: lexicon) : LexiconReport.lookup(name, in: lexicon) else {
            let suggestions = LexiconReport.suggestions(for: name, in: lexicon)
            let hint = suggestions.isEmpty ? "" : " (did you mean: \(suggestions.joined(separator: ", "))?)"
            throw RelGraphError.badInput("no lexicon entry for '\(name)'\(hint)")
        }
        print(text, terminator: "")
    }
}
