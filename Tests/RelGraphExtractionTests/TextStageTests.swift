import Foundation
import Testing
@testable import RelGraphExtraction
import RelGraphCore

@Suite struct NormalizerTests {
    @Test func mapsTypographyOneScalarToOne() {
        let text = "l\u{2019}accord \u{AB}\u{A0}historique\u{A0}\u{BB} \u{2013} dit-il"
        let normalized = Normalizer.normalize(text)
        #expect(normalized.count == text.unicodeScalars.count)
        #expect(String(String.UnicodeScalarView(normalized)) == "l'accord \" historique \" \u{2013} dit-il")
    }
}

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(Normalizer.normalize(text)) }

    @Test func splitsElisionAndHyphenLikeNameFolding() {
        let words = tokens("L\u{2019}armée nord-coréenne").filter(\.isWord)
        #expect(words.map(\.folded) == ["l", "armee", "nord", "coreenne"])
        #expect(words[1].glue == "'")
        #expect(words[3].glue == "-")
        #expect(words.map(\.folded).joined(separator: " ") == NameFolding.fold("L'armée nord-coréenne"))
    }

    @Test func keepsDottedAcronymsAndNumbersWhole() {
        let list = tokens("U.S. troops fired 3,000.5 shells.")
        #expect(list.map(\.text) == ["U.S.", "troops", "fired", "3,000.5", "shells", "."])
        #expect(list[0].folded == "u s")
        #expect(list[3].kind == .number)
    }

    @Test func offsetsCountUnicodeScalars() {
        // "é" written decomposed is two scalars; offsets must count both.
        let text = "Caf\u{65}\u{301} Zoë"
        let list = tokens(text)
        #expect(list.map(\.start) == [0, 6])
        #expect(list[0].end == 5)
        #expect(list[0].folded == "cafe")
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String, abbreviations: Set<String> = ["m", "dr", "mr"]) -> [String] {
        let scalars = Normalizer.normalize(text)
        let tokens = Tokenizer.tokenize(scalars)
        return SentenceSplitter.split(tokens, abbreviations: abbreviations).map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    @Test func keepsTitlesAndInitialsInsideTheSentence() {
        #expect(sentences("M. Dupont a vu Dr. Ortega et J. Smith hier. Ils ont parlé.")
                == ["M. Dupont a vu Dr. Ortega et J. Smith hier.", "Ils ont parlé."])
    }

    @Test func endsAtLineBreaksAndKeepsClosingQuotes() {
        #expect(sentences("A headline without a dot\n\"We will go.\" He left! Then?") ==
                ["A headline without a dot", "\"We will go.\"", "He left!", "Then?"])
    }

    @Test func lowercaseAfterADotDoesNotSplit() {
        #expect(sentences("It rose 3 p.c. in total. Next one.").count == 2)
    }

    @Test func cutsRunawaySentences() {
        let text = Array(repeating: "mot", count: 1_000).joined(separator: " ")
        let scalars = Normalizer.normalize(text)
        let split = SentenceSplitter.split(Tokenizer.tokenize(scalars), abbreviations: [])
        #expect(split.count == 4)
        #expect(split.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumTokens })
    }
}
