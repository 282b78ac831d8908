import CGraphviz

/// The largest picture the renderer writes: bitmaps by pixels, every format by bytes.
///
/// A 3,000-actor diagram as PNG came out at 32,767 × 29,923 pixels and 121 MB, after a minute,
/// with Graphviz's own "graph is too large for cairo-renderer bitmaps" on stderr, and nobody can
/// read it. Large graphs belong in SVG or PDF (zoomable, text searchable) or in a `--focus` view.
public enum BitmapLimit {
    /// Longest side of a bitmap, in pixels (cairo's own ceiling is 32,767).
    public static let maximumSide = 16_000
    /// Largest bitmap area, in pixels (a 64-megapixel PNG is already tens of megabytes).
    public static let maximumPixels = 64_000_000
    /// Largest output of any format, in bytes.
    public static let maximumBytes = 256 * 1024 * 1024

    static func check(width: Int, height: Int) throws(RenderError) {
        guard width > maximumSide || height > maximumSide || width * height > maximumPixels else { return }
        throw .bitmapTooLarge(width: width, height: height)
    }

    static func check(bytes: Int, format: RenderFormat) throws(RenderError) {
        guard bytes > maximumBytes else { return }
        throw .outputTooLarge(format: format, bytes: bytes)
    }
}

extension RenderFormat {
    /// Graphviz's cairo bitmaps are drawn at 96 dots per inch; a point is 1/72 inch.
    static let bitmapPixelsPerPoint = 96.0 / 72.0

    /// The pixel size of this format's picture of a drawing whose bounding box is `box` (points),
    /// with Graphviz's default padding; nil for vector formats.
    func bitmapSize(ofBoxInPoints box: boxf) -> (width: Int, height: Int)? {
        guard self == .png else { return nil }
        let padding = 2 * 4.0  // `pad` defaults to 4 points on each side
        let width = (box.UR.x - box.LL.x + padding) * Self.bitmapPixelsPerPoint
        let height = (box.UR.y - box.LL.y + padding) * Self.bitmapPixelsPerPoint
        guard width.isFinite, height.isFinite else { return (Int.max / 2, Int.max / 2) }
        return (Int(min(width.rounded(.up), 1e9)), Int(min(height.rounded(.up), 1e9)))
    }
}
