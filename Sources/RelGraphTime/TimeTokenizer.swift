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
        var tokens: [TimeToken] = []
        var word: [Unicode.Scalar] = []
        var wordStart = 0
        var offset = 0
        var previous: Unicode.Scalar = " "
        func flush() {
            guard !word.isEmpty else { return }
            tokens.append(make(word, start: wordStart, end: offset))
            word.removeAll(keepingCapacity: true)
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            offset = index
            if scalar.properties.isAlphabetic || ("0" ... "9").contains(scalar) {
                if word.isEmpty { wordStart = index }
                word.append(scalar)
            } else {
                flush()
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                let isDigit: (Unicode.Scalar) -> Bool = { ("0" ... "9").contains($0) }
                switch scalar {
                case ".", ",", "/":
                    tokens.append(TimeToken(folded: String(scalar), start: index, end: index + 1, number: nil, isDigits: false, isCapitalized: false))
                case "-" where isDigit(previous) && isDigit(next):
                    tokens.append(TimeToken(folded: "-", start: index, end: index + 1, number: nil, isDigits: false, isCapitalized: false))
                default: break
                }
            }
            previous = scalar
        }
        offset = scalars.count
        flush()
        return tokens
    }

    private static func make(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> TimeToken {
        let folded = fold(scalars)
        let digits = folded.prefix { ("0" ... "9").contains($0) }
        var number: Int?
        let isDigits = digits.count == folded.count
        if !digits.isEmpty, digits.count <= 4 {
            let suffix = folded.dropFirst(digits.count)
            if isDigits || ["er", "re", "e", "st", "nd", "rd", "th", "o"].contains(String(suffix)) { number = Int(digits) }
        }
        let isCapitalized = scalars.first.map { $0.properties.isUppercase } ?? false
        return TimeToken(folded: folded, start: start, end: end, number: number, isDigits: isDigits, isCapitalized: isCapitalized)
    }

    /// Lower case, combining marks dropped after canonical decomposition, ß → ss.
    static func fold(_ scalars: [Unicode.Scalar]) -> String {
        // Most words are ASCII: lower-case them without Foundation.
        if scalars.allSatisfy(\.isASCII) {
            var ascii = String.UnicodeScalarView()
            for scalar in scalars {
                ascii.append(("A" ... "Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            }
            return String(ascii)
        }
        var out = String.UnicodeScalarView()
        for scalar in String(String.UnicodeScalarView(scalars)).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300 ... 0x36F).contains(scalar.value) { continue }
            if scalar == "ß" { out.append("s"); out.append("s"); continue }
            out.append(scalar)
        }
        return String(out)
    }
}
