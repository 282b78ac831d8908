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

    /// Issue #15: 64 MB of punctuation took 7.7 GB, a token of 72 bytes per mark. A run of more
    /// than `maximumMarkRun` marks is now one token spanning the run; shorter runs, all prose has,
    /// are still one token per mark.
    @Test func aLongRunOfMarksIsOneToken() {
        let run = String(repeating: ".,;:!?()[]\"-\u{2026}\u{AB}\u{BB}", count: 40)
        let list = tokens("Paris \(run) Berlin")
        #expect(list.map(\.kind) == [.word, .punctuation, .word])
        let normalizedRun = String(String.UnicodeScalarView(Normalizer.normalize(run)))
        #expect(list[1].text == normalizedRun && list[1].start == 6 && list[1].end == 6 + run.unicodeScalars.count)
        #expect(list[1].spaceBefore && list[2].spaceBefore)
        let short = String(repeating: "!", count: Tokenizer.maximumMarkRun)
        #expect(tokens("Oui\(short)").count == 1 + Tokenizer.maximumMarkRun)
        #expect(tokens("Oui\(short)!").count == 2)
        #expect(tokens("a.\"),").map(\.text) == ["a", ".", "\"", ")", ","])
    }

    /// What one token costs: a document holds one per word or mark.
    @Test func aTokenStaysSmall() {
        #expect(MemoryLayout<Token>.stride <= 48)
        let token = tokens("l'Élysée")[1]
        #expect(token.glue == "'" && token.isCapitalized && !token.isAllCaps && !token.newlineBefore && !token.spaceBefore)
        #expect(tokens("x\n\tNATO")[1].isAllCaps && tokens("x\n\tNATO")[1].newlineBefore)
    }

    /// The array is sized once from a bound that is never below the count.
    @Test func theTokenCountBoundHoldsOnRandomText() {
        var state: UInt64 = 21
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet = Array("aZé1 .-'\n,!…«\u{301}9")
        let marks = Array(".-',!…«")
        for round in 0 ..< 300 {
            // Runs long enough to cross maximumMarkRun now and then.
            let length = Int(next() % 400)
            let marksOnly = round % 3 == 0
            let text = String((0 ..< length).map { _ in
                marksOnly && next() % 50 != 0 ? marks[Int(next() % UInt64(marks.count))] : alphabet[Int(next() % UInt64(alphabet.count))]
            })
            let scalars = Normalizer.normalize(text)
            #expect(Tokenizer.tokenCountBound(scalars) >= Tokenizer.tokenize(scalars).count, "round \(round): \(text)")
        }
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
