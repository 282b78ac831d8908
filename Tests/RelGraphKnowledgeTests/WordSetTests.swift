import Testing
@testable import RelGraphKnowledge

/// First words as a hash set (a built lexicon) or as the sorted list a snapshot stores (searched
/// in place): both answer alike, and a list out of order is damage, not a wrong answer.
@Suite struct WordSetTests {
    let words: Set<String> = ["un", "etats", "vladimir", "é", "ölbrück", "a", "zz", "z"]

    @Test func aSortedListAnswersAsTheSet() throws {
        let hashed = WordSet(words)
        let sorted = try #require(WordSet(sorted: words.sorted()))
        for word in words.union(["", "b", "e", "e\u{301}", "vlad", "vladimirs", "zzz", "ö", "o"]) {
            #expect(sorted.contains(word) == words.contains(word), "\(word)")
            #expect(hashed.contains(word) == words.contains(word), "\(word)")
        }
        // String equality (canonical equivalence), as the set's: "é" decomposed is "é".
        #expect(sorted.contains("e\u{301}") == words.contains("e\u{301}"))
        #expect(sorted == hashed)
        #expect(sorted.count == words.count && sorted.sorted == words.sorted())
        #expect(try #require(WordSet(sorted: [])).contains("a") == false)
    }

    @Test func wordsOutOfOrderOrRepeatedAreRefused() {
        #expect(WordSet(sorted: ["b", "a"]) == nil)
        #expect(WordSet(sorted: ["a", "a"]) == nil)
    }

    /// A snapshot whose first-word list is out of order (behind a valid digest) is not used.
    @Test func aSnapshotWithUnsortedWordsIsDamaged() throws {
        var strings = SnapshotWriter()
        strings.append("b")
        strings.append("a")
        var body = SnapshotWriter()
        body.append(count: 2)
        body.append(UInt32(0))
        body.append(UInt32(1))
        let table = strings.strings
        let damaged = body.bytes.withUnsafeBytes { bytes in
            var reader = SnapshotReader(bytes)
            reader.strings = table
            return (try? LexiconSnapshot.decodeWordSet(from: &reader)) == nil
        }
        #expect(damaged)
    }
}
