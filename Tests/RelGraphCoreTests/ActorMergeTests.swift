import RelGraphCore
import Testing

/// How ``GraphAccumulator`` merges two copies of an actor: the label it was first added with,
/// every other name once, sorted. The merge appends new names in place; the graph must be the
/// one a set of all names, less the label, gives.
@Suite struct ActorMergeTests {
    private func actor(label: String, aliases: [String], attributes: [String: String] = [:]) -> Actor {
        Actor(id: "country:fr", type: .country, label: label, aliases: aliases, attributes: attributes)
    }

    @Test func keepsTheFirstLabelAndEveryOtherNameOnce() {
        var accumulator = GraphAccumulator()
        accumulator.add(actor(label: "France", aliases: ["France", "Paris", "Paris"]))
        accumulator.add(actor(label: "République française", aliases: ["FR", "Paris", "France"]))
        accumulator.add(actor(label: "France", aliases: ["République française", "Hexagone"]))
        let node = accumulator.graph().nodes[0]
        #expect(node.label == "France")
        #expect(node.aliases == ["FR", "Hexagone", "Paris", "République française"])
    }

    @Test func namesDoNotDependOnTheOrderOfMerges() {
        let copies = [actor(label: "France", aliases: ["Paris"]), actor(label: "France", aliases: ["FR", "France"]),
                      actor(label: "French Republic", aliases: []), actor(label: "France", aliases: ["Paris", "Gaul"])]
        var expected: [String]?
        for rotation in copies.indices {
            var accumulator = GraphAccumulator()
            accumulator.add(copies[0])  // the first copy gives the label
            for copy in (copies[1...] + copies[1...]).dropFirst(rotation).prefix(copies.count - 1) { accumulator.add(copy) }
            let aliases = accumulator.graph().nodes[0].aliases
            #expect(aliases == (expected ?? aliases))
            expected = aliases
        }
        #expect(expected == ["FR", "French Republic", "Gaul", "Paris"])
    }
}
