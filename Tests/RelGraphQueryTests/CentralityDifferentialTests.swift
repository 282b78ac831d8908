import Foundation
import Testing
import RelGraphCore
import RelGraphTestSupport
@testable import RelGraphQuery

/// Differential test: ``PageRank`` and ``Betweenness`` against NetworkX on seeded random graphs.
///
/// `Oracle/centrality_oracle.py` generates relation lists (with parallel and reversed relations,
/// self-relations and isolated actors) and answers with `nx.pagerank` and
/// `nx.betweenness_centrality(normalized=True)` on the undirected simple graph. Skipped with a
/// message when python3 or networkx is missing (scripts/install-deps.sh --test), except under CI.
@Suite struct CentralityDifferentialTests {
    struct Oracle: Decodable {
        struct Case: Decodable {
            var actors: Int
            var relations: [[Int32]]
            var pagerank: [Double]
            var betweenness: [Double]
        }
        var cases: [Case]
    }

    /// The oracle's answers; nil only when python3 or networkx is missing outside CI (under
    /// `CI=true` that fails, as do an oracle that exits with an error and unreadable output).
    static func oracleAnswers(seed: Int, cases: Int) throws -> Oracle? {
        if let missing = NetworkXDifferentialTests.missingOracle() {
            if ProcessRunner.isCI { throw NetworkXDifferentialTests.OracleFailure(description: "CI=true but \(missing)") }
            print("skipped: \(missing) (run scripts/install-deps.sh --test)")
            return nil
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Oracle/centrality_oracle.py").path
        let result = try ProcessRunner.python([script, "\(seed)", "\(cases)"])
        guard result.status == 0 else {
            throw NetworkXDifferentialTests.OracleFailure(description: "centrality_oracle.py exited with status \(result.status): \(result.stderr)")
        }
        return try JSONDecoder().decode(Oracle.self, from: result.stdoutData)
    }

    static func index(_ graphCase: Oracle.Case) -> GraphIndex {
        let types = RelationType.allCases
        let relations = graphCase.relations.enumerated().map { position, ends in
            IndexedRelation(source: ends[0], target: ends[1], type: types[position % types.count],
                            confidence: 0.5, evidenceCount: 1)
        }
        return GraphIndex(actorTypes: Array(repeating: .country, count: graphCase.actors), relations: relations)
    }

    @Test(arguments: [5, 17, 83])
    func agreesWithNetworkX(seed: Int) throws {
        guard let oracle = try Self.oracleAnswers(seed: seed, cases: 60) else { return }
        #expect(oracle.cases.count == 60)
        for (number, graphCase) in oracle.cases.enumerated() {
            let index = Self.index(graphCase)
            let pagerank = PageRank.compute(in: index)
            let betweenness = Betweenness.compute(in: index)
            #expect(pagerank.count == graphCase.actors && betweenness.count == graphCase.actors)
            for actor in 0 ..< graphCase.actors {
                #expect(abs(pagerank[actor] - graphCase.pagerank[actor]) < 1e-6,
                        "case \(number) actor \(actor): pagerank \(pagerank[actor]) vs NetworkX \(graphCase.pagerank[actor])")
                #expect(abs(betweenness[actor] - graphCase.betweenness[actor]) < 1e-9,
                        "case \(number) actor \(actor): betweenness \(betweenness[actor]) vs NetworkX \(graphCase.betweenness[actor])")
            }
        }
    }

    /// A star: the hub carries every shortest path between leaves (betweenness 1) and the most rank.
    @Test func starHubIsMostCentral() {
        let relations = (1 ... 6).map { IndexedRelation(source: 0, target: Int32($0), type: .meet, confidence: 1, evidenceCount: 1) }
        let index = GraphIndex(actorTypes: Array(repeating: .person, count: 7), relations: relations)
        let betweenness = Betweenness.compute(in: index), pagerank = PageRank.compute(in: index)
        #expect(betweenness[0] == 1)
        #expect(betweenness[1 ... 6].allSatisfy { $0 == 0 })
        #expect(pagerank[1 ... 6].allSatisfy { $0 < pagerank[0] })
        #expect(abs(pagerank.reduce(0, +) - 1) < 1e-9)
    }
}
