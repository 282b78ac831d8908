/// ``NameFolding/fold(_:)`` of words written in ASCII letters and digits and the Latin letters
/// U+00C0–U+017F (French, Spanish and German words), letter by letter from a table, without
/// Foundation's string folding (some ten thousand instructions a word).
///
/// Folding such a word is folding each letter: none of them folds to a separator or combines
/// with its neighbours, and an ASCII letter or digit folds to itself in lower case. The table is
/// `NameFolding.fold` of each letter alone (a test checks every entry and whole words).
enum LatinFolding {
    static let range: ClosedRange<UInt32> = 0xC0 ... 0x17F

    /// The folded word, or nil when a scalar is outside ASCII letters and digits and ``range``.
    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        var folded = ""
        folded.reserveCapacity(scalars.count + 4)
        for scalar in scalars {
            switch scalar.value {
            case 0x41 ... 0x5A: folded.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case 0x61 ... 0x7A, 0x30 ... 0x39: folded.unicodeScalars.append(scalar)
            case range: folded += folds[Int(scalar.value - range.lowerBound)]
            default: return nil
            }
        }
        return folded
    }

    /// `NameFolding.fold` of each scalar of ``range``, in order.
    static let folds: [String] = [
        "a", "a", "a", "a", "a", "a", "\u{E6}", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "\u{F0}", "n", "o", "o", "o", "o", "o", "\u{D7}", "\u{F8}", "u", "u", "u", "u", "y", "\u{FE}", "ss",
        "a", "a", "a", "a", "a", "a", "\u{E6}", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "\u{F0}", "n", "o", "o", "o", "o", "o", "\u{F7}", "\u{F8}", "u", "u", "u", "u", "y", "\u{FE}", "y",
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "\u{111}", "\u{111}", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "\u{127}", "\u{127}", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "\u{131}", "\u{133}", "\u{133}", "j", "j", "k", "k", "\u{138}", "l", "l", "l", "l", "l", "l", "\u{140}",
        "\u{140}", "\u{142}", "\u{142}", "n", "n", "n", "n", "n", "n", "n", "\u{14B}", "\u{14B}", "o", "o", "o", "o",
        "o", "o", "\u{153}", "\u{153}", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "\u{167}", "\u{167}", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    ]
}
