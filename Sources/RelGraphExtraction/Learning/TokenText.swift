/// The UTF-8 bytes of each token's folded word and spelling shape, end to end in one array,
/// with where each word's Character-cut prefix and suffixes end: what ``TokenFeatures`` hashes,
/// read without touching a String.
struct TokenText {
    private var bytes: [UInt8] = []
    /// Per token: where its word starts, where its shape starts (the word's end), and where the
    /// shape ends; then the byte lengths of the word's first 3 and last 3 and 4 Characters.
    private var spans: [Span] = []

    private struct Span {
        var word: Int32
        var shape: Int32
        var end: Int32
        var prefix3: Int32
        var suffix3: Int32
        var suffix4: Int32
    }

    init(capacity: Int) {
        spans.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 8)
    }

    /// Appends a token: its folded word and its shape, written as `shapePrefix` then `shape`
    /// ("p:" and a punctuation mark, or "" and a word shape).
    mutating func append(word: String, shapePrefix: StaticString, shape: String) {
        let start = Int32(bytes.count)
        var word = word
        let isPlainASCII = word.withUTF8 { utf8 in
            bytes.append(contentsOf: utf8)
            return utf8.allSatisfy(FeatureText.isPlainASCII)
        }
        let shapeStart = Int32(bytes.count)
        bytes.append(contentsOf: UnsafeBufferPointer(start: shapePrefix.utf8Start, count: shapePrefix.utf8CodeUnitCount))
        var shape = shape
        shape.withUTF8 { bytes.append(contentsOf: $0) }
        // A plain ASCII byte is one Character; otherwise cut by Characters as FeatureText does.
        let length = shapeStart - start
        spans.append(Span(word: start, shape: shapeStart, end: Int32(bytes.count),
                          prefix3: isPlainASCII ? min(length, 3) : Int32(FeatureText.prefix(word, 3).utf8.count),
                          suffix3: isPlainASCII ? min(length, 3) : Int32(FeatureText.suffix(word, 3).utf8.count),
                          suffix4: isPlainASCII ? min(length, 4) : Int32(FeatureText.suffix(word, 4).utf8.count)))
    }

    @inline(__always)
    func word(_ token: Int) -> ArraySlice<UInt8> {
        let span = spans[token]
        return bytes[Int(span.word)..<Int(span.shape)]
    }

    @inline(__always)
    func shape(_ token: Int) -> ArraySlice<UInt8> {
        let span = spans[token]
        return bytes[Int(span.shape)..<Int(span.end)]
    }

    /// The word's first 3 Characters (``FeatureText/prefix(_:_:)``).
    @inline(__always)
    func prefix(_ token: Int) -> ArraySlice<UInt8> {
        let span = spans[token]
        return bytes[Int(span.word)..<Int(span.word + span.prefix3)]
    }

    /// The word's last 3 Characters (``FeatureText/suffix(_:_:)``).
    @inline(__always)
    func suffix3(_ token: Int) -> ArraySlice<UInt8> {
        let span = spans[token]
        return bytes[Int(span.shape - span.suffix3)..<Int(span.shape)]
    }

    /// The word's last 4 Characters.
    @inline(__always)
    func suffix4(_ token: Int) -> ArraySlice<UInt8> {
        let span = spans[token]
        return bytes[Int(span.shape - span.suffix4)..<Int(span.shape)]
    }
}
