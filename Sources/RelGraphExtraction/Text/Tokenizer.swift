import Foundation
import RelGraphCore

/// Splits normalised text into tokens in one pass over its scalars.
///
/// Words are runs of letters, digits and combining marks. Hyphens and apostrophes inside a word
/// split it ("nord-coréen" → "nord" "coréen", "l'armée" → "l" "armée") and are remembered as the
/// next token's ``Token/glue``, so n-grams of folded tokens equal ``NameFolding/fold(_:)`` of the
/// name. Dotted acronyms ("U.S.", "U.N.") stay one token.
///
/// A run of more than ``maximumMarkRun`` marks with no space or letter between them is one
/// punctuation token, not one token per mark: prose never has such runs, and a file of nothing
/// else would otherwise hold a token per byte (issue #15: 64 MB of punctuation took 7.7 GB).
public enum Tokenizer {
    /// The longest run of marks still cut into one token per mark.
    public static let maximumMarkRun = 32

    /// The tokens of normalised text. The text must be shorter than 2³² scalars (documents are
    /// limited to 16 MiB long before that).
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        precondition(scalars.count <= Token.maximumOffset, "a document of more than 2^32 scalars")
        // Non-ASCII words repeat; folding each distinct one once keeps Foundation out of the loop.
        var foldCache: [String: String] = [:]
        var tokens: [Token] = []
        // Sized once: growing by doubling would hold the old and the new array at the peak.
        tokens.reserveCapacity(tokenCountBound(scalars))
        var index = 0
        var spaceBefore = false
        var newlineBefore = false
        var glue: Unicode.Scalar?
        let count = scalars.count

        func push(_ kind: Token.Kind, _ start: Int, _ end: Int) {
            let text = String(scalars: scalars[start..<end])
            if end - start > maximumMarkRun, kind == .punctuation {
                // A collapsed run of marks: nothing to fold, no letters to count.
                tokens.append(Token(kind: kind, start: start, end: end, text: text, folded: text, isCapitalized: false,
                                    isAllCaps: false, newlineBefore: newlineBefore, spaceBefore: spaceBefore, glue: glue))
                spaceBefore = false
                newlineBefore = false
                glue = nil
                return
            }
            let first = scalars[start]
            var letters = 0, upper = 0
            for scalar in scalars[start..<end] {
                if scalar.value < 0x80 {
                    if scalar >= "A" && scalar <= "Z" { letters += 1; upper += 1 } else if scalar >= "a" && scalar <= "z" { letters += 1 }
                } else if LatinProperties.isAlphabetic(scalar) {
                    letters += 1
                    if LatinProperties.isUppercase(scalar) { upper += 1 }
                }
            }
            let folded: String
            if let quick = quickFold(scalars[start..<end]) {
                folded = quick
            } else if let cached = foldCache[text] {
                folded = cached
            } else {
                folded = NameFolding.fold(text)
                if foldCache.count < 100_000 { foldCache[text] = folded }
            }
            let capitalized = first.value < 0x80 ? (first >= "A" && first <= "Z") : LatinProperties.isUppercase(first)
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
            } else if scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && LatinProperties.isWhitespace(scalar)) {
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
                let runEnd = markRunEnd(scalars, from: index)
                if runEnd - index > maximumMarkRun {
                    push(.punctuation, index, runEnd)
                    index = runEnd
                } else {
                    push(.punctuation, index, index + 1)
                    index += 1
                }
            }
        }
        return tokens
    }

    /// A mark: neither a line break, whitespace nor part of a word.
    @inline(__always)
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\r" || scalar == " " || scalar == "\t" { return false }
        if scalar.value >= 0x80 && LatinProperties.isWhitespace(scalar) { return false }
        return !isWordScalar(scalar)
    }

    /// End of the run of marks starting at `start`, looked at no further than one past
    /// ``maximumMarkRun`` (enough to tell a long run), so cutting a short run stays linear.
    static func markRunEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, index - start <= maximumMarkRun, isMark(scalars[index]) { index += 1 }
        guard index - start > maximumMarkRun else { return index }
        while index < scalars.count, isMark(scalars[index]) { index += 1 }
        return index
    }

    /// At least as many tokens as ``tokenize(_:)`` makes: one per run of word scalars, one per mark,
    /// one per long run of marks.
    static func tokenCountBound(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var inWord = false
        var marks = 0
        for scalar in scalars {
            if isWordScalar(scalar) {
                if !inWord { count += 1 }
                inWord = true
                count += min(marks, maximumMarkRun + 1)
                marks = 0
            } else {
                inWord = false
                if isMark(scalar) {
                    marks += 1
                } else {
                    count += min(marks, maximumMarkRun + 1)
                    marks = 0
                }
            }
        }
        return count + min(marks, maximumMarkRun + 1)
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || isDigit(scalar)
        }
        if let latin = LatinProperties.of(scalar) { return latin.contains(.wordScalar) }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .decimalNumber
    }

    /// End of "U.S." / "U.N.C." starting at a single letter, or nil.
    static func dottedAcronymEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var letters = 0
        while index + 1 < scalars.count, LatinProperties.isAlphabetic(scalars[index]), scalars[index + 1] == "." {
            letters += 1
            index += 2
            // Go on only when another single letter and its dot follow.
            guard index + 1 < scalars.count, LatinProperties.isAlphabetic(scalars[index]), scalars[index + 1] == "." else { break }
        }
        return letters >= 2 ? index : nil
    }

    /// ``NameFolding/fold(_:)`` of a token in ASCII (without dots) or in ASCII letters and
    /// Latin letters (``LatinFolding``), made here; nil for others, which Foundation folds.
    static func quickFold(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
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
        return LatinFolding.fold(scalars)
    }
}
