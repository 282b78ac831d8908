import Foundation

/// A word, number or punctuation mark of a sentence, for time patterns.
struct TimeToken: Sendable {
    /// Lower case, accents removed, ß as ss; punctuation as itself.
    let folded: String
    /// Unicode-scalar offsets in the text given to ``TimeTokenizer/tokens(_:)``.
    let start: Int
    let end: Int
    /// The value of an all-digit token ("19", "2024"), or of a day ordinal ("1er", "19th", "1o").
    let number: Int?
    /// Whether the token is all digits (a day ordinal is not).
    let isDigits: Bool
    /// Whether the original starts with an upper-case letter ("May" the month, not "may").
    let isCapitalized: Bool
}

/// Cuts a sentence into ``TimeToken``s: runs of letters and digits, and the marks dates are written
/// with (`.` `,` `/`, and `-` between digits). Apostrophes and hyphens between words separate words
/// ("l'année" → `l` `annee`, "après-demain" → `apres` `demain`).
enum TimeTokenizer {
    static func tokens(_ text: String) -> [TimeToken] {
        tokens(text.scalarArray[...])
    }

    /// The tokens of the text `scalars` hold, with offsets from the slice's start: a sentence of
    /// a document already read into scalars is cut where it lies, not copied into a String first.
    static func tokens(_ scalars: ArraySlice<Unicode.Scalar>) -> [TimeToken] {
        var tokens: [TimeToken] = []
        // A word is cut from `scalars` where it lies: no array of its scalars is built.
        var wordStart: Int?
        let base = scalars.startIndex
        var previous: Unicode.Scalar = " "
        func flush(at end: Int) {
            guard let start = wordStart else { return }
            tokens.append(make(scalars[start..<end], start: start - base, end: end - base))
            wordStart = nil
        }
        for index in scalars.indices {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if wordStart == nil { wordStart = index }
            } else {
                flush(at: index)
                let next = index + 1 < scalars.endIndex ? scalars[index + 1] : " "
                let isDigit: (Unicode.Scalar) -> Bool = { ("0" ... "9").contains($0) }
                switch scalar {
                case ".", ",", "/":
                    tokens.append(TimeToken(folded: String(scalar), start: index - base, end: index - base + 1, number: nil, isDigits: false,
                                            isCapitalized: false))
                case "-" where isDigit(previous) && isDigit(next):
                    tokens.append(TimeToken(folded: "-", start: index - base, end: index - base + 1, number: nil, isDigits: false,
                                            isCapitalized: false))
                default: break
                }
            }
            previous = scalar
        }
        flush(at: scalars.endIndex)
        return tokens
    }

    /// A letter or digit: the scalars of words. Letters are Unicode's alphabetic scalars (in
    /// ASCII, A–Z and a–z, decided here without a property lookup).
    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
        }
        // Every one of the Latin letters U+00C0–U+017F is alphabetic but × and ÷.
        if latinLetters.contains(scalar.value) { return scalar.value != 0xD7 && scalar.value != 0xF7 }
        return scalar.properties.isAlphabetic
    }

    private static func make(_ scalars: ArraySlice<Unicode.Scalar>, start: Int, end: Int) -> TimeToken {
        let folded = fold(scalars)
        let (digitCount, isDigits) = leadingDigits(folded)
        var number: Int?
        if digitCount > 0, digitCount <= 4 {
            let digits = folded.prefix(digitCount), suffix = folded.dropFirst(digitCount)
            if isDigits || ["er", "re", "e", "st", "nd", "rd", "th", "o"].contains(suffix) { number = Int(digits) }
        }
        let isCapitalized = scalars.first.map { $0.isASCII ? ($0 >= "A" && $0 <= "Z") : $0.properties.isUppercase } ?? false
        return TimeToken(folded: folded, start: start, end: end, number: number, isDigits: isDigits, isCapitalized: isCapitalized)
    }

    /// How many Characters of `folded` are leading digits, and whether all of them are.
    private static func leadingDigits(_ folded: String) -> (count: Int, isAll: Bool) {
        // A folded word is a native String (contiguous bytes), and almost always ASCII.
        if let inPlace = folded.utf8.withContiguousStorageIfAvailable(asciiLeadingDigits), let ascii = inPlace { return ascii }
        let count = folded.prefix { ("0" ... "9").contains($0) }.count
        return (count, count == folded.count)
    }

    /// ``leadingDigits(_:)`` of ASCII bytes, in one pass: in ASCII (no "\r" in a word) each
    /// byte is one Character. Nil when a byte is not ASCII.
    private static func asciiLeadingDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, isAll: Bool)? {
        var count = 0, inDigits = true
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if inDigits, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { count += 1 } else { inDigits = false }
        }
        return (count, count == bytes.count)
    }

    /// The Latin letters U+00C0–U+017F (French, Spanish, German accents and more), whose folded
    /// forms are looked up rather than made with Foundation for every word.
    static let latinLetters: ClosedRange<UInt32> = 0xC0 ... 0x17F

    /// ``foldSlowly(_:)`` of each of ``latinLetters``, made once. Folding is letter by letter
    /// for these: none lowers differently by context, and each decomposes to a letter first.
    private static let latinFolds: [[UInt8]] = latinLetters.map { Array(foldSlowly([Unicode.Scalar($0)!]).utf8) }

    /// Lower case, combining marks dropped after canonical decomposition, ß → ss.
    static func fold(_ scalars: some Collection<Unicode.Scalar>) -> String {
        // Most words are ASCII, and most others are ASCII with Latin letters: fold them by table.
        guard scalars.allSatisfy({ $0.isASCII || latinLetters.contains($0.value) }) else { return foldSlowly(scalars) }
        // Written straight into the string's storage: no byte array made and freed per word.
        let folds = latinFolds
        return String(unsafeUninitializedCapacity: scalars.count * longestLatinFold) { bytes in
            var count = 0
            for scalar in scalars {
                if scalar.isASCII {
                    bytes[count] = UInt8(scalar >= "A" && scalar <= "Z" ? scalar.value + 32 : scalar.value)
                    count += 1
                } else {
                    for byte in folds[Int(scalar.value - latinLetters.lowerBound)] {
                        bytes[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }

    /// The most UTF-8 bytes a scalar folds to: one for ASCII, ``latinFolds`` say for the others.
    private static let longestLatinFold = max(1, latinFolds.map(\.count).max() ?? 1)

    /// ``fold(_:)`` for any scalars, through Foundation.
    static func foldSlowly(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for scalar in String(String.UnicodeScalarView(scalars)).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300 ... 0x36F).contains(scalar.value) { continue }
            if scalar == "ß" { out.append("s"); out.append("s"); continue }
            out.append(scalar)
        }
        return String(out)
    }
}
