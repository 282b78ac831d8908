import Testing
@testable import RelGraphExtraction

/// The table of common words (generated from `wordfreq`) and the two decisions that read it:
/// the name tagger's frequency feature and the person pattern's common-word guard.
@Suite struct WordFrequenciesTests {
    @Test func theBundledTableKnowsEachLanguagesCommonWords() {
        let table = WordFrequencies.bundled
        for language in Language.allCases { #expect(table.count(in: language) > 20_000, "\(language)") }
        #expect(table.band(of: "the", in: .en) == 6)
        #expect(table.band(of: "regierung", in: .de).map { $0 >= 4 } == true)
        // Folded as tokens are: no accents.
        #expect(table.band(of: "seccion", in: .es).map { $0 >= 4 } == true)
        #expect(table.band(of: "kramatorsk", in: .en) == nil)
        #expect(table.band(of: "regierung", in: .en) == nil)
    }

    @Test func aTableIsReadFromItsBytesAndTruncationIsAnError() throws {
        // Two English words, hashes ascending, with bands 3 and 5.
        let words = [("alpha", 3), ("beta", 5)].map { (WordFrequencies.hash($0.0), UInt8($0.1)) }.sorted { $0.0 < $1.0 }
        var bytes = Array("RGWF".utf8) + le(1) + le(1) + Array("en".utf8) + le(2)
        for (hash, _) in words { bytes += le(hash) }
        bytes += words.map(\.1)
        let table = try WordFrequencies(decoding: bytes)
        #expect(table.band(of: "alpha", in: .en) == 3)
        #expect(table.band(of: "beta", in: .en) == 5)
        #expect(table.band(of: "gamma", in: .en) == nil)
        #expect(table.band(of: "alpha", in: .fr) == nil)
        #expect(throws: RelationModelError.self) { try WordFrequencies(decoding: Array(bytes.dropLast(3))) }
        #expect(throws: RelationModelError.self) { try WordFrequencies(decoding: Array("RGXX".utf8) + Array(bytes.dropFirst(4))) }
    }

    @Test func aCapitalisedPhraseStartingWithACommonWordIsNoPerson() {
        // "Richtung" and "Austritt" are capitalised German nouns; "Austritt" also stands alone,
        // which would otherwise make the pair a person named by full name and then by surname.
        let german = Fixtures.graph("Die Partei bewegt sich in Richtung Austritt. Der Austritt kam am Montag.", language: .de)
        #expect(!german.nodes.contains { $0.type == .person })
        // A rare first word still starts a person, as does a known given name.
        let person = Fixtures.graph("Le ministre Gitanas Zubrickas est arrivé. Zubrickas a parlé.", language: .fr)
        #expect(person.nodes.contains { $0.id == "person:gitanas-zubrickas" })
    }

    @Test func theTaggerSeesHowCommonEachWordIs() {
        let extractor = Fixtures.extractor
        let document = extractor.analyze(text: "Heavy fighting was reported near Kramatorsk on Tuesday.", document: "t", language: .en)
        let features = TokenFeatures(document: document, readings: extractor.mentions(in: document))
        let index = { (word: String) in document.tokens.firstIndex { $0.text == word }! }
        #expect(features.features(at: index("Kramatorsk")).contains("freq=rare|Xx"))
        #expect(features.features(at: index("fighting")).contains { $0.hasPrefix("freq=") && $0 != "freq=rare" })
        #expect(features.features(at: index(".")).allSatisfy { !$0.hasPrefix("freq=") })
    }

    private func le(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
}
