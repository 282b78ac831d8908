import Foundation
import RelGraphCore

/// Checking strings without building them: what the catalog scan (``GraphCatalog``) does with
/// evidence sentences, documents and relation ends, and what ``GraphJSONReader/skipValue()`` does
/// with unknown keys.
///
/// A skipped string fails exactly where ``GraphJSONReader/rawString()`` would, with the same
/// message: control characters and bad escapes at their byte, invalid UTF-8 after the closing
/// quote (the full reader validates the decoded bytes at the end; escapes always produce whole
/// UTF-8 sequences, so the decoded bytes are valid exactly when every raw run between escapes is).
extension GraphJSONReader {
    /// Where a string literal's content lies in the input, and whether it must be decoded
    /// (it holds escapes) to know its value.
    struct StringSpan {
        /// Offset of the first content byte (after the opening quote).
        var start: Int
        /// Offset of the closing quote.
        var end: Int
        var hasEscapes: Bool
        /// No byte at or above 0x80.
        var isASCII: Bool
    }

    /// Skips a string literal at `position` (which holds the opening quote), validating it.
    mutating func skipString() throws -> StringSpan {
        position += 1
        let start = position
        var hasEscapes = false, highBits: UInt8 = 0, validUTF8 = true
        while position < bytes.count {
            // Eight bytes at a time: skip plain ASCII, land on the first special byte.
            if position + 8 <= bytes.count {
                let special = Self.specialBytes(bytes, at: position)
                if special == 0 {
                    position += 8
                    continue
                }
                position += special.trailingZeroBitCount >> 3
            }
            let byte = bytes[position]
            if byte < 0x80 {
                if byte == UInt8(ascii: "\"") {
                    position += 1
                    guard validUTF8 else { throw failure("invalid UTF-8") }
                    return StringSpan(start: start, end: position - 1, hasEscapes: hasEscapes, isASCII: highBits & 0x80 == 0)
                }
                if byte == UInt8(ascii: "\\") {
                    hasEscapes = true
                    if try !skipEscape() { break }
                    continue
                }
                if byte < 0x20 { throw failure("control character in a string") }
                position += 1
            } else {
                highBits |= byte
                let length = Self.utf8SequenceLength(bytes, at: position)
                if length == 0 {
                    // Invalid here; the full reader only notices at the closing quote, so go on
                    // looking for errors it would report first.
                    validUTF8 = false
                    position += 1
                } else {
                    position += length
                }
            }
        }
        throw failure("unterminated string")
    }

    /// The eight bytes at `offset` with the high bit set in each byte that is a quote, backslash,
    /// control character or non-ASCII (SWAR, "Bit Twiddling Hacks"). A borrow can flag a byte
    /// after a special one, never before it, so the lowest flag marks the first special byte.
    @inline(__always)
    static func specialBytes(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let quote = hasZeroByte(word ^ (ones &* 0x22))
        let backslash = hasZeroByte(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control | (word & highs)
    }

    /// Skips `\x` or `\uXXXX[\uXXXX]` at `position` (the backslash). False at end of input.
    private mutating func skipEscape() throws -> Bool {
        position += 1
        guard position < bytes.count else { return false }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        case UInt8(ascii: "u"):
            _ = try unicodeEscape()
            return true
        default:
            throw failure("invalid escape in a string")
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset` (a byte ≥ 0x80), or 0
    /// when it is ill-formed (Unicode Table 3-7: no overlongs, surrogates or values past U+10FFFF).
    static func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let lead = bytes[offset]
        let length: Int, secondLow: UInt8, secondHigh: UInt8
        switch lead {
        case 0xC2 ... 0xDF: (length, secondLow, secondHigh) = (2, 0x80, 0xBF)
        case 0xE0: (length, secondLow, secondHigh) = (3, 0xA0, 0xBF)
        case 0xE1 ... 0xEC, 0xEE ... 0xEF: (length, secondLow, secondHigh) = (3, 0x80, 0xBF)
        case 0xED: (length, secondLow, secondHigh) = (3, 0x80, 0x9F)
        case 0xF0: (length, secondLow, secondHigh) = (4, 0x90, 0xBF)
        case 0xF1 ... 0xF3: (length, secondLow, secondHigh) = (4, 0x80, 0xBF)
        case 0xF4: (length, secondLow, secondHigh) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard offset + length <= bytes.count else { return 0 }
        let second = bytes[offset + 1]
        guard second >= secondLow && second <= secondHigh else { return 0 }
        for next in offset + 2 ..< offset + length where bytes[next] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// The value of a string already skipped: decoded again only if it holds escapes.
    func value(of span: StringSpan) throws -> String {
        guard span.hasEscapes else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start ..< span.end]), as: UTF8.self)
        }
        var again = GraphJSONReader(bytes, at: span.start - 1)
        return try again.rawString()
    }

    /// Whether a skipped string is spelled `literal` (an ASCII schema word). A string with escapes
    /// is decoded first, so `"\u0073ource"` is `source` as it is to the full reader.
    @inline(__always)
    func span(_ span: StringSpan, is literal: StaticString) throws -> Bool {
        if span.hasEscapes { return try value(of: span) == literal.description }
        let count = literal.utf8CodeUnitCount
        guard span.end - span.start == count else { return false }
        // Keys are a few bytes: a loop beats a call to memcmp.
        let text = literal.utf8Start
        for offset in 0 ..< count where bytes[span.start + offset] != text[offset] { return false }
        return true
    }

    /// Reads a string value at `position` for `path`, checked like ``string(at:)`` but not built.
    mutating func skippedString(at path: @autoclosure () -> String) throws -> StringSpan {
        skipWhitespace()
        guard peek() == UInt8(ascii: "\"") else { throw Failure(message: "wrong type at \(path())") }
        return try skipString()
    }
}
