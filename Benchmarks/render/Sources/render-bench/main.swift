// Measures, in one run on one machine:
// 1. SVG rendering of 50-, 200- and 2,000-actor graphs in process (Renderer) versus the `dot`
//    command on the same DOT file with the same engine (process start and plugin loading
//    included: that is what a caller spawning `dot` pays).
// 2. Resident memory over thousands of in-process renders (leak check).
import Foundation
import RelGraphCore
import RelGraphExport
import RelGraphRendering

/// A deterministic graph shaped like extracted news graphs: every actor linked to an earlier one,
/// plus one more relation of a rotating type.
func syntheticGraph(actors: Int) -> RelationshipGraph {
    var state: UInt64 = 0x5EED &+ UInt64(actors)
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    let nodes = (0..<actors).map { index in
        Actor(id: "a\(index)", type: ActorType.allCases[index % 5], label: "Actor number \(index)")
    }
    var edges: [Relation] = []
    for index in 1..<actors {
        edges.append(Relation(source: "a\(index)", target: "a\(next(index))", type: .cooperate, confidence: 0.8))
        let type = RelationType.allCases[index % RelationType.allCases.count]
        let target = next(actors)
        if target != index {
            edges.append(Relation(source: "a\(index)", target: "a\(target)", type: type, confidence: 0.6,
                                  evidence: [Evidence(document: "bench.txt", sentence: "Sentence \(index).", start: 0, end: 10)]))
        }
    }
    return RelationshipGraph(nodes: nodes, edges: edges).canonicalized()
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func residentMegabytes() -> Double {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return .nan }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

func runDot(engine: LayoutEngine, file: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    process.arguments = ["-K\(engine.rawValue)", "-Tsvg", file, "-o", "/dev/null"]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { fatalError("dot failed on \(file)") }
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-render-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

// Memory first, on a fresh heap, so no slack left by the large layouts hides growth.
let total = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 3_000
for legend in [true, false] {
    print("## Resident memory over repeated in-process renders (50-actor graph, SVG, dot engine, legend \(legend ? "on" : "off"))\n")
    let loopGraph = DiagramWriter.dot(for: syntheticGraph(actors: 50), options: DiagramOptions(legend: legend))
    for _ in 0..<20 { _ = try Renderer.shared.render(dot: loopGraph, format: .svg, engine: .dot) }  // plugins, caches
    print("| renders | RSS (MB) |")
    print("|---:|---:|")
    print(String(format: "| 0 (after 20 warm-up) | %.1f |", residentMegabytes()))
    for index in 1...total {
        _ = try Renderer.shared.render(dot: loopGraph, format: .svg, engine: .dot)
        if index % (total / 4) == 0 { print(String(format: "| %d | %.1f |", index, residentMegabytes())) }
    }
    print("")
    fflush(nil)  // results appear as they are measured
}
var failures = 0
for _ in 0..<500 { if (try? Renderer.shared.render(dot: "digraph { a -> ", format: .svg, engine: .dot)) == nil { failures += 1 } }
print(String(format: "After 500 more failing parses (%d errors reported): RSS %.1f MB", failures, residentMegabytes()))

print("")
print("## In-process SVG vs `dot -Tsvg` (same DOT, same engine, medians)\n")
print("| actors | relations | engine | runs | in-process (ms) | `dot` command (ms) | dot / in-process |")
print("|---:|---:|---|---:|---:|---:|---:|")
for (size, runs) in [(50, 21), (200, 11), (2_000, 3)] {
    let graph = syntheticGraph(actors: size)
    let engine = LayoutEngine.automatic(nodes: graph.nodes.count, edges: graph.edges.count)
    let dot = DiagramWriter.dot(for: graph)
    let file = folder.appendingPathComponent("g\(size).dot").path
    try dot.write(toFile: file, atomically: true, encoding: .utf8)
    _ = try Renderer.shared.render(dot: dot, format: .svg, engine: engine)  // warm-up: plugins loaded
    var inProcess: [Double] = [], command: [Double] = []
    for _ in 0..<runs {
        inProcess.append(try seconds { _ = try Renderer.shared.render(dot: dot, format: .svg, engine: engine) })
        command.append(try seconds { try runDot(engine: engine, file: file) })
    }
    let a = median(inProcess) * 1000, b = median(command) * 1000
    print(String(format: "| %d | %d | %@ | %d | %.1f | %.1f | %.2f× |", size, graph.edges.count, engine.rawValue, runs, a, b, b / a))
    fflush(nil)  // results appear as they are measured
}

