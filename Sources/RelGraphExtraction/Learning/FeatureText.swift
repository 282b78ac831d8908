/// The parts of a word that features name, cut by Characters as `String.prefix(_:)` and
/// `String.suffix(_:)` cut them, but without walking grapheme clusters when the word is plain
/// ASCII (most words a tagger sees), where every byte is one Character.
enum FeatureText {
    /// The first `count` Characters of `word`.
    static func prefix(_ word: String, _ count: Int) -> Substring {
        guard isPlainASCII(word) else { return word.prefix(count) }
        let utf8 = word.utf8
        return word[..<(utf8.index(utf8.startIndex, offsetBy: count, limitedBy: utf8.endIndex) ?? utf8.endIndex)]
    }

    /// The last `count` Characters of `word`.
    static func suffix(_ word: String, _ count: Int) -> Substring {
        guard isPlainASCII(word) else { return word.suffix(count) }
        let utf8 = word.utf8
        return word[(utf8.index(utf8.endIndex, offsetBy: -count, limitedBy: utf8.startIndex) ?? utf8.startIndex)...]
    }

    /// ASCII without a carriage return, the one ASCII byte that joins the next ("\r\n") into
    /// one Character.
    private static func isPlainASCII(_ word: String) -> Bool {
        // On the contiguous bytes where the String has them (native and small strings do): a
        // plain loop, not the generic UTF-8 view's iterator.
        word.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPlainASCII) } ?? word.utf8.allSatisfy(isPlainASCII)
    }

    static func isPlainASCII(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x0D }
}
