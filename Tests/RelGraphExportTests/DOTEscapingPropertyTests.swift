import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraphExport
import RelGraphRendering
import RelGraphTestSupport

/// Every DOT file relgraph writes must parse, and every label, tooltip and URL must come back
/// from libcgraph exactly as written and display as the text the user gave.
@Suite struct DOTEscapingPropertyTests {
    /// 20 files × 250 nodes: 5,000 random labels, tooltips and URLs, plus 5,000 edge labels.
    @Test(arguments: 0..<20)
    func randomTextSurvivesParsing(seed: Int) throws {
        var random = RandomText(seed: UInt64(seed) &* 7919 &+ 1)
        var writer = DOTWriter(name: random.text())
        var expected: [(label: String, tooltip: String, url: String)] = []
        for index in 0..<250 {
            let item = (label: random.text(), tooltip: random.text(), url: "https://example.org/" + random.text())
            expected.append(item)
            writer.node("n\(index)", [("label", .text(item.label)), ("tooltip", .tooltip(item.tooltip)), ("URL", .url(item.url))])
            if index > 0 { writer.edge(from: "n\(index - 1)", to: "n\(index)", [("label", .text(item.tooltip))]) }
        }
        let readBack = try Renderer.shared.readBack(dot: writer.finish())

        #expect(readBack.nodes.count == expected.count)
        for (index, item) in expected.enumerated() {
            let attributes = try #require(readBack.nodes["n\(index)"])
            let label = try #require(attributes["label"])
            let tooltip = try #require(attributes["tooltip"])
            let url = try #require(attributes["URL"])
            #expect(label == DOTEscaping.label(item.label), "raw label value of \(item.label.debugDescription)")
            #expect(GraphvizSemantics.displayedLabel(label) == GraphvizSemantics.expectedDisplay(item.label))
            #expect(tooltip == DOTEscaping.tooltip(item.tooltip))
            #expect(GraphvizSemantics.displayedTooltip(tooltip) == GraphvizSemantics.expectedDisplay(item.tooltip))
            #expect(url == DOTEscaping.url(item.url))
            #expect(GraphvizSemantics.linkedURL(url) == item.url)
        }
        let edgeLabels = Dictionary(uniqueKeysWithValues: readBack.edges.map { ($0.head, $0.attributes["label"] ?? "") })
        for index in 1..<expected.count {
            #expect(edgeLabels["n\(index)"].map(GraphvizSemantics.displayedLabel) == GraphvizSemantics.expectedDisplay(expected[index].tooltip))
        }
    }

    /// Identifiers are quoted verbatim: keywords, quotes and any script are valid ids.
    @Test func randomIdentifiersReadBackExactly() throws {
        var random = RandomText(seed: 99)
        var writer = DOTWriter()
        var ids: Set<String> = []
        while ids.count < 2_000 {
            // An odd run of backslashes before a quote, a newline or the end cannot be written in
            // DOT at all (the lexer has no escape for it); that case has its own test.
            // libcgraph also reserves names starting with `%` for anonymous objects.
            let id = random.text()
            if !Self.hasUnwritableBackslashRun(id) && !id.hasPrefix("%") { ids.insert(id) }
        }
        for id in ids { writer.node(id) }
        let readBack = try Renderer.shared.readBack(dot: writer.finish())
        let names = Set(readBack.nodes.keys)
        #expect(names.count == ids.count)
        #expect(ids.subtracting(names).isEmpty, "lost: \(ids.subtracting(names).sorted().map(\.debugDescription))")
    }

    @Test(arguments: ["a\\", "\\", "a\\\"b", "x\\\ny", "\\\\\\"])
    func unwritableBackslashRunsStillParse(value: String) throws {
        var writer = DOTWriter()
        writer.node("n", [("label", .raw(value))])
        let readBack = try Renderer.shared.readBack(dot: writer.finish())
        let label = try #require(readBack.nodes["n"]?["label"])
        #expect(label.replacingOccurrences(of: "\\", with: "") == value.replacingOccurrences(of: "\\", with: ""),
                "only a backslash is added")
    }

    /// The display level, end to end: the rendered SVG's text equals the labels.
    @Test func svgShowsTheLabelsAsGiven() throws {
        var random = RandomText(seed: 7)
        var writer = DOTWriter()
        var labels: [String] = []
        for index in 0..<150 {
            // Graphviz trims and collapses spaces at line level; keep them out of this check.
            let label = random.text(maxPieces: 5).replacingOccurrences(of: " ", with: "_")
                .replacingOccurrences(of: "\t", with: "_").replacingOccurrences(of: "\r", with: "")
            labels.append(label)
            writer.node("n\(index)", [("label", .text(label)), ("shape", .raw("box"))])
        }
        let svg = try Renderer.shared.render(dot: writer.finish(), format: .svg, engine: .neato)
        let document = try XMLDocument(data: svg)
        for (index, label) in labels.enumerated() {
            let texts = try document.nodes(forXPath: "//*[local-name()='g'][*[local-name()='title']='n\(index)']/*[local-name()='text']")
            let shown = texts.compactMap(\.stringValue).joined(separator: "\n")
            let lines = label.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
            #expect(shown == lines, "label \(label.debugDescription)")
        }
    }

    /// Tooltips and links in the SVG: the XML parses and the browser would show the tooltip
    /// text and follow the URL exactly as given (Graphviz turns a repeated space into U+00A0,
    /// and XML turns a literal tab in an attribute into a space; both are normalised here).
    @Test func svgCarriesTooltipsAndLinksAsGiven() throws {
        var random = RandomText(seed: 11)
        var writer = DOTWriter()
        var items: [(tooltip: String, url: String)] = []
        for index in 0..<150 {
            let item = (tooltip: random.text(maxPieces: 6), url: "https://example.org/q?" + random.text(maxPieces: 4))
            items.append(item)
            writer.node("n\(index)", [("label", .text("x")), ("tooltip", .tooltip(item.tooltip)), ("URL", .url(item.url))])
        }
        let svg = try Renderer.shared.render(dot: writer.finish(), format: .svg, engine: .neato)
        let document = try XMLDocument(data: svg)
        func normalise(_ text: String) -> String {
            text.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\t", with: " ")
        }
        for (index, item) in items.enumerated() {
            let anchor = "//*[local-name()='g'][*[local-name()='title']='n\(index)']//*[local-name()='a']"
            let title = try document.nodes(forXPath: anchor + "/@*[local-name()='title']").first?.stringValue
            let href = try document.nodes(forXPath: anchor + "/@*[local-name()='href']").first?.stringValue
            #expect(title.map(normalise) == normalise(GraphvizSemantics.expectedDisplay(item.tooltip).isEmpty
                ? "x" : GraphvizSemantics.expectedDisplay(item.tooltip)), "tooltip \(item.tooltip.debugDescription) shown as \(title.debugDescription)")
            #expect(href?.removingPercentEncoding == item.url, "url \(item.url.debugDescription)")
        }
    }

    /// The two value shapes DOT cannot express (see ``DOTEscaping/quoted(_:)``).
    static func hasUnwritableBackslashRun(_ text: String) -> Bool {
        var run = 0
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\\" { run += 1; continue }
            if (scalar == "\"" || scalar == "\n") && run % 2 == 1 { return true }
            if scalar == "\n" {
                let afterTokenStart = index == 0 || scalars[index - 1] == "\\" || scalars[index - 1] == "\""
                let beforeSpecial = index + 1 == scalars.count || scalars[index + 1] == "\\" || scalars[index + 1] == "\""
                if afterTokenStart && beforeSpecial { return true }
            }
            run = 0
        }
        return run % 2 == 1
    }
}
