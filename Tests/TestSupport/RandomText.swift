
/// A seeded generator of hostile text for property tests: the same seed, the same strings.
public struct RandomText {
    private var generator: SeededGenerator

    public init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    public mutating func next() -> UInt64 { generator.next() }

    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// Pieces that have broken DOT writers: escapes, quotes, DOT syntax and keywords, entities,
    /// line breaks, and scripts from emoji to right-to-left.
    public static let pieces: [String] = [
        "\"", "\\", "\\\\", "\\\"", "\\n", "\\l", "\\r", "\\N", "\\G", "\\E", "\n", "\r\n", "\t",
        "<", ">", "&", "&amp;", "&#38;", "&lt;", "{", "}", "[", "]", ";", ":", ",", "=", "->", "--",
        "node", "edge", "graph", "digraph", "subgraph", "strict", "Node", "GRAPH",
        " ", "  ", "a", "Z", "0", "42", "-1.5", "%", "%20", "'", "`", "#", "/*", "*/", "//", "+",
        "é", "Poutine", "Kim Jong-un", "Corée du Nord", "Путин", "Москва", "김정은", "조선",
        "🇷🇺", "👩‍👩‍👧", "🚀", "مرحبا", "שלום", "\u{200F}", "\u{202E}", "\u{200D}", "中国", "ß", "ﬁ",
    ]

    /// A string of 0…`maxPieces` random pieces (the empty string included).
    public mutating func text(maxPieces: Int = 8) -> String {
        let count = below(maxPieces + 1)
        var out = ""
        for _ in 0..<count { out += Self.pieces[below(Self.pieces.count)] }
        return out
    }
}
