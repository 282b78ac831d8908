import Testing
import RelGraphCore
import RelGraphTestSupport
@testable import RelGraphExtraction

/// Long documents are read in sections so the text stages' memory is bounded (issue #15: `a;`
/// repeated over 4 MB took 304 MB, a 64-byte token per input byte).
@Suite struct DocumentSectionsTests {
    /// The sections of `text`, checked to put the document back together with the right offsets
    /// and to stay within `limit` scalars.
    private func sections(_ text: String, limit: Int) -> [DocumentSections.Section] {
        let sections = Array(DocumentSections(text, maximumScalars: limit))
        #expect(sections.map { String($0.text) }.joined() == text)
        var offset = 0
        for section in sections {
            #expect(section.offset == offset)
            #expect(!section.text.unicodeScalars.isEmpty)
            #expect(section.text.unicodeScalars.count <= limit)
            offset += section.text.unicodeScalars.count
        }
        #expect(offset == text.unicodeScalars.count)
        return sections
    }

    @Test func sectionsRebuildTheDocumentWithinTheLimitAndNeverCutAWord() {
        var random = RandomText(seed: 15)
        for round in 0..<300 {
            let text = (0..<random.below(40)).map { _ in random.text() }.joined()
            let limit = 1 + round % 23
            let cut = sections(text, limit: limit)
            // A cut between two word scalars splits a word: only a word longer than the limit forces it.
            for (left, right) in zip(cut, cut.dropFirst()) {
                guard let last = left.text.unicodeScalars.last, let first = right.text.unicodeScalars.first,
                      Tokenizer.isWordScalar(last), Tokenizer.isWordScalar(first) else { continue }
                #expect(left.text.unicodeScalars.dropFirst().allSatisfy(Tokenizer.isWordScalar), "\(text.debugDescription) cut at \(right.offset)")
            }
        }
    }

    @Test func aSectionEndsBeforeALineBreakElseBeforeASpaceElseAfterAMark() {
        #expect(sections("ab cd\nef gh ij", limit: 10).map { String($0.text) } == ["ab cd", "\nef gh ij"])
        #expect(sections("ab cd ef gh", limit: 7).map { String($0.text) } == ["ab cd", " ef gh"])
        #expect(sections("a;a;a;a;a;", limit: 5).map { String($0.text) } == ["a;a;", "a;a;", "a;"])
        #expect(sections("abcdefgh", limit: 3).map { String($0.text) } == ["abc", "def", "gh"])
        #expect(sections("", limit: 3).isEmpty)
    }

    @Test func anArticleIsOneSection() {
        let article = String(repeating: "Le Chili a accusé le Pérou.\n", count: 2_000)
        #expect(article.unicodeScalars.count < DocumentSections.maximumScalars)
        #expect(Array(DocumentSections(article)).count == 1)
    }

    @Test func aDocumentReadInSectionsKeepsItsRelationsAndEvidenceOffsets() throws {
        let paragraphs = ["Le Chili a accusé le Pérou.", "La France a rencontré l'Allemagne.",
                          "Le Japon a sanctionné la Russie.", "Le Brésil a critiqué l'Argentine."]
        // Filler between the paragraphs, so each falls into a section of its own.
        let text = paragraphs.joined(separator: "\n" + String(repeating: "a; ", count: 40) + "\n")
        let whole = Fixtures.extractor.extract(text: text, document: "long.txt")
        let cut = Fixtures.extractor.extract(text: text, document: "long.txt", language: nil, date: nil, sectionScalars: 64)
        #expect(!whole.edges.isEmpty)
        #expect(Set(cut.edges.map(\.key)) == Set(whole.edges.map(\.key)))
        let scalars = Array(text.unicodeScalars)
        for edge in cut.edges {
            for evidence in edge.evidence {
                #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.sentence)
            }
        }
        #expect(GraphJSONLike.evidence(of: cut) == GraphJSONLike.evidence(of: whole))
    }
}

/// Evidence of a graph as comparable tuples.
private enum GraphJSONLike {
    static func evidence(of graph: RelationshipGraph) -> [String] {
        graph.edges.flatMap { edge in edge.evidence.map { "\(edge.key) \($0.start) \($0.end) \($0.sentence)" } }.sorted()
    }
}
