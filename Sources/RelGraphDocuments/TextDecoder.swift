import Foundation
import RelGraphCore

/// Turns raw file bytes into document text, refusing what is not text.
///
/// Checks, in order: empty input, invalid UTF-8, binary content (NUL bytes or a high share of
/// control characters). Each refusal is one ``RelGraphError/badInput(_:)`` line naming the source.
public enum TextDecoder {
    /// Largest share of C0 control characters (other than tab, CR, LF, FF) a text may contain.
    static let maximumControlShare = 0.01

    public static func decode(_ data: Data, source: String) throws -> String {
        if data.isEmpty { throw RelGraphError.badInput("\(source): empty input, expected article text") }
        var bytes = data
        // A UTF-8 byte-order mark is not part of the text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw RelGraphError.badInput("\(source): UTF-16 text is not supported, convert it to UTF-8")
        }
        var controls = 0
        for byte in bytes where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            if byte == 0 { throw RelGraphError.badInput("\(source): binary data (NUL byte), expected UTF-8 text") }
            controls += 1
        }
        if Double(controls) > Double(bytes.count) * maximumControlShare {
            throw RelGraphError.badInput("\(source): binary data (control characters), expected UTF-8 text")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw RelGraphError.badInput("\(source): invalid UTF-8 at byte \(firstInvalidOffset(bytes)), expected UTF-8 text")
        }
        return text
    }

    /// Offset of the first byte that breaks UTF-8, for the error message.
    static func firstInvalidOffset(_ bytes: Data) -> Int {
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }
}
