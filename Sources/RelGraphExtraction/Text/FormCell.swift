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
}
