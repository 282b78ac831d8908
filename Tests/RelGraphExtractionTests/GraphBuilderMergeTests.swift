import RelGraphCore
import Testing
@testable import RelGraphExtraction

/// GraphBuilder combines one document's statements by MergePolicy, below and above the evidence cap.
@Suite struct GraphBuilderMergeTests {
    private let supply = FoundRelation(source: "country:FR", target: "country:ML", type: .supply, confidence: 0.001, modality: nil)

    private func sentence(_ index: Int) -> Evidence {
        Evidence(document: "t.txt", sentence: "Sentence \(index).", start: index * 20, end: index * 20 + 12)
    }

    @Test(arguments: [3, MergePolicy.maximumEvidencePerDocument + 50])
    func aSentenceReadAgainIsNotNewSupport(sentences: Int) throws {
        var builder = GraphBuilder(lexicon: Fixtures.extractor.lexicon)
        for index in 0..<sentences { builder.add(supply, evidence: sentence(index)) }
        let before = try #require(builder.graph().edges.first)
        #expect(before.evidence.count == min(sentences, MergePolicy.maximumEvidencePerDocument))
        #expect(before.confidence > 0)

        builder.add(supply, evidence: sentence(sentences - 1))  // the last sentence, read again
        #expect(builder.graph().edges.first == before)

        builder.add(supply, evidence: sentence(sentences))  // a new sentence: new support, cap or not
        let after = try #require(builder.graph().edges.first)
        #expect(after.confidence > before.confidence)
        #expect(after.evidence.count == min(sentences + 1, MergePolicy.maximumEvidencePerDocument))
    }

    @Test func anActorIsNotRelatedToItself() {
        var builder = GraphBuilder(lexicon: Fixtures.extractor.lexicon)
        builder.add(FoundRelation(source: "country:SA", target: "country:SA", type: .visit, confidence: 0.9, modality: nil),
                    evidence: sentence(0))
        builder.add(supply, evidence: sentence(1))
        #expect(builder.graph().edges.map(\.type) == [.supply])
    }
}
