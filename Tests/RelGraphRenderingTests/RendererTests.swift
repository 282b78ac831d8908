import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
import RelGraphCore
import RelGraphExport
@testable import RelGraphRendering
import RelGraphTestSupport

@Suite struct RendererTests {
    let dot = DiagramWriter.dot(for: SampleGraphs.summit)

    @Test func svgIsWellFormedXMLWithTheLabels() throws {
        let svg = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot)
        let document = try XMLDocument(data: svg)
        #expect(document.rootElement()?.localName == "svg")
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        for label in ["France", "Mali", "Ana Silva", "Bamako Accord", "Timbuktu", "visits", "Legend"] {
            #expect(texts.contains(label), "\(label) drawn")
        }
    }

    @Test(arguments: [(RenderFormat.png, [0x89, 0x50, 0x4E, 0x47]), (.pdf, Array("%PDF".utf8))])
    func binaryFormatsStartWithTheirMagicBytes(format: RenderFormat, magic: [UInt8]) throws {
        let data = try Renderer.shared.render(dot: dot, format: format, engine: .dot)
        #expect(Array(data.prefix(magic.count)) == magic)
        #expect(data.count > 1_000)
    }

    @Test func jsonAndPlainDescribeTheLayout() throws {
        let json = try Renderer.shared.render(dot: dot, format: .json, engine: .dot)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect((object?["objects"] as? [Any])?.count == SampleGraphs.summit.nodes.count + 1, "actors and the legend")
        let plain = try #require(String(data: try Renderer.shared.render(dot: dot, format: .plain, engine: .dot), encoding: .utf8))
        #expect(plain.hasPrefix("graph "))
        #expect(plain.hasSuffix("stop\n"))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOutTheSample(engine: LayoutEngine) throws {
        let svg = try Renderer.shared.render(dot: dot, format: .svg, engine: engine)
        #expect(String(decoding: svg, as: UTF8.self).contains("Timbuktu"))
    }

    @Test func sameGraphSamePicture() throws {
        let first = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot)
        let shuffled = RelationshipGraph(nodes: SampleGraphs.summit.nodes.reversed(), edges: SampleGraphs.summit.edges.reversed())
        let second = try Renderer.shared.render(dot: DiagramWriter.dot(for: shuffled), format: .svg, engine: .dot)
        #expect(first == second)
    }

    @Test(arguments: ["digraph { a -> ", "not dot at all {", "digraph { a [label=\"open] }", "digraph { a [label=<<b>unclosed>] }"])
    func syntaxErrorsComeBackAsOneLine(source: String) {
        #expect {
            try Renderer.shared.render(dot: source, format: .svg, engine: .dot)
        } throws: { error in
            guard case .badInput(let message) = error as? RelGraphError else { return false }
            return !message.contains("\n") && message.contains("Graphviz")
        }
    }

    @Test func emptyAndNULInputAreRejected() {
        #expect(throws: RelGraphError.self) { try Renderer.shared.render(dot: "", format: .svg, engine: .dot) }
        #expect(throws: RelGraphError.self) { try Renderer.shared.render(dot: "digraph { a\u{0}b }", format: .svg, engine: .dot) }
    }

    @Test func anErrorDoesNotStickToTheNextJob() throws {
        _ = try? Renderer.shared.render(dot: "digraph {", format: .svg, engine: .dot)
        let svg = try Renderer.shared.render(dot: "digraph { x -> y }", format: .svg, engine: .dot)
        #expect(svg.count > 100)
    }

    /// The library says what is wrong in its own terms; the command line adds the flags to use.
    @Test func graphsBeyondTheEngineLimitAreRefused() throws {
        let big = SampleGraphs.synthetic(actors: LayoutEngine.dot.limit.nodes + 1, relationsPerActor: 1)
        let source = DiagramWriter.dot(for: big, options: DiagramOptions(legend: false))
        #expect {
            try Renderer.shared.render(dot: source, format: .svg, engine: .dot)
        } throws: { error in
            guard case .graphTooLarge(.dot, let actors, _) = error as? RenderError else { return false }
            return actors == LayoutEngine.dot.limit.nodes + 1 && !"\(error)".contains("--")
        }
    }

    @Test func automaticEngineChoosesBySize() {
        #expect(LayoutEngine.automatic(nodes: 40, edges: 90) == .dot)
        #expect(LayoutEngine.automatic(nodes: 2_000, edges: 4_000) == .sfdp)
        #expect(throws: RelGraphError.self) { try LayoutEngine.named("spring", nodes: 1, edges: 0) }
    }

    @Test func unknownFormatsAreNamedInTheError() throws {
        #expect(throws: RelGraphError.badInput("out.gif: unknown output format 'gif' (known: svg, png, pdf, json, plain)")) {
            try RenderFormat.forPath("out.gif")
        }
        #expect(throws: RelGraphError.self) { try RenderFormat.forPath("out") }
        #expect(try RenderFormat.forPath("dir.v2/Out.SVG") == .svg)
    }

    /// Graphviz is not thread-safe; the renderer's lock must make concurrent callers safe.
    @Test func concurrentRendersAreSerialisedSafely() async throws {
        let expected = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot)
        let source = dot
        try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<24 {
                group.addTask { try Renderer.shared.render(dot: source, format: .svg, engine: .dot) }
            }
            for try await svg in group { #expect(svg == expected) }
        }
    }
}
