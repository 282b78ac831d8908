/// How text becomes a DOT attribute value that Graphviz reads back exactly.
///
/// Two layers, kept apart on purpose:
/// 1. ``quoted(_:)`` writes a DOT string literal whose value, as libcgraph parses it (`agget`),
///    is exactly the given value. In a quoted DOT string the lexer turns `\"` into `"`, drops
///    `\` + newline (line continuation) and keeps every other character, backslashes included.
/// 2. Graphviz then interprets some attributes as *escString*s (`\n` `\l` `\r` line breaks, `\N`
///    the node name, `\\` a backslash) and decodes HTML entities in labels. ``label(_:)``,
///    ``tooltip(_:)`` and ``url(_:)`` turn plain display text into a value that displays as
///    that text, whatever it contains.
package enum DOTEscaping {
    /// A DOT string literal (with its quotes) whose parsed value is `value`.
    ///
    /// Two kinds of value cannot be written in DOT at all: an odd run of backslashes before a
    /// quote, a newline or the end (such a run gets one more backslash), and a single newline
    /// right after a backslash or the opening quote and right before a backslash, a quote or the
    /// end (the lexer drops it). Values made by ``label(_:)``, ``tooltip(_:)`` and ``url(_:)``
    /// contain neither: they never contain a raw newline and double every backslash.
    package static func quoted(_ value: String) -> String {
        // Most names and values need no escaping: copy them whole (per-scalar appends cost ~3 ms
        // of a 40-actor render's start-up).
        if !value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") }) {
            return "\"" + value + "\""
        }
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        var backslashRun = 0
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\":
                backslashRun += 1
                out.unicodeScalars.append(scalar)
                continue
            case "\"":
                // `\\\"` reads as two backslashes then a quote; an odd run is evened first.
                if backslashRun % 2 == 1 { out += "\\" }
                out += "\\\""
            case "\n":
                if backslashRun % 2 == 1 { out += "\\" }
                out += "\n"
            default:
                out.unicodeScalars.append(scalar)
            }
            backslashRun = 0
        }
        if backslashRun % 2 == 1 { out += "\\" }
        return out + "\""
    }

    /// The escString value that a plain (non-HTML) label displays as `text`.
    ///
    /// Backslashes are doubled (so `\n`, `\N` typed by a user show literally), `&` becomes
    /// `&amp;` (Graphviz decodes entities in labels), line breaks become centred `\n` breaks,
    /// and control characters become spaces.
    package static func label(_ text: String) -> String {
        escapeText(text, backslash: "\\\\", lineBreak: "\\n")
    }

    /// The value a `tooltip` attribute shows as `text` (SVG `xlink:title`).
    ///
    /// A backslash is written as four: Graphviz 2.42 expands a tooltip's escString twice
    /// (`\\\\` → `\\`, then `\\N` would become the node's name). `&` is written as `&amp;`, because Graphviz 2.42
    /// copies anything that looks like an entity into the SVG unescaped; line breaks are written
    /// as the entity `&#10;`, because the DOT lexer drops a newline standing alone between a
    /// backslash or quote and another one.
    package static func tooltip(_ text: String) -> String {
        escapeText(text, backslash: "\\\\\\\\", lineBreak: "&#10;")
    }

    /// The shared escaping of labels and tooltips: they differ only in how a backslash and a
    /// line break (CR, LF or CRLF, counted once) are written.
    private static func escapeText(_ text: String, backslash: String, lineBreak: String) -> String {
        // Printable text without `\\` or `&` is its own escaped form (the usual case: copy it whole).
        if !text.utf8.contains(where: needsTextEscape) && !text.unicodeScalars.contains(where: { displayable($0) != $0 }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += backslash
            case "&": out += "&amp;"
            case "\r": out += lineBreak
            case "\n": if !previousWasCR { out += lineBreak }
            default: out.unicodeScalars.append(displayable(scalar))
            }
        }
        return out
    }

    /// The value of a `URL`/`href` attribute that links to `url`.
    ///
    /// Graphviz 2.42 writes URLs into SVG without XML-escaping them, so every character that is
    /// not safe in both a URL and an XML attribute is percent-encoded, `&` becomes `&amp;` (the
    /// SVG reader turns it back into `&`), and the backslash is percent-encoded too (escString).
    package static func url(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where urlPunctuation.contains(byte):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// RFC 3986 unreserved and reserved punctuation that is also harmless inside an XML attribute
    /// (no `'`, `"`, `<`, `>`, `&`, `\`, `%` — a literal `%` is itself encoded).
    private static let urlPunctuation: Set<UInt8> = Set("-._~:/?#[]@!$()*+,;=".utf8)

    /// A byte that ``escapeText(_:backslash:lineBreak:)`` rewrites (C0 controls include CR and LF).
    private static func needsTextEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&") || byte < 0x20 || byte == 0x7F
    }

    /// Characters that cannot appear in a label's output (NUL ends a C string; XML 1.0 forbids
    /// most C0 controls) shown as a space.
    static func displayable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\t" { return scalar }
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
            return " "
        }
        return scalar
    }

    /// An HTML-like label's text content: XML entities for `&`, `<`, `>`, `"`; controls as spaces.
    package static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "<BR/>"
            default: out.unicodeScalars.append(displayable(scalar))
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
