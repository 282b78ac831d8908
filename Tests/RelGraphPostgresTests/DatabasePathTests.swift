import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphPostgres
import RelGraphQuery
import RelGraphTestSupport
import Testing

/// `path --max-hops N` on PostgreSQL searches only the part of the graph within N hops of either
/// end (recursive CTE, `PostgresCorpusStore.subgraph(around:radius:)`); every answer — paths,
/// their order among ties, relations and evidence, completeness — must equal the in-memory
/// engine's on the whole graph. Generated graphs (several seeds) with hubs, parallel relations,
/// symmetric and directed types and few distinct confidences, so equal-length and equal-cost
/// paths abound and tie order is really tested.
@Suite(.serialized, .enabled(if: PostgresTestServer.enabled, "no PostgreSQL server could be started (scripts/postgres-test-cluster.sh)"))
struct DatabasePathTests {
    /// One way to ask for paths, as `relgraph path` can.
    private enum Mode: CaseIterable {
        case shortest, threeShortest, cheapest, twoCheapest, every
    }

    private static let filters: [QueryFilter] = [
        .all,
        QueryFilter(directed: true),
        QueryFilter(relationTypes: [.meet, .visit, .supply, .attack, .cooperate]),
        QueryFilter(relationTypes: [.supply, .attack, .sanction, .accuse], directed: true),
        QueryFilter(actorTypes: [.person, .country]),
        QueryFilter(minConfidence: 0.6),
    ]

    @Test(arguments: [11, 12, 13] as [UInt64])
    func boundedPathsInTheDatabaseEqualTheInMemoryEngine(seed: UInt64) throws {
        let url = try PostgresTestServer.freshDatabase()
        defer { PostgresTestServer.drop(url) }
        var random = SeededGenerator(seed: seed)
        let store = try PostgresCorpusStore(url: url, mode: .readWrite)
        defer { try? store.close() }
        for (document, graph) in Self.generatedCorpus(seed: seed, using: &random) {
            _ = try store.store(document, graph: graph)
        }
        let whole = try store.loadGraph()
        let degree = Dictionary(whole.edges.flatMap { [($0.source, 1), ($0.target, 1)] }, uniquingKeysWith: +)
        // The two biggest hubs, and actors picked at random among the linked ones.
        let hubs = whole.nodes.map(\.id).sorted { (degree[$0] ?? 0, $1) > (degree[$1] ?? 0, $0) }.prefix(2)
        let others = whole.nodes.map(\.id).filter { degree[$0] != nil && !hubs.contains($0) }.shuffled(using: &random).prefix(2)
        let ends = Array(hubs) + Array(others)

        var compared = 0, found = 0, smallerParts = 0, ties = 0, reorderedDiffers = 0
        for from in ends {
            for to in ends where to != from {
                for bound in 1...3 {
                    let part = try store.subgraph(around: [from, to], radius: bound)
                    if part.nodes.count < whole.nodes.count { smallerParts += 1 }
                    for filter in Self.filters {
                        for mode in Mode.allCases {
                            let expected = Self.answer(whole, from, to, bound: bound, filter: filter, mode: mode, totalActors: whole.nodes.count)
                            let answer = Self.answer(part, from, to, bound: bound, filter: filter, mode: mode, totalActors: whole.nodes.count)
                            #expect(answer == expected, "seed \(seed): \(from) → \(to), max hops \(bound), \(filter), \(mode)")
                            compared += 1
                            if expected.paths.count > 0 { found += 1 }
                            if mode == .threeShortest, expected.paths.count > 1, expected.paths[0].length == expected.paths[1].length { ties += 1 }
                        }
                    }
                    // Tie order is really compared: the same part with its actors listed in
                    // reverse (so ties between them break the other way) changes some answers.
                    let reversed = RelationshipGraph(nodes: part.nodes.reversed(), edges: part.edges, documents: part.documents)
                    for filter in Self.filters {
                        for mode in Mode.allCases where Self.answer(reversed, from, to, bound: bound, filter: filter, mode: mode, totalActors: whole.nodes.count)
                            != Self.answer(whole, from, to, bound: bound, filter: filter, mode: mode, totalActors: whole.nodes.count) {
                            reorderedDiffers += 1
                        }
                    }
                }
            }
        }
        #expect(compared == ends.count * (ends.count - 1) * 3 * Self.filters.count * Mode.allCases.count)
        #expect(found > compared / 4, "too few queries have a path: \(found) of \(compared)")
        #expect(smallerParts > 0, "the database never answered with a part of the graph")
        #expect(ties > 0, "no query had two shortest paths: tie order untested")
        #expect(reorderedDiffers > 0, "listing the actors in another order changed no answer: tie order untested")
    }

    /// What a query answered, in terms that do not depend on positions: actor ids, relations
    /// with their evidence, costs, and whether the search ended by itself.
    private struct Answer: Equatable, CustomStringConvertible {
        var paths: [PathDescription]
        var complete: Bool
        var description: String { "\(paths.map(\.description)) complete: \(complete)" }
    }

    private struct PathDescription: Equatable, CustomStringConvertible {
        var actors: [String]
        var relations: [Relation]
        var cost: Double
        var length: Int { relations.count }
        var description: String {
            actors.joined(separator: " → ") + " (\(relations.map { "\($0.type.rawValue) \($0.evidence.count) ev" }.joined(separator: ", ")); cost \(cost))"
        }
    }

    /// The engine's answer on `graph`, as `relgraph path` computes it (the hop bound clamped by
    /// the whole graph's actor count).
    private static func answer(_ graph: RelationshipGraph, _ from: String, _ to: String, bound: Int,
                               filter: QueryFilter, mode: Mode, totalActors: Int) -> Answer {
        let index = GraphIndex(graph)
        guard let source = graph.nodes.firstIndex(where: { $0.id == from }).map(Int32.init),
              let target = graph.nodes.firstIndex(where: { $0.id == to }).map(Int32.init)
        else { return Answer(paths: [], complete: false) }
        let hopBound = min(bound, max(totalActors - 1, 1))
        let paths: [GraphPath], complete: Bool
        switch mode {
        case .every:
            let result = SimplePaths.find(in: index, from: source, to: target, maxHops: hopBound, limit: 25, filter: filter)
            (paths, complete) = (result.paths, result.isComplete)
        case .shortest, .threeShortest, .cheapest, .twoCheapest:
            let k = [Mode.threeShortest: 3, .twoCheapest: 2][mode] ?? 1
            let weighted = mode == .cheapest || mode == .twoCheapest
            let result = KShortestPaths.search(in: index, from: source, to: target, k: k, filter: filter,
                                               weighted: weighted, maxHops: hopBound)
            (paths, complete) = (result.paths, result.isComplete)
        }
        return Answer(paths: paths.map { path in
            PathDescription(actors: path.actors.map { graph.nodes[Int($0)].id },
                            relations: path.relations.map { graph.edges[Int($0)] }, cost: path.cost)
        }, complete: complete)
    }

    /// Five documents over one graph of 40 actors: four hubs and a sparse rest, relations of
    /// every type, some parallel (two types between the same actors) and some stated in two
    /// documents (their evidence merges), confidences from a short list.
    private static func generatedCorpus(seed: UInt64, using random: inout SeededGenerator) -> [(SourceDocument, RelationshipGraph)] {
        let actors = (0..<40).map { number in
            let type = ActorType.allCases.randomElement(using: &random)!
            return Actor(id: "\(type.rawValue):a\(seed)-\(String(format: "%02d", number))", type: type, label: "Actor \(seed)-\(number)")
        }
        let confidences = [0.5, 0.7, 0.9]
        /// A relation, the document stating it and how many sentences it has there.
        var statements: [(relation: Relation, document: Int, sentences: Int)] = []
        for number in 0..<90 {
            var relation: Relation
            if number >= 80 {
                // Parallel to, or the same as, an earlier relation.
                relation = statements[Int.random(in: 0..<80, using: &random)].relation
                if Bool.random(using: &random) { relation.type = RelationType.allCases.randomElement(using: &random)! }
            } else {
                // About a third of the relations leave a hub.
                let source = Int.random(in: 0..<3, using: &random) == 0
                    ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<actors.count, using: &random)
                var target = Int.random(in: 0..<actors.count, using: &random)
                if target == source { target = (target + 1) % actors.count }
                relation = Relation(source: actors[source].id, target: actors[target].id,
                                    type: RelationType.allCases.randomElement(using: &random)!, confidence: 0)
            }
            relation.confidence = confidences.randomElement(using: &random)!
            statements.append((relation, Int.random(in: 0..<5, using: &random), Int.random(in: 1...3, using: &random)))
        }
        let linked = Set(statements.flatMap { [$0.relation.source, $0.relation.target] })
        return (0..<5).map { number in
            let path = "generated/\(seed)/doc-\(number).txt"
            var text = ""
            var edges: [Relation] = []
            for statement in statements where statement.document == number {
                var relation = statement.relation
                for copy in 0..<statement.sentences {
                    let sentence = "Sentence \(edges.count).\(copy) links \(relation.source) and \(relation.target)."
                    let start = text.unicodeScalars.count
                    text += sentence + " "
                    relation.evidence.append(Evidence(document: path, sentence: sentence, start: start, end: start + sentence.unicodeScalars.count))
                }
                // A document's graph states each relation once (GraphJSON.validate): the same
                // relation again in one document adds its sentences to the first.
                if let first = edges.firstIndex(where: { $0.key == relation.key }) {
                    edges[first].evidence += relation.evidence.suffix(statement.sentences)
                } else {
                    edges.append(relation)
                }
            }
            let named = Set(edges.flatMap { [$0.source, $0.target] })
            // Isolated actors live in the first document.
            let nodes = actors.filter { actor in named.contains(actor.id) || (number == 0 && !linked.contains(actor.id)) }
            let document = SourceDocument(path: path, sha256: String(format: "%064llx", seed * 100 + UInt64(number)),
                                          byteCount: text.utf8.count, format: .text, text: text)
            return (document, RelationshipGraph(nodes: nodes, edges: edges))
        }
    }
}
