import Foundation
import RelGraphCore
import RelGraphExport
@testable import RelGraphRendering
import Testing

/// Bitmaps are capped before cairo draws them; vector formats are not.
@Suite struct BitmapLimitTests {
    /// One node 300 inches wide: a 28,800-pixel-wide PNG. cairo would shrink it with a message
    /// on stderr ("graph is too large for cairo-renderer bitmaps"); relgraph refuses it first.
    let wide = #"digraph { a [shape=box, width=300, height=1, fixedsize=true] }"#

    @Test func anOversizedPNGIsRefusedWithAdvice() throws {
        #expect(throws: RenderError.self) { try Renderer.shared.render(dot: wide, format: .png, engine: .dot) }
        do {
            _ = try Renderer.shared.render(dot: wide, format: .png, engine: .dot)
        } catch let error as RenderError {
            guard case .bitmapTooLarge(let width, let height) = error else { Issue.record("\(error)"); return }
            #expect(width > BitmapLimit.maximumSide && height < 200)
            #expect(error.description.contains("--focus") && error.description.contains(".svg"))
        }
    }

    @Test func theSameDrawingIsFineAsSVGAndASmallOneAsPNG() throws {
        let svg = try Renderer.shared.render(dot: wide, format: .svg, engine: .dot)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        let png = try Renderer.shared.render(dot: #"digraph { a -> b }"#, format: .png, engine: .dot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    /// The estimate is the size cairo draws: checked against the PNG header of a real render.
    @Test func thePixelEstimateMatchesWhatCairoDraws() throws {
        let dot = #"digraph { a [shape=box, width=10, height=3, fixedsize=true] }"#
        let png = try Renderer.shared.render(dot: dot, format: .png, engine: .dot)
        let width = png[16 ..< 20].reduce(0) { $0 << 8 | Int($1) }, height = png[20 ..< 24].reduce(0) { $0 << 8 | Int($1) }
        // 10 in × 3 in at 96 dpi, plus padding: within a few pixels of the estimate.
        #expect(abs(width - 968) <= 4 && abs(height - 296) <= 4, "\(width) × \(height)")
    }
}
