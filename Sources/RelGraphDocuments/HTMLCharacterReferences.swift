import Foundation

/// HTML5's character references: the 2,231 named ones (`&Eacute;`, `&OElig;`, `&euro;`, and the
/// legacy names that work without `;`, `&eacute`) and the numeric ones (`&#233;`, `&#xE9;`), with
/// the replacements HTML5 makes (`&#128;` is the euro sign, `&#0;` U+FFFD).
///
/// The tables are data (`Data/html-entities.tsv`, `Data/html-charrefs.tsv`), written by
/// `scripts/generate-html-entities.py` from Python's copy of the WHATWG table, and read once, on
/// the first reference a document uses.
enum HTMLCharacterReferences {
    /// The longest name in the table, `;` included (`&CounterClockwiseContourIntegral;`).
    static let longestName = 33

    /// Decodes the reference starting at `bytes[index]` (an `&`), returning its text and the
    /// number of bytes it spans, or nil when the `&` is a plain ampersand.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (text: String, length: Int)? {
        let next = index + 1
        guard next < bytes.count else { return nil }
        if bytes[next] == UInt8(ascii: "#") { return numeric(bytes, at: index) }
        return named(bytes, at: index)
    }

    /// `&name;`, or the longest legacy name without `;` (`&eacuteXYZ` reads as `é` + `XYZ`).
    private static func named(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (text: String, length: Int)? {
        var end = index + 1
        while end < bytes.count, end - index <= longestName, isAlphanumeric(bytes[end]) { end += 1 }
        guard end > index + 1 else { return nil }
        let tables = Tables.shared
        if end < bytes.count, bytes[end] == UInt8(ascii: ";"),
           let text = tables.named[String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)...end]), as: UTF8.self)] {
            return (text, end + 1 - index)
        }
        // Legacy names are at most 6 letters ("&middot"): try the longest prefix first.
        var length = min(end - index - 1, tables.longestLegacyName)
        while length > 0 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<(index + 1 + length)]), as: UTF8.self)
            if let text = tables.named[name] { return (text, length + 1) }
            length -= 1
        }
        return nil
    }

    /// `&#233;`, `&#xE9;`; the `;` may be missing, as HTML5 allows.
    private static func numeric(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (text: String, length: Int)? {
        var cursor = index + 2
        let hexadecimal = cursor < bytes.count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
        if hexadecimal { cursor += 1 }
        let digitsStart = cursor
        var value: UInt32 = 0
        var overflow = false
        while cursor < bytes.count, let digit = digitValue(bytes[cursor], hexadecimal: hexadecimal) {
            let (product, multiplied) = value.multipliedReportingOverflow(by: hexadecimal ? 16 : 10)
            let (sum, added) = product.addingReportingOverflow(digit)
            overflow = overflow || multiplied || added
            value = overflow ? UInt32.max : sum
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
        return (String(scalar(for: value)), cursor - index)
    }

    /// What a numeric reference stands for: HTML5's replacements, U+FFFD for surrogates and
    /// values past Unicode.
    static func scalar(for value: UInt32) -> Unicode.Scalar {
        if let replaced = Tables.shared.numeric[value] { return replaced }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hexadecimal: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hexadecimal: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The two tables, read from the bundled data on first use.
    struct Tables: Sendable {
        /// Name (with its `;` when it needs one) → text.
        let named: [String: String]
        /// Numeric references HTML5 replaces.
        let numeric: [UInt32: Unicode.Scalar]
        let longestLegacyName: Int

        static let shared = Tables()

        private init() {
            var named: [String: String] = [:]
            for (name, codePoints) in Self.rows("html-entities") {
                let scalars = codePoints.split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars)
                named[name] = String(text)
            }
            var numeric: [UInt32: Unicode.Scalar] = [:]
            for (number, codePoint) in Self.rows("html-charrefs") {
                if let key = UInt32(number), let value = UInt32(codePoint, radix: 16).flatMap(Unicode.Scalar.init) {
                    numeric[key] = value
                }
            }
            // The table is part of relgraph: a missing or damaged copy is a broken installation.
            precondition(named.count > 2000 && numeric.count > 30, "relgraph's HTML entity tables are missing or damaged")
            self.named = named
            self.numeric = numeric
            longestLegacyName = named.keys.filter { !$0.hasSuffix(";") }.map(\.utf8.count).max() ?? 0
        }

        private static func rows(_ resource: String) -> [(String, String)] {
            guard let url = Bundle.module.url(forResource: resource, withExtension: "tsv", subdirectory: "Data"),
                  let text = try? String(contentsOf: url, encoding: .utf8)
            else { return [] }
            return text.split(separator: "\n").compactMap { line in
                guard !line.hasPrefix("#") else { return nil }
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                return cells.count == 2 ? (String(cells[0]), String(cells[1])) : nil
            }
        }
    }
}
