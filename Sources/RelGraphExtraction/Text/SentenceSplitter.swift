/// A sentence: a run of tokens and its span in the document.
public struct Sentence: Sendable, Equatable {
    /// Indices into the document's token array.
    public var tokens: Range<Int>
    /// Offset of the first scalar, in Unicode scalars from the document start.
    public var start: Int
    /// Offset just past the last scalar.
    public var end: Int
}

/// Splits a token stream into sentences.
///
/// A sentence ends at a line break, or at `.`, `!`, `?`, `…` followed by a capitalised word, a
/// digit or a quote — unless the dot closes an abbreviation ("M.", "Dr.") or an initial ("J.").
/// Closing quotes and brackets stay with the sentence they close. Very long runs without an end
/// are cut every ``maximumTokens`` tokens so later stages stay linear.
public enum SentenceSplitter {
    public static let maximumTokens = 250

    public static func split(_ tokens: [Token], abbreviations: Set<String>) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var index = 0
        func close(through last: Int) {
            guard last >= first else { return }
            sentences.append(Sentence(tokens: first..<(last + 1), start: tokens[first].start, end: tokens[last].end))
            first = last + 1
        }
        while index < tokens.count {
            if index > first, tokens[index].newlineBefore {
                close(through: index - 1)
            }
            if index - first + 1 >= maximumTokens {
                close(through: index)
                index += 1
                continue
            }
            let token = tokens[index]
            if token.kind == .punctuation, isTerminal(token.text), endsSentence(tokens, at: index, abbreviations: abbreviations) {
                var last = index
                // Keep closing quotes, brackets and repeated marks ("?!", "...") in this sentence.
                while last + 1 < tokens.count, !tokens[last + 1].spaceBefore, tokens[last + 1].kind == .punctuation,
                      isTerminal(tokens[last + 1].text) || isCloser(tokens[last + 1].text) {
                    last += 1
                }
                close(through: last)
                index = last + 1
                continue
            }
            index += 1
        }
        if first < tokens.count { close(through: tokens.count - 1) }
        return sentences
    }

    static func isTerminal(_ text: String) -> Bool { text == "." || text == "!" || text == "?" || text == "…" }
    static func isCloser(_ text: String) -> Bool { text == "\"" || text == ")" || text == "]" }

    static func endsSentence(_ tokens: [Token], at index: Int, abbreviations: Set<String>) -> Bool {
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .punctuation, !tokens[next].spaceBefore || next == index + 1,
              isTerminal(tokens[next].text) || isCloser(tokens[next].text) {
            next += 1
        }
        guard next < tokens.count else { return true }
        let following = tokens[next]
        if following.newlineBefore { return true }
        let startsNew = following.isCapitalized || following.kind == .number || following.text == "\""
        guard startsNew else { return false }
        guard tokens[index].text == ".", index > 0 else { return true }
        let previous = tokens[index - 1]
        guard previous.end == tokens[index].start, previous.kind == .word else { return true }
        // "M. Okafor", "Dr. Ali", "J. Haddad": the dot belongs to the word.
        if abbreviations.contains(previous.folded) { return false }
        if previous.text.unicodeScalars.count == 1, previous.isCapitalized { return false }
        return true
    }
}
