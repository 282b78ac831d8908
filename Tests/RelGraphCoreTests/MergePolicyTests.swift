import RelGraphCore
import RelGraphTestSupport
import Testing

/// The merge rule must not care in which order documents arrive: `extract a b c`, `extract c b a`
/// and `ingest` (parallel, any order) all give the same graph.
@Suite struct MergePolicyTests {
    /// One document's graph: Ana meets Omar, with this document's confidence and modality.
    private func documentGraph(_ name: String, confidence: Double, speculative: Bool = false,
                               label: String = "Ana Silva", attributes: [String: String] = [:]) -> RelationshipGraph {
        let evidence = Evidence(document: name, sentence: "Ana Silva met Omar Diallo.", start: 0, end: 26)
        return RelationshipGraph(
            nodes: [
                Actor(id: "person:ana-silva", type: .person, label: label, aliases: ["Silva"], attributes: attributes),
                Actor(id: "person:omar-diallo", type: .person, label: "Omar Diallo"),
            ],
            edges: [
                Relation(source: "person:omar-diallo", target: "person:ana-silva", type: .meet, confidence: confidence,
                         evidence: [evidence], attributes: speculative ? [MergePolicy.modalityAttribute: "possible"] : [:]),
            ])
    }

    private func merged(_ graphs: [RelationshipGraph]) -> RelationshipGraph {
        var accumulator = GraphAccumulator()
        for graph in graphs { accumulator.add(graph) }
        return accumulator.graph()
    }

    private func permutations<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[T]] in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }

    /// 0.55, 0.875 and 0.44 combine to 0.9685 exactly: folded in arrival order, floating point
    /// rounded it to 0.968 in some orders and 0.969 in others.
    @Test func threeDocumentsGiveTheSameConfidenceInEveryOrder() {
        let graphs = [documentGraph("a.txt", confidence: 0.55), documentGraph("b.txt", confidence: 0.875),
                      documentGraph("c.txt", confidence: 0.44)]
        let results = Set(permutations(graphs).map(merged))
        #expect(results.count == 1)
        let relation = results.first?.edges.first
        #expect(relation?.evidence.map(\.document) == ["a.txt", "b.txt", "c.txt"])
        #expect(relation?.confidence == 0.969)
    }

    @Test func randomSupportsGiveTheSameBitsInEveryOrder() {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let supports = (0..<Int.random(in: 3...6, using: &random)).map { _ in Double(Int.random(in: 300...999, using: &random)) / 1000 }
            var shuffled = supports
            shuffled.shuffle(using: &random)
            #expect(MergePolicy.combined(supports) == MergePolicy.combined(shuffled))
            #expect(MergePolicy.combined(supports) == MergePolicy.combined(supports.reversed()))
        }
    }

    @Test func aStatedFactWinsOverASpeculativeOneInEitherOrder() {
        let speculative = documentGraph("a.txt", confidence: 0.5, speculative: true)
        let stated = documentGraph("b.txt", confidence: 0.5)
        for order in permutations([speculative, stated]) {
            #expect(merged(order).edges.first?.attributes == [:])
        }
        let bothSpeculative = merged([speculative, documentGraph("c.txt", confidence: 0.6, speculative: true)])
        #expect(bothSpeculative.edges.first?.attributes == [MergePolicy.modalityAttribute: "possible"])
        #expect(bothSpeculative.edges.first?.confidence == 0.8)
    }

    @Test func theSameDocumentTwiceIsOneSupport() {
        let once = merged([documentGraph("a.txt", confidence: 0.7)])
        let twice = merged([documentGraph("a.txt", confidence: 0.7), documentGraph("a.txt", confidence: 0.7)])
        #expect(once == twice)
        #expect(twice.edges.first?.confidence == 0.7)
        #expect(merged([documentGraph("a.txt", confidence: 0.7), documentGraph("b.txt", confidence: 0.7)]).edges.first?.confidence == 0.91)
    }

    @Test func conflictingActorAttributesDoNotDependOnOrder() {
        let a = documentGraph("a.txt", confidence: 0.5, attributes: ["country": "ML"])
        let b = documentGraph("b.txt", confidence: 0.5, attributes: ["country": "FR", "role": "minister"])
        let results = Set(permutations([a, b]).map { merged($0).nodes })
        #expect(results.count == 1)
        #expect(results.first?.first?.attributes == ["country": "FR", "role": "minister"])
    }

    @Test func anActorKeepsTheLabelItWasFirstAddedWith() {
        let graph = merged([documentGraph("a.txt", confidence: 0.5, label: "Ana Silva"),
                            documentGraph("b.txt", confidence: 0.5, label: "Ana María Silva")])
        let ana = graph.nodes.first { $0.id == "person:ana-silva" }
        #expect(ana?.label == "Ana Silva")
        #expect(ana?.aliases == ["Ana María Silva", "Silva"])
    }

    @Test func roundingKeepsThreeDecimalsAndIsIdempotent() {
        #expect(MergePolicy.rounded(0.87749) == 0.877)
        #expect(MergePolicy.rounded(MergePolicy.rounded(0.8776)) == 0.878)
        let graph = merged([documentGraph("a.txt", confidence: 0.55), documentGraph("b.txt", confidence: 0.875)])
        #expect(graph.canonicalized() == graph)
    }

    /// A confidence given once is kept to the last bit (three decimals made 1e-7 a 0); a
    /// combined one keeps three decimals.
    @Test func aConfidenceGivenOnceKeepsEveryDigit() {
        #expect(documentGraph("a.txt", confidence: 1e-7).canonicalized().edges[0].confidence == 1e-7)
        #expect(documentGraph("a.txt", confidence: 0.123456789).canonicalized().edges[0].confidence == 0.123456789)
        let graph = merged([documentGraph("a.txt", confidence: 0.123456789), documentGraph("b.txt", confidence: 1e-7)])
        #expect(graph.edges[0].confidence == 0.123)
        #expect(MergePolicy.confidence(combining: [-0.0]).sign == .plus)
    }

    /// A graph file's `-0` confidence (inside 0…1 as IEEE compares) comes out as `0`, never `-0.0`.
    @Test func negativeZeroConfidenceBecomesZero() {
        #expect(MergePolicy.rounded(-0.0).sign == .plus)
        #expect(MergePolicy.rounded(-0.0001).sign == .plus)
        let graph = documentGraph("a.txt", confidence: -0.0).canonicalized()
        #expect(graph.edges[0].confidence == 0 && graph.edges[0].confidence.sign == .plus)
    }
}
