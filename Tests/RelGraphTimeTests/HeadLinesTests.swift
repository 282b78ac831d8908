@testable import RelGraphTime
import Testing

/// The dateline search reads a text's first lines one at a time (``DocumentDateFinder/HeadLines``,
/// on UTF-8 bytes); it must give exactly the lines that splitting the head at every line break
/// gave.
@Suite struct HeadLinesTests {
    /// The definition: the first `limit` scalars, split at the scalars of `Character.isNewline`,
    /// empty lines left out.
    private func splitHead(_ text: String, limit: Int) -> [String] {
        let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
        return head.unicodeScalars.split { [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) }
            .map { String(String.UnicodeScalarView($0)) }
    }

    private func headLines(_ text: String, limit: Int) -> [String] {
        var lines = DocumentDateFinder.HeadLines(text, scalarLimit: limit)
        var found: [String] = []
        while let line = lines.next() { found.append(String(String.UnicodeScalarView(line))) }
        return found
    }

    @Test(arguments: [
        "",
        "\n\n",
        "PARIS, 19 juin 2024 (AFP)\nLe président a dit.",
        "Titre\r\n\r\nPublié le 19 juin 2024\r\nTexte",
        "é\u{85}ü\u{2028}ß\u{2029}日本\u{0B}x\u{0C}y",
        "e\u{301}\ne\u{301}\u{301}\n\n\u{1F600} 2024",
        "ab\u{C2}c\n\u{E2}\u{80}",
        String(repeating: "Un long paragraphe sans fin. ", count: 200) + "\nFin",
    ])
    func sameLinesAsSplittingTheHead(text: String) {
        for limit in [0, 1, 2, 3, 5, 8, 13, 40, 120, 3_200, 100_000] {
            #expect(headLines(text, limit: limit) == splitHead(text, limit: limit), "limit \(limit)")
        }
    }

    @Test func aLimitInsideALineCutsIt() {
        #expect(headLines("abc\ndéfgh\nij", limit: 7) == ["abc", "déf"])
    }
}
