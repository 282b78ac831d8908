/// The `|`-separated forms of a lexicon table cell (`Data/README.md`), split on UTF-8 bytes:
/// `split` over a string's UTF-8 view, generic and element by element, was a tenth of the
/// extractor's start-up (Benchmarks/startup).
enum FormCell {
    /// The non-empty pieces between `|` bytes: `text.utf8.split(separator: UInt8(ascii: "|"))`.
    static func forms(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var forms: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "|") {
                if index > start { forms.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            return forms
        }
    }

    /// Whether every `|` of `text` has ASCII (or nothing) on both sides: then each is a
    /// `Character` of its own, and ``forms(_:)`` equals `text.split(separator: "|")`.
    static func barsStandAlone(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "|") {
            if index > 0 && bytes[index - 1] >= 0x80 || index + 1 < bytes.count && bytes[index + 1] >= 0x80 { return false }
        }
        return true
    }
}
