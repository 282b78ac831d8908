import Testing
@testable import RelGraphExtraction

/// What the learned tagger may add: never a name cut short on a function word.
@Suite struct LearnedNameBoundaryTests {
    /// The rules' extractor with a hand-weighted tagger: each word as written gives its label.
    private func taggingExtractor(_ words: [(word: String, label: String, weight: Float)]) throws -> Extractor {
        let weights = try words.map { word, label, weight in
            (Int32(FeatureHashing.slot("w=" + word)), UInt16(try #require(NameTagger.labels.firstIndex(of: label))), weight)
        }
        return try Extractor(lexicon: Fixtures.extractor.lexicon, decider: .rules, model: nil,
                             tagger: NameTagger(weights: SparseWeights(weights)))
    }

    @Test func aNameNeverEndsOnALowercaseFunctionWord() throws {
        // A tagger that reads "Coree" as the start of a place and carries the place on over "du":
        // what a learned model did on a headline cut at the end of a line.
        let extractor = try taggingExtractor([("coree", "B-location", 10), ("du", "I-location", 10), ("kaesong", "B-location", 10)])
        let cut = extractor.extract(text: "le premier voyage du président en Coree du", document: "t", language: .fr)
        #expect(!cut.nodes.contains { $0.label.hasSuffix(" du") }, "\(cut.nodes.map(\.label))")
        // The same tagger still adds a place that ends on its own name.
        let whole = extractor.extract(text: "le président est arrivé à Kaesong lundi", document: "t", language: .fr)
        #expect(whole.nodes.contains { $0.id == "location:kaesong" }, "\(whole.nodes.map(\.id))")
    }

    @Test func aLineSetInCapitalsGetsNoTaggedName() throws {
        // A tagger that reads "Harbour" as a place wherever it stands, capitals or not.
        let extractor = try taggingExtractor([("harbour", "B-location", 10)])
        let headline = "RUSSIA EXPELS GERMAN DIPLOMATS OVER HARBOUR CASE\nRussia expelled two German diplomats on Monday."
        let graph = extractor.extract(text: headline, document: "t", language: .en)
        // Capitals are no name cue there; the lexicon's names still count.
        #expect(!graph.nodes.contains { $0.type == .location }, "\(graph.nodes.map(\.id))")
        #expect(graph.nodes.map(\.id).sorted() == ["country:DE", "country:RU"])
        // The same word in running text is tagged.
        let body = extractor.extract(text: "The ship reached Harbour on Monday.", document: "t", language: .en)
        #expect(body.nodes.contains { $0.id == "location:harbour" }, "\(body.nodes.map(\.id))")
    }

    @Test func aCommonCapitalisedWordBeforeALowercaseNounIsNoName() throws {
        // A tagger that reads "Western" and "Kestrel" as places wherever they stand.
        let extractor = try taggingExtractor([("western", "B-location", 10), ("kestrel", "B-location", 10)])
        // "Western officials": a common word qualifying a noun (the drones sentence made a place of it).
        let adjective = extractor.extract(text: "The drones came from Chile, according to Western officials.", document: "t", language: .en)
        #expect(!adjective.nodes.contains { $0.type == .location }, "\(adjective.nodes.map(\.id))")
        // A rare word in the same place is still a name.
        let rare = extractor.extract(text: "The drones came from Chile, according to Kestrel officials.", document: "t", language: .en)
        #expect(rare.nodes.contains { $0.id == "location:kestrel" }, "\(rare.nodes.map(\.id))")
    }

    @Test func aNationalityAdjectiveOpeningATaggedNameIsPartOfIt() throws {
        // A tagger that reads "Peruvian Railways" as one body: "Railways" continues a name.
        let extractor = try taggingExtractor([("peruvian", "B-organization", 10), ("railways", "I-organization", 20)])
        // Before, the adjective stayed Peru and the tagged name was dropped for overlapping it.
        let company = extractor.extract(text: "Chile sanctioned Peruvian Railways on Monday.", document: "t", language: .en)
        #expect(company.nodes.map(\.id).sorted() == ["country:CL", "organization:peruvian-railways"], "\(company.nodes.map(\.id))")
        // The adjective alone, before a lowercase noun, still names the state.
        let state = extractor.extract(text: "Chile sanctioned Peruvian banks on Monday.", document: "t", language: .en)
        #expect(state.nodes.map(\.id).sorted() == ["country:CL", "country:PE"], "\(state.nodes.map(\.id))")
    }

    @Test func onlyALanguageThatCapitalisesAdjectivesHasTheRule() {
        // The triggers tables' `capitalisation` row: English writes "Western officials"; German
        // capitalises every noun, French and Spanish write such adjectives in lowercase.
        let extractor = Fixtures.extractor
        func capitalises(_ language: Language) -> Bool {
            extractor.analyze(text: "Officials met.", document: "t", language: language).cues.capitalisesAdjectives
        }
        #expect(capitalises(.en))
        #expect(!capitalises(.de) && !capitalises(.fr) && !capitalises(.es))
        // The same row says German capitalises every noun.
        func capitalisesNouns(_ language: Language) -> Bool {
            extractor.analyze(text: "Officials met.", document: "t", language: language).cues.capitalisesNouns
        }
        #expect(capitalisesNouns(.de))
        #expect(!capitalisesNouns(.en) && !capitalisesNouns(.fr) && !capitalisesNouns(.es))
    }

    @Test func aSentenceIsSetInCapitalsWhenFourWordsInFiveAre() {
        let extractor = Fixtures.extractor
        func setInCapitals(_ text: String) -> Bool {
            let document = extractor.analyze(text: text, document: "t", language: .en)
            return NameTagger.isSetInCapitals(document.sentences[0], in: document)
        }
        #expect(setInCapitals("RUSSIA EXPELS GERMAN DIPLOMATS"))
        #expect(!setInCapitals("VIENNA:"))
        #expect(!setInCapitals("NATO and the EU met the UN in Brussels."))
    }

    @Test func anEnglishPossessiveIsNoPartOfAName() throws {
        // A tagger that carries an organization on over the possessive's "s", as the bundled one
        // did with "the DUP's leader".
        let begin = UInt16(try #require(NameTagger.labels.firstIndex(of: "B-organization")))
        let inside = UInt16(try #require(NameTagger.labels.firstIndex(of: "I-organization")))
        let tagger = NameTagger(weights: SparseWeights([
            (Int32(FeatureHashing.slot("w=kestrel")), begin, 10),
            (Int32(FeatureHashing.slot("w=alliance")), inside, 10),
            (Int32(FeatureHashing.slot("w=s")), inside, 10),
        ]))
        let extractor = try Extractor(lexicon: Fixtures.extractor.lexicon, decider: .rules, model: nil, tagger: tagger)
        let graph = extractor.extract(text: "The Kestrel Alliance's leader spoke on Monday.", document: "t", language: .en)
        #expect(graph.nodes.contains { $0.id == "organization:kestrel-alliance" }, "\(graph.nodes.map(\.id))")
        #expect(!graph.nodes.contains { $0.id.hasSuffix("-s") }, "\(graph.nodes.map(\.id))")
    }
}
