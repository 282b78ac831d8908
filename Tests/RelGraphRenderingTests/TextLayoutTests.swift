import Foundation
import Testing
import RelGraphCore
import RelGraphExport
@testable import RelGraphRendering
import RelGraphTestSupport

/// relgraph measures the labels of its own font without Pango (CGraphviz/TextLayout.c); the
/// diagrams must come out exactly as with Graphviz's Pango plugin.
@Suite struct TextLayoutTests {
    /// Labels relgraph measures itself (Latin with diacritics, Greek, Cyrillic, punctuation, arrows,
    /// box drawing, kerning pairs, a lone space) and labels it hands to Pango (Chinese, Arabic,
    /// mixed scripts, combining marks, a character DejaVu Sans lacks).
    static let labels = [
        "Actor 13", "leads", "member of", "Émile Zola", "Łódź", "Nguyễn Tấn Dũng", "São Tomé and Príncipe",
        "AVAWAY Tokyo", "“quoted” — dash – … ‰ €", "→ ↔ ━━━ · · · ·", "Αθήνα", "Москва", "Ελλάδα", " ",
        "office fi ffl", "x", "O'Neill (UN)", "北京", "القاهرة", "Москва Moscow", "e\u{301}te", "\u{2230}",
    ]

    static func dot() -> String {
        var lines = [
            "digraph g {",
            "  graph [fontname=\"DejaVu Sans\", label=\"A title — Δ\", fontsize=\"18\", rankdir=\"LR\"]",
            "  node [fontname=\"DejaVu Sans\", fontsize=\"12\", shape=\"box\"]",
            "  edge [fontname=\"DejaVu Sans\", fontsize=\"10\"]",
        ]
        for (index, label) in labels.enumerated() {
            let escaped = label.replacingOccurrences(of: "\"", with: "\\\"")
            lines.append("  n\(index) [label=\"\(escaped)\"]")
            if index > 0 { lines.append("  n\(index - 1) -> n\(index) [label=\"\(escaped)\"]") }
        }
        lines.append("  other [label=\"Helvetica Sans\", fontname=\"Helvetica\"]")
        lines.append("  italic [label=<<I>Italic</I> and <B>Bold</B> <FONT POINT-SIZE=\"16\"><B>━━━</B></FONT>>]")
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    @Test func svgMeasuredWithoutPangoIsTheSVGPangoMeasures() throws {
        let dot = Self.dot()
        let own = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot, measuringTextWithPango: false)
        let pango = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot, measuringTextWithPango: true)
        #expect(own.labelsMeasuredWithoutPango >= 2 * 17, "node and edge labels in DejaVu Sans measured here")
        #expect(pango.labelsMeasuredWithoutPango == 0)
        #expect(own.data == pango.data)
    }

    @Test func relgraphsOwnDiagramIsTheSVGPangoMeasures() throws {
        let dot = DiagramWriter.dot(for: SampleGraphs.summit)
        let own = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot, measuringTextWithPango: false)
        let pango = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot, measuringTextWithPango: true)
        #expect(own.labelsMeasuredWithoutPango > 10)
        #expect(own.data == pango.data)
    }

    /// A long label, a large and a tiny font size: the same picture as Pango's.
    @Test func extremeLabelsAreTheSVGPangoMeasures() throws {
        let long = String(repeating: "Wavy Tokyo ", count: 400)
        let dot = """
            digraph g { node [fontname="DejaVu Sans"]
              a [label="\(long)"]; b [label="Big", fontsize="500"]; c [label="tiny", fontsize="0.5"]
              d [label="huge", fontsize="5000"]; a -> b -> c -> d }
            """
        let own = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot, measuringTextWithPango: false)
        let pango = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot, measuringTextWithPango: true)
        #expect(own.labelsMeasuredWithoutPango >= 2, "the long label and size 500 measured here")
        #expect(own.data == pango.data)
    }

    @Test func bitmapsAreMeasuredByPango() throws {
        let result = try Renderer.shared.render(
            dot: DiagramWriter.dot(for: SampleGraphs.summit), format: .png, engine: .dot, measuringTextWithPango: true)
        #expect(result.labelsMeasuredWithoutPango == 0)
        #expect(result.data.count > 1_000)
    }
}
