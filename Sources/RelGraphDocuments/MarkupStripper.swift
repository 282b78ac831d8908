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
        let all = Array(line)
        var characters = all[...]
        var closingBracket = NextOccurrence(of: "]", in: all)
        var closingParenthesis = NextOccurrence(of: ")", in: all)
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case "!" where characters.first == "[":
                continue
            case "[":
                guard let close = closingBracket.index(from: characters.startIndex) else {
                    out.append(character)
                    continue
                }
                out += String(characters[characters.startIndex..<close])
                characters = characters[(close + 1)...]
                if characters.first == "(", let end = closingParenthesis.index(from: characters.startIndex) {
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

    /// The next index of one character at or after a position that only moves forward. It
    /// remembers the last answer, so a line of 200,000 unclosed `[a](` is scanned once, not once
    /// per bracket.
    struct NextOccurrence {
        let target: Character
        let characters: [Character]
        /// The last search's start and answer (nil: none at or after that start).
        private var searchedFrom = Int.max
        private var found: Int?

        init(of target: Character, in characters: [Character]) {
            self.target = target
            self.characters = characters
        }

        mutating func index(from start: Int) -> Int? {
            if start >= searchedFrom {
                guard let found else { return nil }  // none after an earlier start: none after this one
                if start <= found { return found }
            }
            searchedFrom = start
            found = characters[start...].firstIndex(of: target)
            return found
        }
    }
}
