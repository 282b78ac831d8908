import Foundation
import Testing
import RelGraphCore
import RelGraphFormats
import RelGraphTestSupport
@testable import RelGraphQuery

/// A catalog read from a sidecar (``GraphSidecar``) must answer every query exactly as the catalog
/// scanned from the same JSON file: same index, paths, explanations (evidence read by byte range).
@Suite struct SidecarQueryTests {
    @Test(arguments: [1, 2] as [UInt64])
    func sidecarAnswersLikeTheScan(seed: UInt64) throws {
        let (full, _) = try QueryableGraphTests.bothWays(seed: seed)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-sidecar-q-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("g.json").path
        try Data(GraphJSON.encode(full.graph).utf8).write(to: URL(fileURLWithPath: path))
        let scanned = try GraphCatalog.load(try Data(contentsOf: URL(fileURLWithPath: path)), source: path)
        let stamp = try #require(FileStamp.of(path: path))
        let loaded = try GraphSidecar.decode(GraphSidecar.encode(scanned, stamp: stamp), graphPath: path, stamp: stamp)
        let scannedIndex = GraphIndex(scanned), loadedIndex = GraphIndex(loaded)
        for edge in 0 ..< Int32(scannedIndex.relationCount) {
            #expect(loadedIndex.relation(edge) == scannedIndex.relation(edge))
            #expect(loadedIndex.cost(of: edge) == scannedIndex.cost(of: edge))
        }
        for from in 0 ..< Int32(scanned.actors.count) {
            let to = (from * 5 + 2) % Int32(scanned.actors.count)
            guard from != to else { continue }
            for weighted in [false, true] {
                let paths = KShortestPaths.find(in: loadedIndex, from: from, to: to, k: 3, weighted: weighted)
                #expect(paths == KShortestPaths.find(in: scannedIndex, from: from, to: to, k: 3, weighted: weighted))
                #expect(try Explanation(graph: loaded).describe(paths, weighted: weighted)
                        == (try Explanation(graph: scanned).describe(paths, weighted: weighted)))
                #expect(QueryJSON.paths(paths, graph: loaded) == QueryJSON.paths(paths, graph: scanned))
            }
            let hood = Neighborhood.around(from, in: loadedIndex, depth: 2)
            #expect(hood == Neighborhood.around(from, in: scannedIndex, depth: 2))
            #expect(try ResultSubgraph.of(actors: hood.actors, relations: hood.relations, in: loaded)
                    == (try ResultSubgraph.of(actors: hood.actors, relations: hood.relations, in: scanned)))
        }
        for actor in scanned.actors {
            for name in actor.names + [actor.id] {
                func outcome(_ lookup: ActorLookup) -> String {
                    do { return "actor \(try lookup.resolve(name))" } catch { return "error \(error)" }
                }
                #expect(outcome(ActorLookup(loaded)) == outcome(ActorLookup(scanned)))
            }
        }
    }
}
