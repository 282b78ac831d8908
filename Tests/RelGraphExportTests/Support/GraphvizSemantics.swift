import Foundation
@testable import RelGraphExport

/// Test-side models of how Graphviz interprets attribute values, written from its documented
/// behaviour (escString, entities), independently of the code under test.
enum GraphvizSemantics {
    /// What a plain label displays: `\n` `\l` `\r` are line breaks, `\x` is `x`, `&amp;` is `&`.
    static func displayedLabel(_ value: String) -> String {
        var out = ""
        var scalars = value.unicodeScalars.makeIterator()
        var pending: [Unicode.Scalar] = []
        func nextScalar() -> Unicode.Scalar? { pending.isEmpty ? scalars.next() : pending.removeFirst() }
        while let scalar = nextScalar() {
            if scalar == "\\", let escaped = nextScalar() {
                out += ["n", "l", "r"].contains(escaped) ? "\n" : String(escaped)
            } else if scalar == "&" {
                var entity: [Unicode.Scalar] = []
                while entity.count < 4, let next = nextScalar() { entity.append(next) }
                if entity == Array("amp;".unicodeScalars) {
                    out += "&"
                } else {
                    out += "&"
                    pending = entity + pending
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What a tooltip shows: Graphviz 2.42 expands a tooltip's escString twice (each pass turns
    /// `\\` into `\`), then `&#10;` is a line break and `&amp;` is `&`.
    static func displayedTooltip(_ value: String) -> String {
        unescapeBackslashes(unescapeBackslashes(value))
            .replacingOccurrences(of: "&#10;", with: "\n")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// One escString pass over backslashes: `\\` → `\`, any other `\x` kept.
    private static func unescapeBackslashes(_ value: String) -> String {
        var out = ""
        var scalars = value.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\", let next = scalars.next() else {
                out.unicodeScalars.append(scalar)
                continue
            }
            if next != "\\" { out.unicodeScalars.append(scalar) }
            out.unicodeScalars.append(next)
        }
        return out
    }

    /// The address a URL value links to once the SVG is read (`&amp;` → `&`) and percent-decoded.
    static func linkedURL(_ value: String) -> String? {
        value.replacingOccurrences(of: "&amp;", with: "&").removingPercentEncoding
    }

    /// The text a user meant to display, with the substitutions the writer documents: control
    /// characters as spaces, CR LF and CR as one line break (tooltips keep CR as LF).
    static func expectedDisplay(_ text: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            if scalar == "\r" { out += "\n"; continue }
            if scalar == "\n" { if !previousCR { out += "\n" }; continue }
            if scalar == "\t" { out += "\t"; continue }
            out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
        }
        return out
    }
}
