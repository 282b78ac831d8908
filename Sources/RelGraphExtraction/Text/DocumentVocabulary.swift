/// The distinct folded words of a document, numbered in the order they first occur, and the
/// number of each token's word.
///
/// An article writes each word about twice on average: what depends on the word alone (the
/// triggers it may start, its word lists, whether a lexicon form starts with it) is worked out
/// once per number and read from an array per token, instead of hashing the word's String
/// again at every token.
struct DocumentVocabulary: Sendable {
    /// Each distinct folded word, by number.
    let words: [String]
    /// Per token: the number of its folded word in ``words``.
    let wordNumbers: [Int32]

    /// Numbers the words of `folded` (a document's ``AnalyzedDocument/foldedTokens``).
    init(_ folded: [String]) {
        // Words are told apart as `String`'s `==` tells them (canonical equivalence), as the
        // per-word lookups this replaces did; folded tokens are normalised anyway.
        var numbers: [String: Int32] = [:]
        numbers.reserveCapacity(folded.count / 2)
        var words: [String] = []
        var wordNumbers: [Int32] = []
        wordNumbers.reserveCapacity(folded.count)
        for word in folded {
            if let number = numbers[word] {
                wordNumbers.append(number)
            } else {
                let number = Int32(words.count)
                numbers[word] = number
                words.append(word)
                wordNumbers.append(number)
            }
        }
        self.words = words
        self.wordNumbers = wordNumbers
    }

    /// How many distinct words.
    var count: Int { words.count }

    /// The number of the word of the token at `index`.
    @inline(__always)
    func number(ofToken index: Int) -> Int { Int(wordNumbers[index]) }

    /// `value(word)` for every distinct word, by number: per-word facts computed once.
    func map<Value>(_ value: (String) throws -> Value) rethrows -> [Value] { try words.map(value) }
}
