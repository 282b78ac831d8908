import Testing
import RelGraphCore
@testable import RelGraphExtraction

/// A document's words are numbered once, and what is read per number is what the language's
/// cues answer for each token's own word.
@Suite struct DocumentVocabularyTests {
    @Test func numbersWordsInTheOrderTheyFirstOccur() {
        let vocabulary = DocumentVocabulary(["le", "president", "a", "dit", "le", "a", "u s"])
        #expect(vocabulary.words == ["le", "president", "a", "dit", "u s"])
        #expect(vocabulary.wordNumbers == [0, 1, 2, 3, 0, 2, 4])
        #expect(vocabulary.count == 5)
        #expect(vocabulary.number(ofToken: 5) == 2)
        #expect(DocumentVocabulary([]).count == 0)
    }

    @Test func tellsWordsApartAsStringEqualityDoes() {
        // "é" precomposed and decomposed are one String: one number, the first spelling kept.
        let vocabulary = DocumentVocabulary(["\u{E9}t\u{E9}", "e\u{301}te\u{301}", "ete"])
        #expect(vocabulary.wordNumbers == [0, 0, 1])
        #expect(vocabulary.words[0].unicodeScalars.count == 3)
    }

    static let texts: [(String, Language)] = [
        ("Le président russe a rencontré son homologue chinois à Pékin. Il n'a pas condamné l'attaque, mais pourrait sanctionner l'Iran. Elle est à Lima, au Pérou.", .fr),
        ("Russia attacked Ukraine; the two leaders did not meet. The EU may impose sanctions on Iran, diplomats said.", .en),
        ("Der Bundeskanzler traf den Präsidenten der Vereinten Nationen nicht. Die Europäische Union könnte Sanktionen verhängen.", .de),
        ("El presidente visitó Lima y firmó el acuerdo de cooperación minera con Perú.", .es),
    ]

    @Test func perWordAnswersAreThoseOfEachToken() {
        for (text, language) in Self.texts {
            let document = Fixtures.extractor.analyze(text: text, document: "t", language: language)
            let cues = document.cues, folded = document.foldedTokens
            for index in folded.indices {
                let word = folded[index]
                #expect(document.vocabulary.words[document.vocabulary.number(ofToken: index)] == word)
                let roles = document.roles(ofToken: index)
                #expect(roles == cues.roles(of: word), "\(word)")
                // The lists read through roles instead of their sets.
                #expect(roles.contains(.placePreposition) == cues.placePrepositions.contains(word), "\(word)")
                #expect(roles.contains(.clauseBreak) == cues.clauseBreaks.contains(word), "\(word)")
                #expect(roles.contains(.determiner) == cues.determiners.contains(word), "\(word)")
                #expect(roles.contains(.personPronoun) == cues.personPronouns.contains(word), "\(word)")
                #expect(roles.contains(.agreementHeadStart) == cues.agreementHeads.contains { $0.tokens.first == word }, "\(word)")
                let starts = document.phraseStarts(atToken: index)
                #expect(starts.contains(.negation) == cues.mayStartNegation(word), "\(word)")
                #expect(starts.contains(.speculation) == cues.mayStartSpeculation(word), "\(word)")
                #expect(starts.contains(.agreementHead) == cues.mayStartAgreementHead(word), "\(word)")
                #expect(starts.contains(.pairReference) == cues.mayStartPairReference(word), "\(word)")
                #expect(document.triggerStarts[index].map(\.phrase) == cues.triggers(in: folded, at: index).map(\.phrase), "\(word)")
                let wordCues = cues.cues(of: word)
                #expect(wordCues.roles == roles && wordCues.phraseStarts == starts, "\(word)")
                #expect(cues.triggerCandidates(startingWith: word, firstTokenTriggers: wordCues.triggers)
                    == cues.triggerCandidates(startingWith: word), "\(word)")
            }
        }
    }
}
