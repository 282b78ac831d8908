@testable import RelGraphExtraction
import Testing
import RelGraphTime

/// The one-pass scalar array and UTF-8 encoding of ``String`` (Text/String+Scalars.swift) are
/// what the standard library's views give.
@Suite struct StringScalarsTests {
    @Test(arguments: ["", "abc", "Zoé à Kyiv", "e\u{301}", "日本語", "\u{1F600}\u{1F1EB}\u{1F1F7}", "a\r\nb\u{2028}c"])
    func scalarArrayIsTheArrayOfTheScalarView(text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
        #expect(String(scalars: text.scalarArray[...]) == text)
    }
}
