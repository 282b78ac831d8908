import Foundation

/// Bytes → text, refusing what is not UTF-8 prose. One set of checks for every way an article
/// arrives (a file, a corpus folder, standard input).
enum TextDecoding {
    /// Largest share of C0 control characters (other than tab, LF, FF, CR) a text may contain:
    /// articles have none, so more than 1 % means a binary file that happens to hold no NUL.
    static let maximumControlShare = 0.01

    /// Checks, in order: empty, UTF-16 byte-order mark, NUL byte, control characters, UTF-8
    /// validity, white space only. A UTF-8 byte-order mark is dropped.
    static func decode(_ bytes: Data, path: String) throws(DocumentError) -> String {
        if bytes.isEmpty { throw .empty(path) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) { throw .utf16(path) }
        // Over the raw bytes: a `zip` over `Data` cost a one-sentence `extract` a quarter of a
        // millisecond, most of it the runtime instantiating the generic iterator's types.
        var controls = 0, firstNUL: Int?
        body.withUnsafeBytes { raw in
            for offset in 0..<raw.count {
                let byte = raw[offset]
                guard byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D else { continue }
                if byte == 0 {
                    firstNUL = offset
                    return
                }
                controls += 1
            }
        }
        if let firstNUL { throw .binary(path, offset: firstNUL + (body.startIndex - bytes.startIndex)) }
        if Double(controls) > Double(body.count) * maximumControlShare { throw .binary(path, offset: nil) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .invalidUTF8(path, offset: firstInvalidOffset(body))
        }
        if text.allSatisfy(\.isWhitespace) { throw .onlyWhitespace(path) }
        return text
    }

    /// Where UTF-8 decoding first fails, for an error message a person can act on.
    static func firstInvalidOffset(_ bytes: Data.SubSequence) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar)
            case .emptyInput, .error: return consumed
            }
        }
    }
}
