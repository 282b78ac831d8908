import Testing
@testable import RelGraphKnowledge

/// Sorted searches compare the first eight ASCII bytes of two strings as numbers: wherever that
/// decides, it must decide as `String`'s `<` does, and defer to it everywhere else.
@Suite struct ASCIIPrefixTests {
    static let strings = ["", "a", "a b", "ab", "abcdefgh", "abcdefgh ", "abcdefghi", "abcdefgi", "abcdefg", "b", "z", "zz",
                          "union europeenne", "union africaine", "Union", "é", "e\u{301}", "eu", "ölbrück", "a\u{0}b", "a\u{0}",
                          "abcdefgh\u{301}", "abcdefgé"]

    @Test func everyComparisonIsStringOrder() {
        for string in Self.strings {
            for key in Self.strings {
                let below = ASCIIPrefix.isBelow(ASCIIPrefix.of(string), { string }, ASCIIPrefix.of(key), key)
                #expect(below == (string < key), "\(string.debugDescription) < \(key.debugDescription)")
            }
        }
    }

    @Test func onlyPlainASCIIHasAPrefix() {
        #expect(ASCIIPrefix.of("é") == ASCIIPrefix.none)
        #expect(ASCIIPrefix.of("abcdefgh\u{301}") == ASCIIPrefix.none)
        #expect(ASCIIPrefix.of("a\u{0}") == ASCIIPrefix.none)
        #expect(ASCIIPrefix.of("ab") == UInt64(0x6162) << 48)
        #expect(ASCIIPrefix.of("abcdefghij") == ASCIIPrefix.of("abcdefgh"))
    }
}
