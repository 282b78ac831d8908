import XCTest
@testable import RelGraphTime

/// The table of Latin letters folds words exactly as the Foundation path does.
final class TimeTokenizerFoldTests: XCTestCase {
    func testEveryLatinLetterFoldsAsFoundationFoldsIt() {
        for value in TimeTokenizer.latinLetters {
            let scalar = Unicode.Scalar(value)!
            XCTAssertEqual(TimeTokenizer.fold([scalar]), TimeTokenizer.foldSlowly([scalar]), "U+\(String(value, radix: 16))")
            // Beside ASCII letters and in upper case, as in a word.
            let word: [Unicode.Scalar] = ["A", scalar, "b", scalar, "Z"]
            XCTAssertEqual(TimeTokenizer.fold(word), TimeTokenizer.foldSlowly(word))
        }
    }

    func testWordsFoldAsBefore() {
        let words = ["Février", "AOÛT", "dernière", "Straße", "März", "İstanbul", "Ţară", "décembre", "1er", "Łódź", "ÆØÅ",
                     "москва", "e\u{301}te\u{301}", "ŉ", "ſ", "année"]
        for word in words {
            let scalars = Array(word.unicodeScalars)
            XCTAssertEqual(TimeTokenizer.fold(scalars), TimeTokenizer.foldSlowly(scalars), word)
        }
        XCTAssertEqual(TimeTokenizer.fold(Array("Février".unicodeScalars)), "fevrier")
        XCTAssertEqual(TimeTokenizer.fold(Array("Straße".unicodeScalars)), "strasse")
        XCTAssertEqual(TimeTokenizer.fold(Array("AOÛT".unicodeScalars)), "aout")
    }

    func testTokensKeepTheirNumbersAndCapitals() {
        let tokens = TimeTokenizer.tokens("Le 1er août 2024, puis le 19th May et 3e édition")
        XCTAssertEqual(tokens.map(\.folded), ["le", "1er", "aout", "2024", ",", "puis", "le", "19th", "may", "et", "3e", "edition"])
        XCTAssertEqual(tokens.map(\.number), [nil, 1, nil, 2024, nil, nil, nil, 19, nil, nil, 3, nil])
        XCTAssertEqual(tokens.filter(\.isCapitalized).map(\.folded), ["le", "may"])
        XCTAssertEqual(tokens.filter(\.isDigits).map(\.folded), ["2024"])
    }

    /// Words with letters beyond ASCII count their leading digits by Character, as ASCII ones do by byte.
    func testDigitsBeforeOtherLettersAreNoNumber() {
        let tokens = TimeTokenizer.tokens("12º 2024ª москва12 12ème 7")
        XCTAssertEqual(tokens.map(\.folded), ["12º", "2024ª", "москва12", "12eme", "7"])
        XCTAssertEqual(tokens.map(\.number), [nil, nil, nil, nil, 7])
        XCTAssertEqual(tokens.map(\.isDigits), [false, false, false, false, true])
    }
}
