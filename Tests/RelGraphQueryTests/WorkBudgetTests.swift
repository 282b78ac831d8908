import RelGraphCore
@testable import RelGraphQuery
import RelGraphTestSupport
import Testing

/// Path searches stop on a work budget, and say why they stopped.
@Suite struct WorkBudgetTests {
    let graph = SampleGraphs.synthetic(actors: 400, relationsPerActor: 3)

    private func position(_ id: String) -> Int32 { Int32(graph.nodes.firstIndex { $0.id == id }!) }

    /// `path --weighted --k 1000` on 50,000 actors ran for minutes: Yen's spur searches now share a
    /// budget of actor expansions, and the paths found by then are the first of the full answer.
    @Test func kShortestPathsStopOnTheBudgetWithAPrefixOfTheFullAnswer() {
        let index = GraphIndex(graph)
        let from = position("a1"), to = position("a399")
        for weighted in [false, true] {
            let full = KShortestPaths.search(in: index, from: from, to: to, k: 40, weighted: weighted, workBudget: .max)
            #expect(full.isComplete && full.paths.count == 40)
            let cut = KShortestPaths.search(in: index, from: from, to: to, k: 40, weighted: weighted, workBudget: 2_000)
            #expect(!cut.isComplete, "weighted: \(weighted)")
            #expect(cut.paths.count < 40 && !cut.paths.isEmpty)
            #expect(cut.paths.map(\.actors) == full.paths.prefix(cut.paths.count).map(\.actors))
        }
    }

    /// The budget counts the spur searches' work, so it bounds a query whatever k asks for.
    @Test func expansionsGrowWithTheSearch() {
        let index = GraphIndex(graph)
        let scratch = SearchScratch(actorCount: index.actorCount)
        _ = KShortestPaths.search(in: index, from: position("a1"), to: position("a399"), k: 5, weighted: true, scratch: scratch)
        let afterFive = scratch.expansions
        _ = KShortestPaths.search(in: index, from: position("a1"), to: position("a399"), k: 30, weighted: true, scratch: scratch)
        #expect(afterFive > 0 && scratch.expansions - afterFive > afterFive)
    }

    /// `--all` with one path and `--limit 1` is complete: the limit stops a search only when a
    /// path beyond it exists (it said "stopped after 1 paths; raise --limit").
    @Test func simplePathsTellTheLimitFromTheBudget() {
        let chain = RelationshipGraph(
            nodes: ["a", "b", "c", "d"].map { Actor(id: "person:\($0)", type: .person, label: $0) },
            edges: [Relation(source: "person:a", target: "person:b", type: .meet, confidence: 0.5),
                    Relation(source: "person:b", target: "person:c", type: .meet, confidence: 0.5),
                    Relation(source: "person:a", target: "person:d", type: .meet, confidence: 0.5),
                    Relation(source: "person:d", target: "person:c", type: .meet, confidence: 0.5)])
        let index = GraphIndex(chain)
        let a = Int32(chain.nodes.firstIndex { $0.id == "person:a" }!), b = Int32(chain.nodes.firstIndex { $0.id == "person:b" }!)
        let c = Int32(chain.nodes.firstIndex { $0.id == "person:c" }!)
        let single = SimplePaths.find(in: index, from: a, to: b, maxHops: 1, limit: 1)
        #expect(single.isComplete && single.paths.count == 1)
        let two = SimplePaths.find(in: index, from: a, to: c, maxHops: 2, limit: 1)
        #expect(!two.isComplete && !two.reachedWorkBudget && two.paths.count == 1)
        let both = SimplePaths.find(in: index, from: a, to: c, maxHops: 2, limit: 2)
        #expect(both.isComplete && both.paths.count == 2)
        let starved = SimplePaths.find(in: index, from: a, to: c, maxHops: 2, limit: 5, workBudget: 1)
        #expect(!starved.isComplete && starved.reachedWorkBudget)
    }
}
