import Foundation
import RelGraphTestSupport
import Testing

/// Bad input gets one clear line on stderr and exit status 1 (usage errors: 2); never a crash,
/// never a half-written output file.
@Suite struct BadInputTests {
    /// One line, prefixed by the tool's name, no trap or backtrace.
    private func expectCleanFailure(_ result: CLIRunner.Result, status: Int32 = 1, mentioning fragment: String? = nil,
                                    sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count >= 1, sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("relgraph:") || result.stderr.hasPrefix("Error:"), "stderr: \(result.stderr)",
                sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
        if let fragment {
            #expect(result.stderr.localizedCaseInsensitiveContains(fragment), "stderr: \(result.stderr)",
                    sourceLocation: sourceLocation)
        }
    }

    private func file(_ name: String, _ data: Data) throws -> String {
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test func missingFile() throws {
        expectCleanFailure(try CLIRunner.run(["extract", "/nonexistent/article.txt"]), mentioning: "no such file")
    }

    @Test func directoryInsteadOfFile() throws {
        expectCleanFailure(try CLIRunner.run(["extract", "Examples"]), mentioning: "directory")
    }

    @Test func emptyFile() throws {
        expectCleanFailure(try CLIRunner.run(["extract", try file("empty.txt", Data())]), mentioning: "empty")
    }

    @Test func invalidUTF8() throws {
        let bytes = Data("Moscou a signé un accord ".utf8) + Data([0xC3, 0x28, 0xFF, 0xFE]) + Data(" avec Pyongyang.".utf8)
        expectCleanFailure(try CLIRunner.run(["extract", try file("latin.txt", bytes)]), mentioning: "UTF-8")
    }

    @Test func binaryData() throws {
        var generator = SeededGenerator(seed: 4096)  // the same bytes on every run
        let bytes = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0, 0, 0])
        expectCleanFailure(try CLIRunner.run(["extract", try file("blob.bin", bytes)]))
    }

    /// `extract` reads files as `ingest` does (RelGraphDocuments.DocumentReader): a file of white
    /// space used to give `extract` an empty graph.
    @Test func extractRefusesWhatIngestRefuses() throws {
        let blank = try file("blank.txt", Data(" \n\t\n".utf8))
        expectCleanFailure(try CLIRunner.run(["extract", blank]), mentioning: "\(blank): empty file (only white space)")
        let controls = try file("controls.txt", Data(Array(repeating: UInt8(ascii: "a"), count: 98) + [0x01, 0x02]))
        expectCleanFailure(try CLIRunner.run(["extract", controls]), mentioning: "control characters")
        let markup = try file("page.html", Data("<html><script>var a = 1;</script></html>".utf8))
        expectCleanFailure(try CLIRunner.run(["extract", markup]), mentioning: "no text left after removing the markup")
        let good = try file("good.txt", Data("Vladimir Poutine a rencontré Kim Jong-un à Pyongyang.".utf8))
        let result = try CLIRunner.run(["extract", good])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("person:vladimir-putin"))
    }

    @Test func malformedGraphJSON() throws {
        let graph = try file("g.json", Data("{\"nodes\": [".utf8))
        expectCleanFailure(try CLIRunner.run(["path", "A", "B", "--graph", graph]), mentioning: "graph")
        expectCleanFailure(try CLIRunner.run(["export", "--graph", graph, "--format", "dot"]))
    }

    @Test func unknownActorGetsASuggestion() throws {
        let graph = try file("g.json", Data("""
        {"nodes": [{"id": "country:RU", "type": "country", "label": "Russia", "aliases": ["Russie"], "attributes": {"iso": "RU"}},
                   {"id": "country:UA", "type": "country", "label": "Ukraine", "aliases": [], "attributes": {"iso": "UA"}}],
         "edges": [{"source": "country:RU", "target": "country:UA", "type": "attack", "confidence": 0.9, "evidence": []}]}
        """.utf8))
        // A misspelling the knowledge base does not know either ("Rusia" is Spanish for Russia: found).
        let result = try CLIRunner.run(["path", "Russai", "Ukraine", "--graph", graph])
        expectCleanFailure(result, mentioning: "did you mean")
        #expect(result.stderr.contains("Russia"))
    }

    @Test func failedRenderLeavesNoFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("out.svg").path
        let graph = try file("g.json", Data("not json".utf8))
        expectCleanFailure(try CLIRunner.run(["render", "--graph", graph, "-o", output]))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// `extract` decodes the models on a second thread while it reads the lexicon: a model error
    /// still comes back as one line and no output file, and a bad lexicon is still reported first.
    @Test func badModelFolderFailsCleanly() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let output = folder.appendingPathComponent("graph.json").path
        let article = "Examples/sahel-summit.en.txt"
        expectCleanFailure(try CLIRunner.run(["extract", article, "--models", folder.appendingPathComponent("none").path, "-o", output]),
                           mentioning: "names.rgmodel")
        for name in ["names.rgmodel", "relations.rgmodel"] {
            try Data("not a model".utf8).write(to: folder.appendingPathComponent(name))
        }
        expectCleanFailure(try CLIRunner.run(["extract", article, "--models", folder.path, "-o", output]),
                           mentioning: "not a relgraph model file")
        let lexicon = try file("bad-lexicon.tsv", Data("x\ty\n".utf8))
        expectCleanFailure(try CLIRunner.run(["extract", article, "--models", folder.path, "--lexicon", lexicon, "-o", output]),
                           mentioning: "not a relgraph lexicon")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func unknownVerbOrOptionIsAUsageError() throws {
        let result = try CLIRunner.run(["extract", "--format", "yaml", "Examples/sahel-summit.en.txt"])
        #expect(result.status == 2, "stderr: \(result.stderr)")
    }
}
