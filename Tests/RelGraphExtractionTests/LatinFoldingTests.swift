import RelGraphCore
import Testing
@testable import RelGraphExtraction

/// The tokenizer folds Latin words by table; the table and the words must fold as
/// ``NameFolding/fold(_:)`` does, which the lexicon's keys are made with.
@Suite struct LatinFoldingTests {
    @Test func everyLetterFoldsAsNameFoldingFoldsIt() {
        #expect(LatinFolding.folds.count == LatinFolding.range.count)
        for value in LatinFolding.range {
            let scalar = Unicode.Scalar(value)!
            #expect(LatinFolding.folds[Int(value - LatinFolding.range.lowerBound)] == NameFolding.fold(String(scalar)),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test func wordsFoldAsNameFoldingFoldsThem() {
        let words = ["Société", "ÉTATS", "Straße", "Ñandú", "İstanbul", "Łódź", "Ærø", "Œuvre", "Ĳsselmeer", "Hôtel2024",
                     "àéîõü", "ÀÉÎÕÜ", "Çà", "Žižek", "Þór", "Ŀa", "×÷"]
        for word in words {
            let folded = LatinFolding.fold(Array(word.unicodeScalars)[...])
            #expect(folded == NameFolding.fold(word), "\(word)")
        }
    }

    /// Outside the table (other scripts, combining marks, separators) the tokenizer leaves
    /// folding to ``NameFolding``.
    @Test func otherWordsAreLeftToNameFolding() {
        for word in ["Москва", "e\u{301}te\u{301}", "l'État", "Jong-un", "北京", "Ǆ", "a.b"] {
            #expect(LatinFolding.fold(Array(word.unicodeScalars)[...]) == nil, "\(word)")
        }
        let tokens = Tokenizer.tokenize(Array("Société ÉTATS-UNIS Москва e\u{301}te\u{301} Łódź".unicodeScalars))
        for token in tokens where token.kind == .word {
            #expect(token.folded == NameFolding.fold(token.text), "\(token.text)")
        }
    }
}
