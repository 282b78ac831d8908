import Foundation
import RelGraphTestSupport
import Testing

/// `render` refuses a graph its engine cannot lay out within the timeout (limits measured in
/// Benchmarks/render/limits) with one line naming the limits and what to do, exit status 1 and no
/// file. `dot` used to accept 1,500 actors and 5,000 relations: 100 s and 1.16 GB (issue #15).
@Suite struct RenderLimitTests {
    /// The documented limits (README, "Diagrams"): most actors and relations drawn per engine.
    static let limits: [(engine: String, actors: Int, relations: Int)] = [
        ("dot", 300, 600), ("neato", 2_000, 8_000), ("fdp", 2_000, 8_000),
        ("circo", 200, 330), ("twopi", 3_000, 10_000), ("sfdp", 20_000, 70_000),
    ]

    /// A graph JSON of `actors` persons and `relations` accusations, each drawn as its own link:
    /// a ring first, then chords further and further across it.
    static func graphText(actors: Int, relations: Int) -> String {
        precondition(relations <= actors * (actors - 1), "not enough pairs")
        var edges: [String] = []
        var step = 1
        while edges.count < relations {
            for index in 0 ..< actors where edges.count < relations {
                edges.append("{\"source\":\"person:p\(index)\",\"target\":\"person:p\((index + step) % actors)\",\"type\":\"accuse\",\"confidence\":0.5}")
            }
            step += 1
        }
        let nodes = (0 ..< actors).map { "{\"id\":\"person:p\($0)\",\"type\":\"person\",\"label\":\"P \($0)\"}" }
        return "{\"nodes\":[\(nodes.joined(separator: ","))],\"edges\":[\(edges.joined(separator: ","))]}"
    }

    @Test(arguments: limits)
    func aGraphPastTheEnginesLimitIsRefusedInOneLine(limit: (engine: String, actors: Int, relations: Int)) throws {
        let folder = try CLIRunner.temporaryDirectory()
        // One actor too many, then one relation too many (on few actors, so the test stays quick).
        let fewActors = max(40, Int(Double(limit.relations + 1).squareRoot()) + 2)
        let cases = [(limit.actors + 1, limit.actors + 1), (fewActors, limit.relations + 1)]
        for (actors, relations) in cases {
            let graph = folder.appendingPathComponent("g-\(actors)-\(relations).json")
            try Data(Self.graphText(actors: actors, relations: relations).utf8).write(to: graph)
            let output = folder.appendingPathComponent("out.svg").path
            let result = try CLIRunner.run(["render", "--graph", graph.path, "-o", output, "--engine", limit.engine])
            #expect(result.status == 1, "\(limit.engine) \(actors)/\(relations): \(result.stderr)")
            #expect(result.stderr == "relgraph: graph too large for the \(limit.engine) layout (\(actors) actors, \(relations) relations; "
                    + "limit \(limit.actors) actors, \(limit.relations) relations): draw a neighbourhood with --focus ACTOR --depth 1"
                    + (limit.engine == "sfdp" ? "" : ", or use --engine sfdp") + "\n", "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }
}
