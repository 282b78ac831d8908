/// Breaks long labels into lines at spaces so nodes stay compact.
enum TextWrapping {
    /// `text` with line breaks (`\n`) inserted so no line exceeds `width` characters, except a
    /// single word longer than `width`, which keeps its own line. Existing breaks are kept.
    static func wrap(_ text: String, width: Int) -> String {
        guard width > 0, text.count > width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines: [String] = []
            var current = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// `text` cut to `limit` characters with an ellipsis.
    static func truncate(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(0, limit - 1))) + "…"
    }
}
