/// Turns Markdown and HTML into the plain text that extraction reads.
///
/// Deliberately small: news pages need their words and sentence breaks, not their layout. Block
/// elements become line breaks so sentences from two paragraphs never run together; `script`,
/// `style` and comments disappear; entities are decoded. Evidence offsets count in the result.
public enum MarkupStripper {
    public static func plainText(_ text: String, format: DocumentFormat) -> String {
        switch format {
        case .text: return text
        case .markdown: return markdown(text)
        case .html: return html(text)
        }
    }

    /// HTML's text: see ``HTMLStripper``.
    static func html(_ source: String) -> String { HTMLStripper.plainText(source) }

    // MARK: Markdown

    /// Drops heading, quote and list markers, emphasis, code fences and link targets, keeping words.
    static func markdown(_ source: String) -> String {
        var lines: [String] = []
        var inFence = false
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(rawLine)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                lines.append("")
                continue
            }
            if inFence {
                lines.append("")  // code is not prose
                continue
            }
            line = trimmed
            while let first = line.first, first == "#" || first == ">" { line = line.dropFirst().drop { $0 == " " } }
            if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " { line = line.dropFirst(2) }
            lines.append(inline(String(line)))
        }
        return lines.joined(separator: "\n")
    }

    /// `[text](url)` → text, `![alt](src)` → alt, and `*`, `_`, `` ` `` emphasis markers removed.
    private static func inline(_ line: String) -> String {
        var out = ""
        var characters = Array(line)[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case "!" where characters.first == "[":
                continue
            case "[":
                guard let close = characters.firstIndex(of: "]") else {
                    out.append(character)
                    continue
                }
                out += String(characters[characters.startIndex..<close])
                characters = characters[(close + 1)...]
                if characters.first == "(", let end = characters.firstIndex(of: ")") {
                    characters = characters[(end + 1)...]
                }
            case "*", "`":
                continue
            case "_" where out.last.map { !$0.isLetter } ?? true || characters.first.map { !$0.isLetter } ?? true:
                continue  // emphasis, but keep snake_case words intact
            default:
                out.append(character)
            }
        }
        return out
    }
}
