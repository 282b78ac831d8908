import Foundation
import Testing
@testable import RelGraphDocuments

/// The checks every article goes through, whichever verb reads it.
@Suite struct TextDecodingTests {
    private func refusal(_ bytes: [UInt8], path: String = "a.txt") -> DocumentError? {
        do {
            _ = try DocumentReader.read(Data(bytes), path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesEmptyInput() {
        #expect(refusal([]) == .empty("a.txt"))
    }

    @Test func refusesInvalidUTF8WithItsOffset() {
        #expect(refusal([0x41, 0x42, 0xC3, 0x28], path: "bad.txt") == .invalidUTF8("bad.txt", offset: 2))
        #expect(refusal([0x41, 0x42, 0xC3, 0x28], path: "bad.txt")?.description == "bad.txt: not valid UTF-8 text (offset 2)")
    }

    @Test func refusesBinaryByNULOrByControlCharacters() {
        #expect(refusal([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], path: "a.out") == .binary("a.out", offset: 4))
        // No NUL, but 2 % of the bytes are control characters: not an article.
        let controls = Array(repeating: UInt8(ascii: "a"), count: 98) + [0x01, 0x02]
        #expect(refusal(controls) == .binary("a.txt", offset: nil))
        // Tabs, line and form feeds are text.
        #expect(refusal(Array("a\tb\nc\u{0C}d\r\n".utf8)) == nil)
    }

    @Test func refusesUTF16AndWhitespaceOnlyAndTooLarge() {
        #expect(refusal([0xFF, 0xFE, 0x41, 0x00]) == .utf16("a.txt"))
        #expect(refusal(Array(" \n\t\n".utf8)) == .onlyWhitespace("a.txt"))
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: DocumentReader.maximumBytes + 1)
        #expect(refusal(big) == .tooLarge("a.txt", bytes: DocumentReader.maximumBytes + 1, limit: DocumentReader.maximumBytes))
    }

    @Test func dropsByteOrderMarkAndStripsMarkupByExtension() throws {
        #expect(try DocumentReader.read(Data([0xEF, 0xBB, 0xBF, 0x68, 0x69]), path: "a").text == "hi")
        let page = try DocumentReader.read(Data("<p>Kyiv &amp; Paris</p>".utf8), path: "page.html")
        #expect(page.format == .html)
        #expect(page.text.contains("Kyiv & Paris"))
        #expect(!page.text.contains("<p>"))
        #expect(refusal(Array("<script>x()</script>".utf8), path: "page.html") == .noTextAfterMarkup("page.html"))
    }
}
