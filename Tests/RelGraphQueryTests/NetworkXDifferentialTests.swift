import Foundation
import Testing
import RelGraphCore
@testable import RelGraphQuery
import RelGraphTestSupport

/// Differential test: the query engine against NetworkX on seeded random typed graphs.
///
/// `Oracle/networkx_oracle.py` generates the graphs and filtered queries and answers them with
/// NetworkX (`shortest_path_length`, `dijkstra_path_length`, `shortest_simple_paths`,
/// `all_simple_paths(cutoff)`, `ego_graph`); this test answers the same queries and compares.
/// Skipped with a message when python3 or networkx is missing (scripts/install-deps.sh --test),
/// except under CI (`CI=true`), where that fails; any other failure of the oracle fails the test.
@Suite struct NetworkXDifferentialTests {
    struct Oracle: Decodable {
        struct Case: Decodable {
            var actors: [ActorType]
            var relations: [[RelationField]]
            var queries: [Query]
        }
        struct Filter: Decodable {
            var relations: [RelationType]?
            var actors: [ActorType]?
            var minConfidence: Double
            var directed: Bool
        }
        struct Query: Decodable {
            var from: Int32
            var to: Int32
            var filter: Filter
            var hops: Int?
            var weightedCost: Double?
            var k: Int
            var kHops: [Int]
            var kCosts: [Double]
            var cutoff: Int
            var kCostsBounded: [Double]?
            var simplePaths: Int
            var depth: Int
            var ego: [Int32]
        }
        var cases: [Case]
    }

    /// A cell of the oracle's relation rows `[source, target, type, confidence, evidence]`.
    enum RelationField: Decodable {
        case number(Double), text(String)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .number(number) } else {
                self = .text(try container.decode(String.self))
            }
        }
        var number: Double { if case .number(let value) = self { return value }; return .nan }
        var text: String { if case .text(let value) = self { return value }; return "" }
    }

    struct OracleFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Why the oracle cannot run here, or nil when python3 imports networkx.
    static func missingOracle() -> String? {
        guard let probe = try? ProcessRunner.python(["-c", "import networkx"]) else { return "python3 cannot be started" }
        if probe.status == 0 { return nil }
        if probe.status == 127 { return "python3 is not installed" }
        return "networkx is not importable (\(probe.stderr.split(separator: "\n").last ?? ""))"
    }

    /// The oracle's answers. Nil only when the oracle is missing outside CI; a failing oracle throws.
    static func oracleAnswers(seed: Int, cases: Int, queries: Int, script: String = defaultScript) throws -> Oracle? {
        if let missing = missingOracle() {
            if ProcessRunner.isCI { throw OracleFailure(description: "CI=true but \(missing)") }
            print("skipped: \(missing) (run scripts/install-deps.sh --test)")
            return nil
        }
        let result = try ProcessRunner.python([script, "\(seed)", "\(cases)", "\(queries)"])
        guard result.status == 0 else {
            throw OracleFailure(description: "networkx_oracle.py exited with status \(result.status): \(result.stderr)")
        }
        return try JSONDecoder().decode(Oracle.self, from: result.stdoutData)
    }

    static let defaultScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Oracle/networkx_oracle.py").path

    /// An oracle that runs but fails is a test failure, not a skip.
    @Test(.enabled(if: missingOracle() == nil, "needs python3 with networkx"))
    func aFailingOracleFailsTheTest() {
        #expect(throws: OracleFailure.self) {
            try Self.oracleAnswers(seed: 1, cases: 1, queries: 1, script: Self.defaultScript + ".missing")
        }
    }

    @Test(arguments: [11, 29, 47])
    func agreesWithNetworkX(seed: Int) throws {
        guard let oracle = try Self.oracleAnswers(seed: seed, cases: 40, queries: 30) else { return }
        var checked = 0
        for graphCase in oracle.cases {
            let relations = graphCase.relations.map { row in
                IndexedRelation(source: Int32(row[0].number), target: Int32(row[1].number),
                                type: RelationType(rawValue: row[2].text)!, confidence: row[3].number,
                                evidenceCount: Int(row[4].number))
            }
            let index = GraphIndex(actorTypes: graphCase.actors, relations: relations)
            let scratch = SearchScratch(actorCount: index.actorCount)
            for query in graphCase.queries {
                let filter = QueryFilter(relationTypes: query.filter.relations.map(Set.init),
                                         actorTypes: query.filter.actors.map(Set.init),
                                         minConfidence: query.filter.minConfidence, directed: query.filter.directed)
                let context = "seed \(seed), \(query.from)→\(query.to), \(query.filter)"

                let path = ShortestPath.find(in: index, from: query.from, to: query.to, filter: filter, scratch: scratch)
                #expect(path?.length == query.hops, "hops: \(context)")
                if let path { try PathChecks.expectValid(path, in: index, filter: filter) }

                let cheapest = WeightedPath.find(in: index, from: query.from, to: query.to, filter: filter, scratch: scratch)
                #expect(abs((cheapest?.cost ?? -1) - (query.weightedCost ?? -1)) < 1e-9, "weighted cost: \(context)")

                let kPaths = KShortestPaths.find(in: index, from: query.from, to: query.to, k: query.k,
                                                 filter: filter, scratch: scratch)
                #expect(kPaths.map(\.length) == query.kHops, "k hops: \(context)")
                #expect(Set(kPaths.map(\.actors)).count == kPaths.count, "k paths distinct: \(context)")
                for path in kPaths { try PathChecks.expectValid(path, in: index, filter: filter) }

                let kCheapest = KShortestPaths.find(in: index, from: query.from, to: query.to, k: query.k,
                                                    filter: filter, weighted: true, scratch: scratch)
                #expect(kCheapest.count == query.kCosts.count, "k costs count: \(context)")
                for (mine, theirs) in zip(kCheapest.map(\.cost), query.kCosts) {
                    #expect(abs(mine - theirs) < 1e-9, "k costs: \(context)")
                }

                if let expected = query.kCostsBounded {
                    let bounded = KShortestPaths.find(in: index, from: query.from, to: query.to, k: query.k, filter: filter,
                                                      weighted: true, maxHops: query.cutoff, scratch: scratch)
                    #expect(bounded.count == expected.count, "bounded k costs count: \(context)")
                    for (mine, theirs) in zip(bounded.map(\.cost), expected) {
                        #expect(abs(mine - theirs) < 1e-9, "bounded k costs: \(context)")
                    }
                    #expect(bounded.allSatisfy { $0.length <= query.cutoff })
                }

                let simple = SimplePaths.find(in: index, from: query.from, to: query.to, maxHops: query.cutoff,
                                              limit: 1_000_000, filter: filter)
                #expect(simple.isComplete)
                #expect(simple.paths.count == query.simplePaths, "simple paths: \(context)")

                let ego = Neighborhood.around(query.from, in: index, depth: query.depth, filter: filter, scratch: scratch)
                #expect(ego.actors.sorted() == query.ego, "ego: \(context)")
                checked += 1
            }
        }
        #expect(checked == 1200)
    }
}

/// Structural checks any returned path must pass, whatever the oracle says.
enum PathChecks {
    struct Invalid: Error, CustomStringConvertible { var description: String }

    static func expectValid(_ path: GraphPath, in index: GraphIndex, filter: QueryFilter) throws {
        #expect(path.relations.count == path.actors.count - 1)
        #expect(Set(path.actors).count == path.actors.count, "a path never revisits an actor")
        for (hop, edge) in path.relations.enumerated() {
            let (source, target, type) = index.relation(edge)
            let (a, b) = (path.actors[hop], path.actors[hop + 1])
            let forward = source == a && target == b
            let backward = source == b && target == a
            #expect(forward || (backward && (!filter.directed || type.isSymmetric)), "hop \(hop) follows its relation")
            #expect(filter.relationTypes?.contains(type) ?? true)
            #expect(Float(index.edgeConfidence[Int(edge)]) >= Float(filter.minConfidence))
        }
        if let allowed = filter.actorTypes {
            for actor in path.actors.dropFirst().dropLast() { #expect(allowed.contains(index.actorType(actor))) }
        }
    }
}
