/// The text of an HTML page, in one pass over its UTF-8 bytes.
///
/// Follows the HTML5 tokenizer where it matters for prose: a `<` starts a tag only before a
/// letter, `/`, `!` or `?` ("a < b" stays text); a `>` inside a quoted attribute value does not
/// end the tag; `script`, `style` and the like are raw text up to their end tag; every named and
/// numeric character reference is decoded (``HTMLCharacterReferences``). Block elements become
/// line breaks so sentences of two paragraphs never run together. Every byte is looked at a
/// bounded number of times, so time is linear in the page's size, whatever it holds.
enum HTMLStripper {
    static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
        "section", "article", "header", "footer", "blockquote", "pre", "hr", "title", "figcaption", "dd", "dt",
    ]
    /// Elements whose content is not prose.
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]

    static func plainText(_ source: String) -> String {
        var source = source
        return source.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            strip(bytes, into: &output)
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func strip(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if startsWith(bytes, at: index, "<!--") {
                    index = (find(bytes, "-->", from: index + 4) ?? bytes.count - 3) + 3
                    continue
                }
                guard index + 1 < bytes.count, startsTag(bytes[index + 1]) else {
                    output.append(byte)
                    index += 1
                    continue
                }
                guard let tag = readTag(bytes, at: index) else { return }  // a torn tag: drop the rest
                index = tag.end
                if !tag.closing && !tag.selfClosing && skippedElements.contains(tag.name) {
                    index = endOfRawText(bytes, element: tag.name, from: index)
                } else if blockElements.contains(tag.name) {
                    output.append(UInt8(ascii: "\n"))
                }
                continue
            }
            if byte == UInt8(ascii: "&"), let reference = HTMLCharacterReferences.decode(bytes, at: index) {
                output.append(contentsOf: reference.text.utf8)
                index += reference.length
                continue
            }
            output.append(byte)
            index += 1
        }
    }

    private static func startsTag(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// A tag from its `<` to just past its `>`, quoted attribute values skipped whole. Nil when the
    /// page ends first.
    private static func readTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (name: String, closing: Bool, selfClosing: Bool, end: Int)? {
        var cursor = start + 1
        let closing = bytes[cursor] == UInt8(ascii: "/")
        if closing { cursor += 1 }
        let nameStart = cursor
        while cursor < bytes.count, isLetter(bytes[cursor]) || isDigit(bytes[cursor]) { cursor += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self).lowercased()
        var afterEquals = false
        var previous: UInt8 = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            switch byte {
            case UInt8(ascii: ">"):
                return (name, closing, previous == UInt8(ascii: "/"), cursor + 1)
            case UInt8(ascii: "\"") where afterEquals, UInt8(ascii: "'") where afterEquals:
                guard let close = find(bytes, byte, from: cursor + 1) else { return nil }
                cursor = close + 1
                afterEquals = false
                previous = byte
                continue
            case UInt8(ascii: "="):
                afterEquals = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C:
                break  // spaces may sit between `=` and its value
            default:
                afterEquals = false
            }
            previous = byte
            cursor += 1
        }
        return nil
    }

    /// Just past the end tag of a raw-text element (`</script>`), or the page's end. A `head`
    /// whose end tag was left out (HTML allows it) ends where `<body` begins.
    private static func endOfRawText(_ bytes: UnsafeBufferPointer<UInt8>, element: String, from start: Int) -> Int {
        let endTag = Array(("</" + element).utf8)
        var cursor = start
        while let open = find(bytes, UInt8(ascii: "<"), from: cursor) {
            if startsWithIgnoringCase(bytes, at: open, endTag) {
                let after = open + endTag.count
                if after >= bytes.count || !isLetter(bytes[after]) && !isDigit(bytes[after]) {
                    return find(bytes, UInt8(ascii: ">"), from: after).map { $0 + 1 } ?? bytes.count
                }
            }
            if element == "head", startsWithIgnoringCase(bytes, at: open, Array("<body".utf8)) { return open }
            cursor = open + 1
        }
        return bytes.count
    }

    // MARK: Bytes

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: byte)
    }

    /// The first `literal` at or after `start`; each byte is compared a bounded number of times.
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: String, from start: Int) -> Int? {
        let pattern = Array(literal.utf8)
        var cursor = start
        while let candidate = find(bytes, pattern[0], from: cursor) {
            if startsWith(bytes, at: candidate, pattern) { return candidate }
            cursor = candidate + 1
        }
        return nil
    }

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ literal: String) -> Bool {
        startsWith(bytes, at: index, Array(literal.utf8))
    }

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private static func startsWithIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where lowercased(bytes[index + offset]) != lowercased(byte) { return false }
        return true
    }
}
