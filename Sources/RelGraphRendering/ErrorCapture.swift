import CGraphviz
import Foundation

/// Collects Graphviz's error messages for the current job instead of letting them reach stderr.
///
/// Graphviz reports through one global callback (`agseterrf`) and counts errors stickily, so each
/// job calls ``begin()`` — under the renderer's lock — to reset both.
enum ErrorCapture {
    // Only touched with Renderer's lock held.
    nonisolated(unsafe) private static var buffer = ""

    /// Installs the callback, clears the buffer and Graphviz's sticky error count.
    static func begin() {
        buffer = ""
        _ = relgraph_agseterrf(collect)
        _ = relgraph_agseterr(AGERR)
        _ = relgraph_agreseterrors()
    }

    /// The captured messages as one line, or `fallback` when Graphviz said nothing.
    static func message(or fallback: String) -> String {
        let line = buffer
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "Error: ", with: "")
            .trimmingCharacters(in: .whitespaces)
        return line.isEmpty ? fallback : String(line.prefix(400))
    }

    /// Graphviz hands a message over in pieces; they are appended as they come.
    private static let collect: agusererrf = { piece in
        if let piece { ErrorCapture.buffer += String(cString: piece) }
        return 0
    }
}
