import Foundation
import RelGraphCore

/// ``NameFolding/fold(_:)`` with the same output, computed scalar by scalar: ASCII directly, other
/// scalars through Foundation once each and then from a cache.
///
/// Loading folds tens of thousands of forms; Foundation's whole-string `folding(options:locale:)`
/// costs microseconds per call on Linux and dominated the load time. Folding is context-free per
/// precomposed scalar (case folding, diacritic removal, width), so concatenating per-scalar folds
/// gives the same key; text with combining marks takes the slow path. `FastFoldingTests` checks the
/// equality against `NameFolding.fold` on every bundled form and on tricky strings.
struct FastFolder {
    /// Non-ASCII scalar → the scalars Foundation folds it to.
    private var cache: [UInt32: [Unicode.Scalar]] = [:]
    /// Reused output buffer (UTF-8), to avoid an allocation per form.
    private var buffer: [UInt8] = []

    mutating func fold(_ text: String) -> String {
        buffer.removeAll(keepingCapacity: true)
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
            if Self.isSeparator(scalar) {
                pendingSpace = !buffer.isEmpty
                return
            }
            if pendingSpace {
                buffer.append(0x20)
                pendingSpace = false
            }
            if scalar == "ß" {
                buffer.append(0x73)
                buffer.append(0x73)
            } else {
                UTF8.encode(scalar) { buffer.append($0) }
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                append(value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : scalar, to: &buffer)
                continue
            }
            // A combining mark interacts with the scalar before it: fold the whole text the slow way.
            if scalar.properties.canonicalCombiningClass != .notReordered { return NameFolding.fold(text) }
            let folded: [Unicode.Scalar]
            if let cached = cache[scalar.value] {
                folded = cached
            } else {
                let string = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                folded = Array(string.unicodeScalars)
                cache[scalar.value] = folded
            }
            for piece in folded { append(piece, to: &buffer) }
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// ``NameFolding/slug(_:)`` over ``fold(_:)``: `[a-z0-9]` runs joined by single hyphens.
    mutating func slug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in fold(text).unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return String(slug)
    }

    /// The separators of ``NameFolding/fold(_:)``.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "-", "'", ".", "_", ",",
             "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}",
             "\u{2018}", "\u{2019}", "\u{02BC}", "`", "\u{00B4}":
            return true
        default:
            return false
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs, trimmed on UTF-8 bytes
    /// (Foundation's `trimmingCharacters` is slow on Linux).
    var trimmedSpaces: String {
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return String(self[start..<end])
    }
}

extension String {
    var trimmedSpaces: String { self[...].trimmedSpaces }
}
