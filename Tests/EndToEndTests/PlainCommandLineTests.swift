import ArgumentParser
@testable import RelGraphCLI
import Testing

/// `relgraph` reads its most repeated command lines without ArgumentParser (start-up); these
/// check that such a reading is the one ArgumentParser gives, field by field, default by default,
/// and that every other line is left to ArgumentParser.
@Suite struct PlainCommandLineTests {
    static let plainLines: [[String]] = [
        ["stats", "--graph", "g.json"],
        ["stats", "--graph", "g.json", "--format", "json", "-o", "out.json"],
        ["stats", "--db", "corpus.sqlite", "--since", "2024", "--until", "2025-06", "--output", "s.txt"],
        ["extract", "one.txt"],
        ["extract", "a.txt", "-o", "g.json", "b.txt", "--lang", "fr", "--format", "dot"],
        ["extract", "a.txt", "--lexicon", "x.tsv", "--lexicon", "y.tsv", "--decider", "model", "--names", "rules",
         "--models", "m", "--date", "2024-06-18", "--output", "g.graphml"],
        ["render", "--graph", "g.json", "-o", "r.svg"],
        ["render", "--graph", "g.json", "-o", "r.svg", "--engine", "dot"],
        ["render", "--graph", "g.json", "--output", "r.png", "--focus", "Vladimir Putin", "--depth", "2", "--cluster",
         "--no-legend", "--dates", "--title", "Hello", "--timeout", "2.5", "--format", "pdf", "--since", "2020"],
        ["render", "--db", "c.sqlite", "-o", "r.svg"],
    ]

    @Test(arguments: plainLines)
    func plainReadingEqualsArgumentParsers(arguments: [String]) throws {
        guard case .command(let plain) = PlainCommandLine.command(for: arguments) else {
            Issue.record("\(arguments) was left to ArgumentParser")
            return
        }
        let parsed = try RelGraphCommand.parseAsRoot(arguments)
        #expect(type(of: plain) == type(of: parsed))
        #expect(Self.described(plain) == Self.described(parsed))
    }

    static let parserLines: [[String]] = [
        [], ["--help"], ["help", "stats"], ["stats", "--help"], ["stats", "-h"], ["--version", "x"],
        ["stats"],                                          // validate() fails: no input
        ["stats", "--graph", "g.json", "--db", "c.sqlite"], // validate() fails: both inputs
        ["stats", "--graph=g.json"], ["stats", "--graph"], ["stats", "--graph", "-"], ["stats", "--graph", ""],
        ["stats", "--graph", "a", "--graph", "b"], ["stats", "--graph", "g.json", "--format", "xml"],
        ["stats", "--graph", "g.json", "extra"], ["stats", "--graph", "g.json", "--unknown", "1"],
        ["extract"], ["extract", "-"], ["extract", "a.txt", "--lang", "it"], ["extract", "a.txt", "--", "-b.txt"],
        ["extract", "a.txt", "-o", "x", "-o", "y"], ["extract", "help"],
        ["render", "--graph", "g.json"],                    // no -o
        ["render", "--graph", "g.json", "-o", "r.svg", "--depth", "many"],
        ["render", "--graph", "g.json", "-o", "r.svg", "--depth", "-1"],
        ["render", "--graph", "g.json", "-o", "r.svg", "--path", "A", "B"],
        ["render", "--graph", "g.json", "-o", "r.svg", "--cluster", "--cluster"],
        ["render", "--graph", "g.json", "-o", "r.bmp"],     // validate() fails: unknown extension
        ["path", "A", "B", "--graph", "g.json"],
    ]

    @Test(arguments: parserLines)
    func otherLinesAreLeftToArgumentParser(arguments: [String]) {
        let reading = PlainCommandLine.command(for: arguments)
        #expect(reading == nil)
    }

    @Test func versionIsTheConfiguredOne() {
        guard case .version(let version) = PlainCommandLine.command(for: ["--version"]) else {
            Issue.record("--version was left to ArgumentParser")
            return
        }
        #expect(version == RelGraphCommand.configuration.version)
    }

    /// Every stored property, property wrappers included, as `dump` writes it.
    static func described(_ command: any ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }
}
