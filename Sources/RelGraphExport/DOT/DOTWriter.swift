/// Writes DOT source statement by statement, escaping every identifier and value.
///
/// Identifiers are always quoted, so a DOT keyword (`node`, `graph`, `strict`, …) or any other
/// text is safe as an id; diagrams still use synthetic ids (`n0`, `n1`, …) and keep names in
/// labels, because libcgraph reserves ids starting with `%` for anonymous objects and a few
/// backslash/newline shapes cannot be written at all (see `DOTEscaping/quoted(_:)`).
///
/// ```swift
/// var dot = DOTWriter(name: "g")
/// dot.node("n0", [("label", .text("Kim \"Jong-un\""))])
/// dot.edge(from: "n0", to: "n1", [("color", .raw("red"))])
/// let source = dot.finish()
/// ```
public struct DOTWriter: Sendable {
    private var text: String
    private var depth = 1
    private let edgeOperator: String

    /// Starts a `digraph` (or `graph` when `directed` is false) named `name`.
    public init(name: String = "relgraph", directed: Bool = true) {
        edgeOperator = directed ? " -> " : " -- "
        text = (directed ? "digraph " : "graph ") + DOTEscaping.quoted(name) + " {\n"
    }

    /// `graph [...]`, `node [...]` or `edge [...]` defaults.
    public mutating func defaults(_ kind: DefaultsKind, _ attributes: DOTAttributes) {
        guard !attributes.isEmpty else { return }
        line(kind.rawValue + " " + list(attributes))
    }

    /// The kinds of default-attribute statements.
    public enum DefaultsKind: String, Sendable { case graph, node, edge }

    /// A node statement.
    public mutating func node(_ id: String, _ attributes: DOTAttributes = []) {
        line(DOTEscaping.quoted(id) + (attributes.isEmpty ? "" : " " + list(attributes)))
    }

    /// An edge statement (`->` in a digraph, `--` in a graph).
    public mutating func edge(from source: String, to target: String, _ attributes: DOTAttributes = []) {
        let head = DOTEscaping.quoted(source) + edgeOperator + DOTEscaping.quoted(target)
        line(head + (attributes.isEmpty ? "" : " " + list(attributes)))
    }

    /// Opens `subgraph "id" {` (a cluster when `id` starts with `cluster`) with graph attributes.
    public mutating func beginSubgraph(_ id: String, _ attributes: DOTAttributes = []) {
        line("subgraph " + DOTEscaping.quoted(id) + " {")
        depth += 1
        for attribute in attributes { line(Self.name(attribute.name) + "=" + attribute.value.source) }
    }

    /// Closes the innermost subgraph.
    public mutating func endSubgraph() {
        precondition(depth > 1, "endSubgraph without beginSubgraph")
        depth -= 1
        line("}")
    }

    /// The finished DOT source (closes any subgraph left open).
    public func finish() -> String {
        var copy = self
        while copy.depth > 1 { copy.endSubgraph() }
        return copy.text + "}\n"
    }

    private mutating func line(_ statement: String) {
        text += String(repeating: "  ", count: depth) + statement + "\n"
    }

    private func list(_ attributes: DOTAttributes) -> String {
        "[" + attributes.map { Self.name($0.name) + "=" + $0.value.source }.joined(separator: ", ") + "]"
    }

    /// Attribute names are Graphviz's own (`label`, `fillcolor`); anything else is quoted.
    private static func name(_ name: String) -> String {
        let plain = !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 95
        } && !(name.utf8.first! >= 48 && name.utf8.first! <= 57)
        return plain && !keywords.contains(name.lowercased()) ? name : DOTEscaping.quoted(name)
    }

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]
}
