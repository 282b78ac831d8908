import RelGraphCore

/// Output formats the in-process renderer produces.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
    /// Graphviz's JSON (layout coordinates and attributes).
    case json
    /// Graphviz's plain-text layout description.
    case plain

    /// The Graphviz device name passed to `gvRenderData`.
    var device: String {
        switch self {
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        default: return rawValue
        }
    }

    /// Drawn by Graphviz's cairo renderer, which draws each label's Pango layout.
    var drawsWithCairo: Bool { self == .png || self == .pdf }

    /// The format named by a file's extension (`out.svg` → `.svg`).
    ///
    /// Throws ``RelGraphError/badInput(_:)`` naming the known formats when it is not one of them.
    public static func forPath(_ path: String) throws -> RenderFormat {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else {
            throw RelGraphError.badInput("\(path): no file extension; name the output .svg, .png, .pdf, .json or .plain")
        }
        return try named(String(name[name.index(after: dot)...]).lowercased(), source: path)
    }

    /// The format called `name`, or a one-line error listing the known ones.
    public static func named(_ name: String, source: String? = nil) throws -> RenderFormat {
        if let format = RenderFormat(rawValue: name.lowercased()) { return format }
        let known = allCases.map(\.rawValue).joined(separator: ", ")
        throw RelGraphError.badInput("\(source.map { $0 + ": " } ?? "")unknown output format '\(name)' (known: \(known))")
    }
}
