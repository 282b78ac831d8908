@testable import RelGraphDocuments
import Testing

@Suite struct MarkupStripperTests {
    @Test func htmlKeepsProseAndParagraphBreaks() {
        let page = """
            <!DOCTYPE html><html><head><title>Ignored</title><style>p { color: red }</style></head>
            <body><h1>Summit&nbsp;news</h1><!-- an <b>old</b> comment --><p>Leaders met in <a href="/x?a=1&amp;b=2">Oslo</a>.</p>
            <script>document.write("<p>not prose</p>")</script><p>Talks &amp; trade &#8212; &#x263A; &bogus; end</p></body></html>
            """
        let text = MarkupStripper.plainText(page, format: .html)
        #expect(!text.contains("<"))
        #expect(!text.contains("Ignored") && !text.contains("color") && !text.contains("not prose") && !text.contains("old"))
        #expect(text.contains("Summit\u{00A0}news"))
        #expect(text.contains("Leaders met in Oslo."))
        #expect(text.contains("Talks & trade — ☺ &bogus; end"))
        // Two paragraphs never share a line, so they cannot become one sentence.
        #expect(text.split(separator: "\n").contains { $0 == "Leaders met in Oslo." })
    }

    @Test func tornTagAndNumericNulAreHarmless() {
        #expect(MarkupStripper.plainText("Kyiv <b", format: .html) == "Kyiv ")
        #expect(MarkupStripper.plainText("a&#0;b&#99999999;c", format: .html) == "a\u{FFFD}b\u{FFFD}c")
    }

    @Test func markdownKeepsWordsOfHeadingsListsAndLinks() {
        let source = """
            # Ceasefire talks
            > **Ankara** hosted the _delegations_.
            - See [the statement](https://example.org/a_b) and ![map](m.png)
            ```
            let code = "not prose"
            ```
            snake_case_word stays.
            """
        let lines = MarkupStripper.plainText(source, format: .markdown).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Ceasefire talks")
        #expect(lines[1] == "Ankara hosted the delegations.")
        #expect(lines[2] == "See the statement and map")
        #expect(!lines.contains { $0.contains("not prose") })
        #expect(lines.last == "snake_case_word stays.")
    }
}

@Suite struct MarkdownBracketTests {
    /// Unclosed brackets and parentheses are searched for once per line, not once per bracket;
    /// the text that comes out is what the bracket rules always gave.
    @Test func unclosedLinksKeepTheirText() {
        #expect(MarkupStripper.plainText(String(repeating: "[a](", count: 3), format: .markdown) == "a(a(a(")
        #expect(MarkupStripper.plainText("[a]([b](x) [c](y) tail", format: .markdown) == "a c tail")
        #expect(MarkupStripper.plainText("[[[x] and [y](z)", format: .markdown) == "[[x and y")
        #expect(MarkupStripper.plainText("[ no close ( here", format: .markdown) == "[ no close ( here")
    }

    @Test func nextOccurrenceAgreesWithASearchFromEachPosition() {
        let characters = Array("a]b]]c)d]e)")
        var finder = MarkupStripper.NextOccurrence(of: "]", in: characters)
        for start in 0 ... characters.count {
            #expect(finder.index(from: start) == characters[start...].firstIndex(of: "]"), "from \(start)")
        }
    }
}
