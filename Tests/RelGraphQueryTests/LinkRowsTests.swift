import Testing
import RelGraphCore
@testable import RelGraphQuery

/// The distinct-neighbour rows that unfiltered searches read must say exactly what the typed
/// rows say: same neighbours, the same relation per hop as ``Traversal/bestRelation(from:to:)``.
@Suite struct LinkRowsTests {
    /// 300 actors, hubs at multiples of 50, parallel relations in both directions with varied
    /// confidence and evidence, some self-relations: every case the rows must fold.
    static let index: GraphIndex = {
        let actors = 300
        var relations: [IndexedRelation] = []
        for i in 0 ..< 1_500 {
            let source = Int32((i * 37 + 11) % actors)
            let target = i % 3 == 0 ? Int32((i % 6) * 50) : Int32((i * i * 31 + i * 7 + 3) % actors)
            relations.append(IndexedRelation(source: source, target: target, type: RelationType.allCases[i % 13],
                                             confidence: [0.4, 0.9, 0.6, 1.0][i % 4], evidenceCount: 1 + i % 3))
            if i % 5 == 0 { relations.append(IndexedRelation(source: target, target: source, type: .meet, confidence: 0.7)) }
        }
        return GraphIndex(actorTypes: Array(repeating: .country, count: actors), relations: relations)
    }()

    @Test func rowsHoldEachDistinctNeighbourOnceHubsFirst() {
        let index = Self.index, links = index.links
        for actor in 0 ..< Int32(index.actorCount) {
            var expected = Set<Int32>()
            for slot in index.outgoing.slots(of: actor) { expected.insert(index.outgoing.neighbors[slot]) }
            for slot in index.incoming.slots(of: actor) { expected.insert(index.incoming.neighbors[slot]) }
            expected.remove(actor)
            let row = (Int(links.offsets[Int(actor)]) ..< Int(links.offsets[Int(actor) + 1])).map { links.neighbors[$0] }
            #expect(row.count == expected.count && Set(row) == expected, "actor \(actor)")
            let degrees = row.map { links.offsets[Int($0) + 1] - links.offsets[Int($0)] }
            for position in row.indices.dropFirst() {
                let ordered = degrees[position - 1] > degrees[position]
                    || (degrees[position - 1] == degrees[position] && row[position - 1] < row[position])
                #expect(ordered, "actor \(actor): row not hubs first at \(position)")
            }
        }
    }

    @Test func eachLinkCarriesTheCheapestRelation() {
        let index = Self.index, links = index.links
        let traversal = Traversal(index, .all, endpoints: (-1, -1))
        for actor in 0 ..< Int32(index.actorCount) {
            for slot in Int(links.offsets[Int(actor)]) ..< Int(links.offsets[Int(actor) + 1]) {
                #expect(links.relations[slot] == traversal.bestRelation(from: actor, to: links.neighbors[slot]))
            }
        }
    }

    @Test func unfilteredPathsMatchTheFilteredSearch() throws {
        let index = Self.index
        // Every type listed: the same links, but through the filtered code path.
        let everyType = QueryFilter(relationTypes: Set(RelationType.allCases))
        let scratch = SearchScratch(actorCount: index.actorCount)
        var found = 0
        for from in stride(from: Int32(0), to: 300, by: 7) {
            for to in stride(from: Int32(3), to: 300, by: 11) where from != to {
                let fast = ShortestPath.find(in: index, from: from, to: to, scratch: scratch)
                let filtered = ShortestPath.find(in: index, from: from, to: to, filter: everyType, scratch: scratch)
                #expect(fast?.length == filtered?.length, "\(from)→\(to)")
                guard let fast else { continue }
                found += 1
                let traversal = Traversal(index, .all, endpoints: (from, to))
                #expect(fast == traversal.path(through: fast.actors, weighted: false), "\(from)→\(to): hop relations")
            }
        }
        #expect(found > 1_000, "the graph is connected: almost every pair has a path")
    }
}
