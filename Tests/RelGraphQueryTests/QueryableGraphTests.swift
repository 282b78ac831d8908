import Foundation
import Testing
import RelGraphCore
import RelGraphFormats
import RelGraphTestSupport
@testable import RelGraphQuery

/// A JSON graph read as a ``GraphCatalog`` must answer every query exactly as the same graph
/// decoded in full: same index, same names resolved, same text, JSON and subgraphs.
@Suite struct QueryableGraphTests {
    /// A seeded random graph with awkward names (accents, quotes, RTL, emoji, shared aliases),
    /// written as `extract` writes it and read both ways.
    static func bothWays(seed: UInt64) throws -> (full: InMemoryGraph, catalog: GraphCatalog) {
        var random = SeededGenerator(seed: seed)
        let words = ["Ana", "López", "LOPEZ", "Corée du Nord", "l’Élysée", "Weiße", "\"quoted\"", "back\\slash",
                     "مرحبا", "😀", "Kim Jong-un", "kim jong un", "Zed", "line\nbreak", "Ω"]
        func name() -> String {
            (0 ..< Int.random(in: 1 ... 3, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        }
        let nodes = (0 ..< 40).map { index in
            Actor(id: "actor:\(index)-\(name())", type: ActorType.allCases.randomElement(using: &random)!, label: name(),
                  aliases: (0 ..< Int.random(in: 0 ... 2, using: &random)).map { _ in name() })
        }
        let edges = (0 ..< 90).map { _ in
            Relation(source: nodes.randomElement(using: &random)!.id, target: nodes.randomElement(using: &random)!.id,
                     type: RelationType.allCases.randomElement(using: &random)!,
                     confidence: Double(Int.random(in: 1 ... 100, using: &random)) / 100,
                     evidence: (0 ..< Int.random(in: 0 ... 3, using: &random)).map { index in
                         Evidence(document: "doc\(index).txt", sentence: name() + " said \u{1b}[1m " + name(), start: index, end: index + 9)
                     },
                     attributes: Bool.random(using: &random) ? ["modality": "possible"] : [:])
        }
        let data = Data(GraphJSON.encode(RelationshipGraph(nodes: nodes, edges: edges).canonicalized()).utf8)
        return (InMemoryGraph(try GraphJSON.decode(data)), try GraphCatalog.load(data))
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func catalogAnswersLikeTheDecodedGraph(seed: UInt64) throws {
        let (full, catalog) = try Self.bothWays(seed: seed)
        let fullIndex = GraphIndex(full), catalogIndex = GraphIndex(catalog)
        #expect(catalogIndex.relationCount == fullIndex.relationCount)
        for edge in 0 ..< Int32(fullIndex.relationCount) {
            #expect(catalogIndex.relation(edge) == fullIndex.relation(edge))
            #expect(catalogIndex.cost(of: edge) == fullIndex.cost(of: edge))
        }
        for from in 0 ..< Int32(full.actors.count) {
            let to = (from * 7 + 3) % Int32(full.actors.count)
            guard from != to else { continue }
            let paths = KShortestPaths.find(in: catalogIndex, from: from, to: to, k: 3)
            #expect(paths == KShortestPaths.find(in: fullIndex, from: from, to: to, k: 3))
            #expect(try Explanation(graph: catalog).describe(paths) == (try Explanation(graph: full.graph).describe(paths)))
            #expect(QueryJSON.paths(paths, graph: catalog) == QueryJSON.paths(paths, graph: full.graph))
            let hood = Neighborhood.around(from, in: catalogIndex, depth: 2)
            #expect(try Explanation(graph: catalog, sentencesPerHop: 1).describe(hood)
                    == (try Explanation(graph: full.graph, sentencesPerHop: 1).describe(hood)))
            #expect(QueryJSON.neighborhood(hood, graph: catalog) == QueryJSON.neighborhood(hood, graph: full.graph))
            #expect(try ResultSubgraph.of(actors: hood.actors, relations: hood.relations, in: catalog)
                    == ResultSubgraph.of(actors: hood.actors, relations: hood.relations, in: full.graph))
        }
    }

    @Test(arguments: [4, 5] as [UInt64])
    func namesResolveTheSameOnBothGraphs(seed: UInt64) throws {
        let (full, catalog) = try Self.bothWays(seed: seed)
        let names = full.actors.flatMap { $0.names + [$0.id, $0.id.uppercased()] }
            + ["lopez", "coree", "nobody at all", "kim", "KIM JONG UN", "l'elysee", "weisse", "", " - "]
        var resolved = 0
        for name in names {
            func outcome(_ lookup: ActorLookup) -> String {
                do { return "actor \(try lookup.resolve(name))" } catch { return "error \(error)" }
            }
            let expected = outcome(ActorLookup(full.graph))
            #expect(outcome(ActorLookup(catalog)) == expected, "\(name.debugDescription)")
            if expected.hasPrefix("actor") { resolved += 1 }
        }
        #expect(resolved > full.actors.count, "every id at least resolves")
    }

    @Test func streamingFoldMatchesTheFullFold() {
        var random = SeededGenerator(seed: 9)
        let alphabet = Array("aZ09 -'._,`\t\né É ßΩ’‑ＡＫ\u{212A}e\u{301}")
        for _ in 0 ..< 5000 {
            let name = String((0 ..< Int.random(in: 0 ... 10, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let other = String((0 ..< Int.random(in: 0 ... 10, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            for key in [NameFolding.fold(name), NameFolding.fold(other)] where !key.isEmpty {
                #expect(ActorLookup.folds(name, to: Array(key.utf8)) == (NameFolding.fold(name) == key),
                        "\(name.debugDescription) vs \(key.debugDescription)")
            }
        }
    }
}
