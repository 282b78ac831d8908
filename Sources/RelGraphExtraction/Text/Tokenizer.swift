import Foundation
import RelGraphCore

/// Splits normalised text into tokens in one pass over its scalars.
///
/// Words are runs of letters, digits and combining marks. Hyphens and apostrophes inside a word
/// split it ("nord-coréen" → "nord" "coréen", "l'armée" → "l" "armée") and are remembered as the
/// next token's ``Token/glue``, so n-grams of folded tokens equal ``NameFolding/fold(_:)`` of the
/// name. Dotted acronyms ("U.S.", "U.N.") stay one token.
public enum Tokenizer {
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        // Non-ASCII words repeat; folding each distinct one once keeps Foundation out of the loop.
        var foldCache: [String: String] = [:]
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var spaceBefore = false
        var newlineBefore = false
        var glue: Unicode.Scalar?
        let count = scalars.count

        func push(_ kind: Token.Kind, _ start: Int, _ end: Int) {
            let text = String(scalars: scalars[start..<end])
            let first = scalars[start]
            var letters = 0, upper = 0
            for scalar in scalars[start..<end] {
                if scalar.value < 0x80 {
                    if scalar >= "A" && scalar <= "Z" { letters += 1; upper += 1 } else if scalar >= "a" && scalar <= "z" { letters += 1 }
                } else if scalar.properties.isAlphabetic {
                    letters += 1
                    if scalar.properties.isUppercase { upper += 1 }
                }
            }
            let folded: String
            if let cached = foldCache[text] {
                folded = cached
            } else {
                folded = fold(scalars[start..<end])
                if foldCache.count < 100_000 { foldCache[text] = folded }
            }
            let capitalized = first.value < 0x80 ? (first >= "A" && first <= "Z") : first.properties.isUppercase
            tokens.append(Token(kind: kind, start: start, end: end, text: text, folded: folded,
                                isCapitalized: capitalized, isAllCaps: letters >= 2 && upper == letters,
                                newlineBefore: newlineBefore, spaceBefore: spaceBefore, glue: glue))
            spaceBefore = false
            newlineBefore = false
            glue = nil
        }

        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                newlineBefore = true
                spaceBefore = true
                glue = nil
                index += 1
            } else if scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.isWhitespace) {
                spaceBefore = true
                glue = nil
                index += 1
            } else if isWordScalar(scalar) {
                let start = index
                var allDigits = true
                while index < count, isWordScalar(scalars[index]) {
                    if !isDigit(scalars[index]) { allDigits = false }
                    index += 1
                }
                // Dotted acronym: a single letter then ".X." repeated (U.S., U.N.).
                if index - start == 1, !allDigits, let end = dottedAcronymEnd(scalars, from: start) {
                    index = end
                    push(.word, start, end)
                    continue
                }
                // Decimal and grouped numbers stay whole: 1.5, 3,000.
                while allDigits, index + 1 < count, scalars[index] == "." || scalars[index] == ",",
                      isDigit(scalars[index + 1]) {
                    index += 1
                    while index < count, isDigit(scalars[index]) { index += 1 }
                }
                push(allDigits ? .number : .word, start, index)
            } else if (scalar == "-" || scalar == "'"), !spaceBefore, let last = tokens.last, last.end == index,
                      last.kind != .punctuation, index + 1 < count, isWordScalar(scalars[index + 1]) {
                glue = scalar
                index += 1
            } else {
                push(.punctuation, index, index + 1)
                index += 1
            }
        }
        return tokens
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || isDigit(scalar)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .decimalNumber
    }

    /// End of "U.S." / "U.N.C." starting at a single letter, or nil.
    static func dottedAcronymEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var letters = 0
        while index + 1 < scalars.count, scalars[index].properties.isAlphabetic, scalars[index + 1] == "." {
            letters += 1
            index += 2
            // Go on only when another single letter and its dot follow.
            guard index + 1 < scalars.count, scalars[index].properties.isAlphabetic, scalars[index + 1] == "." else { break }
        }
        return letters >= 2 ? index : nil
    }

    /// ``NameFolding/fold(_:)`` of one token, with an ASCII fast path.
    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var ascii = true
        for scalar in scalars where scalar.value >= 0x80 || scalar == "." {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (offset, scalar) in scalars.enumerated() {
                    buffer[offset] = UInt8(scalar >= "A" && scalar <= "Z" ? scalar.value + 32 : scalar.value)
                }
                return scalars.count
            }
        }
        return NameFolding.fold(String(scalars: scalars))
    }
}
