import Testing
import RelGraphCore
import RelGraphKnowledge
@testable import RelGraphExtraction

/// A trigger form that can never match is refused with its file and line (issue #15: `*` and
/// `a*` were dropped without a word).
@Suite struct TriggerFormTests {
    private func cues(_ rows: String) throws -> LanguageCueSet {
        let text = "#relgraph-lexicon 1 triggers\nlang\tkind\tvalue\tforms\troles\n" + rows
        return try LanguageCueSet(tables: [LexiconTable.parse(text, source: "mine.tsv")])
    }

    private func message(_ rows: String) -> String? {
        do {
            _ = try cues(rows)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func formsThatCanNeverMatchAreRefusedWithTheirLine() {
        let star = message("en\ttrigger\tmeet\tmeets|*\tsymmetric\n")
        #expect(star?.contains("mine.tsv:3") == true, "\(star ?? "accepted")")
        #expect(star?.contains("'*' has no word") == true, "\(star ?? "accepted")")
        let short = message("en\ttrigger\tmeet\tmeets\tsymmetric\nen\ttrigger\tmeet\ta*\tsymmetric\n")
        #expect(short?.contains("mine.tsv:4") == true, "\(short ?? "accepted")")
        #expect(short?.contains("'a*' is a prefix of fewer than 3 letters") == true, "\(short ?? "accepted")")
        #expect(message("en\tnegation\t-\t-\t\n")?.contains("'-' has no word") == true)
    }

    /// Forms are checked without folding when an ASCII letter or digit settles it; the others
    /// are folded. Both ways must refuse exactly the forms that can never match.
    @Test func formsThatNeedFoldingAreCheckedAsPhrases() {
        for refused in ["Ab*", "é*", "É*", "-*", "'", "a.*", "Ü-*", ".-'"] {
            let message = message("en\ttrigger\tmeet\tmeets|\(refused)\tsymmetric\n")
            #expect(message?.contains("form '\(refused)'") == true, "\(refused): \(message ?? "accepted")")
        }
        for accepted in ["Abc*", "ab-c*", "élan*", "Über*", "U.S.", "à", "x y*", "ab cd*", "nº1"] {
            #expect(message("en\ttrigger\tmeet\t\(accepted)\tsymmetric\n") == nil, "\(accepted) refused")
        }
        // Not a trigger: a short prefix is fine, a form without a word is not.
        #expect(message("fr\tnegation\t-\tné*\t\n") == nil)
        #expect(message("fr\tnegation\t-\t-'*\t\n")?.contains("'-'*' has no word") == true)
    }

    /// Every language's rows are checked when the set is made, though a language's cues are
    /// built only when asked for.
    @Test func rowsOfEveryLanguageAreCheckedAtOnce() throws {
        let german = message("en\ttrigger\tmeet\tmeets\tsymmetric\nde\ttrigger\tmeet\tz*\tsymmetric\n")
        #expect(german?.contains("mine.tsv:4") == true, "\(german ?? "accepted")")
        #expect(message("es\tnonsense\t-\tx\t\n")?.contains("unknown kind 'nonsense'") == true)
        #expect(message("xx\tstopword\t-\tx\t\n")?.contains("unknown language 'xx'") == true)
        #expect(message("de\ttrigger\tnonsense\tx\t\n")?.contains("unknown relation 'nonsense'") == true)
        let set = try cues("en\tstopword\t-\tthe|of\t\nde\tstopword\t-\tder|Die\t\nde\ttrigger\tmeet\ttraf*\tsymmetric\n")
        #expect(set.stopWords(of: .de) == ["der", "die"])
        #expect(set[.de].stopWords == ["der", "die"])
        #expect(set[.de].triggers(in: ["trafen"], at: 0).map(\.relation) == [.meet])
        #expect(set.byLanguage[.en]?.stopWords == ["the", "of"])
        #expect(set[.fr].triggers.isEmpty)
    }

    @Test func contractionsMapToTheirArticle() throws {
        let set = try cues("fr\tcontraction\tle\tau|Du\t\nfr\tcontraction\tles\taux\t\n")
        #expect(set[.fr].contractedArticles == ["au": "le", "du": "le", "aux": "les"])
        #expect(message("fr\tcontraction\t-\tau\t\n")?.contains("needs the article") == true)
    }

    @Test func usableFormsStillLoadAndMatch() throws {
        let set = try cues("en\ttrigger\tmeet\tmeet*|talks with\tsymmetric\nen\tnegation\t-\tno*\t\n")
        let english = set[.en]
        #expect(english.triggers(in: ["meeting"], at: 0).map(\.relation) == [.meet])
        #expect(english.triggers(in: ["talks", "with"], at: 0).map(\.relation) == [.meet])
        #expect(english.negations.count == 1)
    }
}
