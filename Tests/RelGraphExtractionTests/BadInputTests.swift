import Foundation
import Testing
import RelGraphCore
import RelGraphFormats
@testable import RelGraphExtraction

/// Inputs that are legal text but hostile in shape: they must give a clear, bounded result.
@Suite struct BadInputTests {
    @Test func oneWordRepeatedGivesAnEmptyGraph() throws {
        let text = String(repeating: "Paix ", count: 60_000)
        let graph = Fixtures.graph(text)
        #expect(graph.nodes.isEmpty)
        #expect(graph.edges.isEmpty)
    }

    @Test func oneHugeLineIsCutIntoBoundedSentences() {
        let clause = "le Chili accuse le Pérou et la Bolivie soutient l'Équateur "
        let text = String(repeating: clause, count: 3_000)
        let document = Fixtures.extractor.analyze(text: text, document: "line.txt")
        #expect(document.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumTokens })
        let graph = Fixtures.graph(text)
        #expect(graph.edges.contains { $0.type == .accuse && $0.source == "country:CL" && $0.target == "country:PE" })
        // Evidence is merged: one edge per (source, type, target), however often it is repeated,
        // and capped so the output stays bounded.
        #expect(Set(graph.edges.map(\.key)).count == graph.edges.count)
        #expect(graph.edges.allSatisfy { $0.evidence.count <= GraphBuilder.maximumEvidence })
    }

    @Test func evidenceOffsetsPointAtTheSentence() throws {
        let text = "Titre\u{A0}: « Nouvelles »\n\nLe Chili a accusé le Pérou. Rien d\u{2019}autre."
        let graph = Fixtures.graph(text)
        let evidence = try #require(graph.edges.first?.evidence.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.sentence)
        #expect(evidence.sentence == "Le Chili a accusé le Pérou.")
    }

    @Test func controlCharactersAndEmojiDoNotBreakTheJSON() throws {
        let text = "Le Chili \u{1F600} a accusé le \"Pérou\" \\ hier.\u{7}"
        let json = GraphJSON.encode(Fixtures.graph(text))
        let decoded = try GraphJSON.decode(Data(json.utf8))
        #expect(decoded.edges.count == 1)
    }

    @Test func manyDocumentsMergeIntoOneGraph() {
        let graph = Fixtures.extractor.extract(documents: [
            (text: "Le Chili a accusé le Pérou.", name: "a.txt"),
            (text: "Chile accused Peru again.", name: "b.txt"),
        ])
        #expect(graph.edges.count == 1)
        #expect(graph.edges.first?.evidence.map(\.document) == ["a.txt", "b.txt"])
    }
}
