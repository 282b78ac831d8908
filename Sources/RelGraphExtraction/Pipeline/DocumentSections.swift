/// Cuts a long document into sections that are extracted one after another, so the memory of the
/// text stages (a token, its folded form and two scalar arrays: about 70 bytes per token) is
/// bounded by the section, not by the document.
///
/// No news article comes near ``maximumScalars`` (the longest in the corpus has about 7,000), so
/// an article is one section and reads exactly as before. A longer text (a dump, or hostile input
/// such as `a;` repeated over 16 MB, which held one 64-byte token per input byte: issue #15) is cut
/// at the last line break before the limit; a line longer than the limit at its last space, else
/// where its last word follows a mark. Names are resolved within a section: a surname in one
/// section does not find the full name given in an earlier one.
struct DocumentSections: Sequence {
    /// The most Unicode scalars in one section.
    static let maximumScalars = 1 << 16

    /// One section: its text and the scalar offset of its first scalar in the document.
    struct Section {
        let text: Substring
        let offset: Int
    }

    let text: String
    let maximumScalars: Int

    init(_ text: String, maximumScalars: Int = Self.maximumScalars) {
        precondition(maximumScalars > 0, "a section holds at least one scalar")
        self.text = text
        self.maximumScalars = maximumScalars
    }

    func makeIterator() -> Iterator { Iterator(text: text, maximumScalars: maximumScalars) }

    struct Iterator: IteratorProtocol {
        let scalars: String.UnicodeScalarView
        let utf8: String.UTF8View
        let maximumScalars: Int
        var start: String.Index
        var offset = 0

        init(text: String, maximumScalars: Int) {
            scalars = text.unicodeScalars
            utf8 = text.utf8
            self.maximumScalars = maximumScalars
            start = scalars.startIndex
        }

        mutating func next() -> Section? {
            guard start < scalars.endIndex else { return nil }
            let end = cut(from: start)
            let section = Section(text: Substring(scalars[start..<end.index]), offset: offset)
            start = end.index
            offset += end.count
            return section
        }

        /// Where the section starting at `from` ends, and how many scalars it holds (0 for the
        /// last section, whose length no later offset needs). A cut is made
        /// before a line break (the next section starts with it, so its first token still follows
        /// a line break), else before a space, else where a word follows a mark; inside a word
        /// only when the word alone is longer than a section.
        private func cut(from: String.Index) -> (index: String.Index, count: Int) {
            // No more bytes than a section holds scalars: the rest is one section, found without
            // classifying its scalars (every news article), nor counting them.
            if utf8.distance(from: from, to: utf8.endIndex) <= maximumScalars {
                return (scalars.endIndex, 0)
            }
            var index = from
            var count = 0
            var lineBreak: (index: String.Index, count: Int)?
            var space: (index: String.Index, count: Int)?
            var wordStart: (index: String.Index, count: Int)?
            var previousIsWord = true
            while index < scalars.endIndex {
                if count == maximumScalars {
                    return lineBreak ?? space ?? wordStart ?? (index, count)
                }
                // Classified as the tokenizer sees it: after normalisation.
                let scalar = Normalizer.normalize(scalars[index])
                let isWord = Tokenizer.isWordScalar(scalar)
                if count > 0 {
                    if scalar == "\n" || scalar == "\r" {
                        lineBreak = (index, count)
                    } else if scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.isWhitespace) {
                        space = (index, count)
                    } else if isWord, !previousIsWord {
                        wordStart = (index, count)
                    }
                }
                previousIsWord = isWord
                index = scalars.index(after: index)
                count += 1
            }
            return (index, count)
        }
    }
}
