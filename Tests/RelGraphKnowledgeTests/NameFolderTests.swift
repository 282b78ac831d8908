import RelGraphCore
import Testing
@testable import RelGraphKnowledge

/// The loader's fast folding (``NameFolder``) must give exactly `NameFolding.fold`'s keys, or lookups would miss.
@Suite struct NameFolderTests {
    static let tricky = [
        "Kim Jong‑un", "KIM JONG-UN", "Côte d’Ivoire", "Weißes Haus", "Erdoğan", "İstanbul", "Ångström",
        "ﬁnance", "Ｔｏｋｙｏ", "e\u{301}lysée", "  spaced\t out  ", "Nukuʻalofa", "U.S.A.", "Sa'ar",
        "Ελλάδα", "Россия", "朝鲜", "조선", "l'Élysée", "--", "", "Œuvre", "Straße", "ǅemal",
    ]

    @Test func matchesNameFoldingOnTrickyStrings() {
        var folder = NameFolder()
        for text in Self.tricky {
            #expect(folder.fold(text) == NameFolding.fold(text), "\(text)")
            #expect(folder.slug(text) == NameFolding.slug(text), "\(text)")
        }
    }

    @Test func matchesNameFoldingOnEveryBundledForm() throws {
        var folder = NameFolder()
        var checked = 0
        for table in try Lexicon.bundledTables() {
            for row in table.rows {
                for cell in row {
                    for form in cell.split(separator: "|").map(String.init) {
                        #expect(folder.fold(form) == NameFolding.fold(form), "\(table.source): \(form)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test func trimsOnlySpacesAndTabs() {
        #expect(" \tRussie \t".trimmedSpaces == "Russie")
        #expect("\u{00A0}Russie".trimmedSpaces == "\u{00A0}Russie")
        #expect("   ".trimmedSpaces == "")
    }
}
