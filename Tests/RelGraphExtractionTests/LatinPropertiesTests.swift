import Testing
@testable import RelGraphExtraction

/// The tokenizer reads the properties of ASCII and Latin letters from a table; each answer must
/// be Unicode's, and scalars past the table must still be answered.
@Suite struct LatinPropertiesTests {
    @Test func everyScalarOfTheTableAnswersAsItsProperties() {
        for value in LatinProperties.range {
            let scalar = Unicode.Scalar(value)!, properties = scalar.properties
            #expect(LatinProperties.isAlphabetic(scalar) == properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(LatinProperties.isUppercase(scalar) == properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(LatinProperties.isWhitespace(scalar) == properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func scalarsPastTheTableAreLookedUp() {
        #expect(LatinProperties.of("Ж") == nil)
        #expect(LatinProperties.isUppercase("Ж") && LatinProperties.isAlphabetic("ж") && !LatinProperties.isUppercase("ж"))
        #expect(LatinProperties.isWhitespace("\u{3000}") && !LatinProperties.isAlphabetic("\u{2013}"))
        #expect(Tokenizer.isWordScalar("é") && !Tokenizer.isWordScalar("×") && Tokenizer.isWordScalar("\u{301}"))
    }
}
