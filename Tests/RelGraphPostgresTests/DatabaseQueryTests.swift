import Foundation
import RelGraphCore
import RelGraphPostgres
import RelGraphTestSupport
import Testing

/// `neighbors` on PostgreSQL reads only the actors near the question (recursive CTE,
/// `PostgresCorpusStore.subgraph`); its answers must equal the in-memory engine's on the whole
/// graph (the same corpus in SQLite), in every output format. So must `path`: with --max-hops up
/// to 3 it searches the part of the graph within that many hops of its ends, else the whole graph.
@Suite(.serialized, .enabled(if: PostgresTestServer.enabled, "no PostgreSQL server could be started (scripts/postgres-test-cluster.sh)"))
struct DatabaseQueryTests {
    private func relgraph(_ arguments: [String]) throws -> ProcessRunner.Result {
        try CorpusPair.relgraph(arguments)
    }

    @Test func neighbourhoodsAndPathsEqualTheInMemoryEngine() throws {
        let pair = try CorpusPair(generated: 40)
        defer { pair.cleanUp() }
        let (sqlite, postgres) = (pair.sqlite, pair.postgres)
        for ingest in try pair.ingestIntoBoth(["--quiet"]) {
            try #require(ingest.status == 0, "\(ingest.stderr)")
        }

        let store = try PostgresCorpusStore(url: postgres, mode: .readOnly)
        defer { try? store.close() }
        let whole = try store.loadGraph()
        let linked = whole.nodes.filter { actor in whole.edges.contains { $0.source == actor.id || $0.target == actor.id } }
        try #require(linked.count >= 10, "the corpus is too small to test anything")
        // The database really answers with a part: some depth-1 neighbourhood is smaller than the graph.
        let parts = try linked.prefix(12).map { try store.subgraph(around: [$0.id], radius: 1).nodes.count }
        #expect(parts.contains { $0 > 1 && $0 < whole.nodes.count }, "\(parts) of \(whole.nodes.count)")

        var compared = 0
        // Actors by label and by id, as users name them.
        let names = linked.prefix(10).enumerated().map { $0.offset.isMultiple(of: 2) ? $0.element.label : $0.element.id }
        for name in names {
            for depth in [0, 1, 2] {
                for format in ["text", "json", "dot"] {
                    let arguments = ["neighbors", name, "--depth", "\(depth)", "--format", format]
                    let expected = try relgraph(arguments + ["--db", sqlite]), answer = try relgraph(arguments + ["--db", postgres])
                    #expect(expected.status == 0, "\(arguments): \(expected.stderr)")
                    #expect(answer.stdout == expected.stdout && answer.stderr == expected.stderr, "\(arguments)")
                    compared += 1
                }
            }
        }
        for name in names.prefix(4) {
            for filter in [["--relations", "meet,visit"], ["--directed"], ["--min-confidence", "0.6"]] {
                let arguments = ["neighbors", name, "--depth", "2"] + filter
                let expected = try relgraph(arguments + ["--db", sqlite]), answer = try relgraph(arguments + ["--db", postgres])
                #expect(answer.stdout == expected.stdout && answer.stderr == expected.stderr, "\(arguments)")
                compared += 1
            }
        }
        let variants: [[String]] = [["--max-hops", "2"], ["--k", "3"], ["--all", "--max-hops", "3", "--format", "json"]]
        for (a, b) in zip(names, names.reversed()) where a != b {
            for variant in variants {
                let arguments = ["path", a, b] + variant
                let expected = try relgraph(arguments + ["--db", sqlite]), answer = try relgraph(arguments + ["--db", postgres])
                #expect(answer.status == expected.status, "\(arguments): \(answer.stderr)")
                #expect(answer.stdout == expected.stdout && answer.stderr == expected.stderr, "\(arguments)")
                compared += 1
            }
        }
        // Bounded paths are searched in the part of the graph the database reads around both
        // ends (see DatabasePathTests): directed, weighted, k shortest, every format.
        let bounded: [[String]] = [["--max-hops", "3", "--directed"], ["--weighted", "--max-hops", "2", "--format", "json", "--evidence", "all"],
                                   ["--k", "3", "--max-hops", "3", "--format", "dot"], ["--max-hops", "1"]]
        for (a, b) in zip(names, names.reversed()).prefix(4) where a != b {
            for variant in bounded {
                let arguments = ["path", a, b] + variant
                let expected = try relgraph(arguments + ["--db", sqlite]), answer = try relgraph(arguments + ["--db", postgres])
                #expect(answer.status == expected.status, "\(arguments): \(answer.stderr)")
                #expect(answer.stdout == expected.stdout && answer.stderr == expected.stderr, "\(arguments)")
                compared += 1
            }
        }
        // Unknown names fail the same way on both engines.
        let unknown = ["neighbors", "Nobody Atall", "--depth", "1"]
        #expect(try relgraph(unknown + ["--db", postgres]).stderr == relgraph(unknown + ["--db", sqlite]).stderr)
        #expect(compared > 90)
    }
}
