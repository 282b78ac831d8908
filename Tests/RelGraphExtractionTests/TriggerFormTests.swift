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

    @Test func usableFormsStillLoadAndMatch() throws {
        let set = try cues("en\ttrigger\tmeet\tmeet*|talks with\tsymmetric\nen\tnegation\t-\tno*\t\n")
        let english = set[.en]
        #expect(english.triggers(in: ["meeting"], at: 0).map(\.relation) == [.meet])
        #expect(english.triggers(in: ["talks", "with"], at: 0).map(\.relation) == [.meet])
        #expect(english.negations.count == 1)
    }
}
