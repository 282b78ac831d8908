/// One attribute value of a DOT statement, tagged with how Graphviz will interpret it.
///
/// The tag decides the escaping (see `DOTEscaping`), so callers pass plain text and never
/// build escape sequences themselves.
public enum DOTValue: Sendable, Hashable {
    /// Plain text shown in a label (`label`, `xlabel`, `headlabel`, …).
    case text(String)
    /// Plain text shown as a tooltip (`tooltip`, `labeltooltip`, …).
    case tooltip(String)
    /// A link (`URL`, `href`).
    case url(String)
    /// An HTML-like label body (written between `<` and `>`); the caller escapes its text with
    /// `DOTEscaping/html(_:)`.
    case html(String)
    /// A value Graphviz reads as is: colours, numbers, shapes, styles.
    case raw(String)

    /// The attribute value as it appears in DOT source, quotes or angle brackets included.
    var source: String {
        switch self {
        case .text(let text): return DOTEscaping.quoted(DOTEscaping.label(text))
        case .tooltip(let text): return DOTEscaping.quoted(DOTEscaping.tooltip(text))
        case .url(let url): return DOTEscaping.quoted(DOTEscaping.url(url))
        case .html(let markup): return "<" + markup + ">"
        case .raw(let value): return DOTEscaping.quoted(value)
        }
    }
}

/// An ordered attribute list: `[("label", .text("Russia")), ("shape", .raw("box"))]`.
public typealias DOTAttributes = [(name: String, value: DOTValue)]
