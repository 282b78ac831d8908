/// A set of folded words asked `contains` for every token: a hash set when the lexicon is built,
/// the sorted list a snapshot stores when it is read back, searched where it lies in the
/// snapshot's string table (hashing its 8,000 first words into a `Set` was 4 million
/// instructions, a twelfth of a one-sentence `extract`, Benchmarks/startup).
package struct WordSet: Sendable {
    private enum Storage: Sendable {
        case hashed(Set<String>)
        /// Ascending by `String`'s `<`, without repeats.
        case sorted([String])
    }

    private let storage: Storage

    package init(_ words: Set<String> = []) { storage = .hashed(words) }

    /// Words already in strictly ascending order (`String`'s `<`), or nil when they are not.
    package init?(sorted words: [String]) {
        for index in words.indices.dropFirst() where !(words[index - 1] < words[index]) { return nil }
        storage = .sorted(words)
    }

    package func contains(_ word: String) -> Bool {
        switch storage {
        case .hashed(let words): return words.contains(word)
        case .sorted(let words):
            // Binary search with `String`'s `<` and `==`: the comparisons the list was sorted with.
            var low = 0, high = words.count
            while low < high {
                let middle = (low + high) / 2
                if words[middle] < word { low = middle + 1 } else { high = middle }
            }
            return low < words.count && words[low] == word
        }
    }

    package var count: Int {
        switch storage {
        case .hashed(let words): words.count
        case .sorted(let words): words.count
        }
    }

    /// Every word, ascending.
    package var sorted: [String] {
        switch storage {
        case .hashed(let words): words.sorted()
        case .sorted(let words): words
        }
    }
}

extension WordSet: Equatable {
    /// The same words, however each set is stored.
    package static func == (lhs: WordSet, rhs: WordSet) -> Bool { lhs.sorted == rhs.sorted }
}
