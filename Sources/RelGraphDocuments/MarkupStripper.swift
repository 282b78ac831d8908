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

    // MARK: HTML

    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
        "section", "article", "header", "footer", "blockquote", "pre", "hr", "title", "figcaption", "dd", "dt",
    ]
    /// Elements whose content is not prose.
    private static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]

    static func html(_ source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        var skipping: String?  // the element whose end tag we are looking for
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                if matches(scalars, at: index, "<!--") {
                    index = find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
                    continue
                }
                guard let close = scalars[index...].firstIndex(of: ">") else { break }  // a torn tag: drop the rest
                let tag = tagName(scalars[(index + 1)..<close])
                index = close + 1
                if let element = skipping {
                    if tag.closing && tag.name == element { skipping = nil }
                    continue
                }
                if !tag.closing && skippedElements.contains(tag.name) && !tag.selfClosing {
                    skipping = tag.name
                } else if blockElements.contains(tag.name) {
                    out.append("\n")
                }
                continue
            }
            if skipping != nil {
                index += 1
                continue
            }
            if scalar == "&", let (decoded, length) = entity(scalars, at: index) {
                out.append(contentsOf: decoded.unicodeScalars)
                index += length
                continue
            }
            out.append(scalar)
            index += 1
        }
        return String(out)
    }

    private static func tagName(_ inside: ArraySlice<Unicode.Scalar>) -> (name: String, closing: Bool, selfClosing: Bool) {
        var body = inside[...]
        let closing = body.first == "/"
        if closing { body = body.dropFirst() }
        let selfClosing = body.last == "/"
        let name = body.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: name)
        return (String(view).lowercased(), closing, selfClosing)
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "laquo": "«", "raquo": "»", "rsquo": "\u{2019}", "lsquo": "\u{2018}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "eacute": "é",
        "egrave": "è", "agrave": "à", "ccedil": "ç", "ecirc": "ê", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "szlig": "ß", "ntilde": "ñ", "iacute": "í", "oacute": "ó", "aacute": "á", "uacute": "ú",
    ]

    /// Decodes `&name;`, `&#123;` or `&#x1F;` at `index`; nil when it is a lone ampersand.
    private static func entity(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        var end = index + 1
        while end < scalars.count, end - index <= 10, scalars[end] != ";" { end += 1 }
        guard end < scalars.count, scalars[end] == ";" else { return nil }
        var nameView = String.UnicodeScalarView()
        nameView.append(contentsOf: scalars[(index + 1)..<end])
        let name = String(nameView)
        let length = end - index + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            // NUL and invalid code points decode to U+FFFD so stripped text stays printable.
            guard let value else { return nil }
            let decoded = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            return (String(decoded), length)
        }
        return namedEntities[name].map { ($0, length) }
    }

    private static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ literal: String) -> Bool {
        let pattern = Array(literal.unicodeScalars)
        guard index + pattern.count <= scalars.count else { return false }
        return Array(scalars[index..<(index + pattern.count)]) == pattern
    }

    private static func find(_ scalars: [Unicode.Scalar], _ literal: String, from start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            if matches(scalars, at: index, literal) { return index }
            index += 1
        }
        return nil
    }

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
