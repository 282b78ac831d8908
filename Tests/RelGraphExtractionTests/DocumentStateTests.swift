import RelGraphCore
@testable import RelGraphExtraction
import Testing

/// The running "most mentioned" ranking behind pair references ("the two leaders"). It is kept
/// up to date per mention (an article with thousands of persons made the old sort per
/// reference quadratic); it must answer exactly what sorting every actor would.
@Suite struct DocumentStateTests {
    private func mention(_ id: String) -> Mention {
        Mention(tokens: 0 ..< 1, actorID: id, type: ActorType(actorID: id)!, kind: .name, surface: id, label: id)
    }

    /// The definition: more mentions first, then first mentioned first.
    private func sorted(_ counts: [String: Int], _ firstSeen: [String: Int], _ type: ActorType) -> [String] {
        counts.keys.filter { ActorType(actorID: $0) == type }
            .sorted { (-counts[$0]!, firstSeen[$0]!) < (-counts[$1]!, firstSeen[$1]!) }
    }

    @Test func leadersMatchAFullSortAfterEveryMention() {
        var generator = SeededGenerator(seed: 3)
        let ids = (0 ..< 12).map { "person:p\($0)" } + (0 ..< 5).map { "country:C\($0)" }
        var state = DocumentState(named: [])
        var counts: [String: Int] = [:], firstSeen: [String: Int] = [:]
        for step in 0 ..< 2_000 {
            // Skewed choice, so leaders change hands and ties happen.
            let id = ids[min(Int.random(in: 0 ..< ids.count, using: &generator), Int.random(in: 0 ..< ids.count, using: &generator))]
            #expect(state.hasMentioned(id) == (counts[id] != nil))
            state.count(mention(id))
            #expect(state.hasMentioned(id))
            counts[id, default: 0] += 1
            if firstSeen[id] == nil { firstSeen[id] = firstSeen.count }
            for type in [ActorType.person, .country] {
                let expected = Array(sorted(counts, firstSeen, type).prefix(2))
                #expect(state.mostMentioned(type, count: 2) == expected, "after \(step + 1) mentions")
                #expect(state.mostMentioned(type, count: 1) == Array(expected.prefix(1)))
            }
        }
        #expect(state.mostMentioned(.organization, count: 2).isEmpty)
    }
}

private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
