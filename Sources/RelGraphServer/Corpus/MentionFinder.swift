import Foundation
import RelGraphCore

/// Finds where actors are named in a text, so the page can mark them (as displaCy marks entities).
///
/// Matching is by the actors' names (label and the aliases the extractor saw), word by word,
/// ignoring case, accents and punctuation between words; the longest name wins where names
/// overlap. Offsets are in Unicode scalars, like evidence offsets, so the page counts them with
/// `Array.from(text)`.
struct MentionFinder {
    /// A marked span: `start ..< end` in Unicode scalars of the searched text.
    struct Mark: Sendable, Codable, Equatable {
        var start: Int
        var end: Int
        var actor: String
    }

    private struct Word { var folded: String; var start: Int; var end: Int }
    /// Names by first folded word: (all words, actor id).
    private var names: [String: [(words: [String], actor: String)]] = [:]
    private var longest = 1

    /// `actors`: who to look for.
    init(actors: [Actor]) {
        for actor in actors {
            for name in Set(actor.names) {
                let words = Self.words(in: Array(name.unicodeScalars)).map(\.folded)
                guard let first = words.first else { continue }
                names[first, default: []].append((words, actor.id))
                longest = max(longest, words.count)
            }
        }
        for key in names.keys { names[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// Every mention in `text`, in order, none overlapping.
    func marks(in text: String) -> [Mark] {
        let words = Self.words(in: Array(text.unicodeScalars))
        var marks: [Mark] = []
        var position = 0
        while position < words.count {
            var matched = 0, actor = ""
            for candidate in names[words[position].folded] ?? [] where candidate.words.count <= words.count - position {
                if (0 ..< candidate.words.count).allSatisfy({ words[position + $0].folded == candidate.words[$0] }) {
                    matched = candidate.words.count
                    actor = candidate.actor
                    break
                }
            }
            if matched > 0 {
                marks.append(Mark(start: words[position].start, end: words[position + matched - 1].end, actor: actor))
                position += matched
            } else {
                position += 1
            }
        }
        return marks
    }

    /// Letters-and-digits runs with their scalar offsets, folded one scalar at a time.
    private static func words(in scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        var current = "", start = 0
        for (offset, scalar) in scalars.enumerated() {
            let folded = fold(scalar)
            if folded.isEmpty {
                // A combining mark continues its word; anything else that folds to nothing ends it.
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                if !current.isEmpty { words.append(Word(folded: current, start: start, end: offset)) }
                current = ""
                continue
            }
            if current.isEmpty { start = offset }
            current += folded
        }
        if !current.isEmpty { words.append(Word(folded: current, start: start, end: scalars.count)) }
        return words
    }

    /// A scalar's folded letters ("É" → "e"), or "" for punctuation, spaces and marks.
    private static func fold(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII {
            let value = scalar.value
            if value >= 65 && value <= 90 { return String(Unicode.Scalar(value + 32)!) }
            return (value >= 97 && value <= 122) || (value >= 48 && value <= 57) ? String(scalar) : ""
        }
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return "" }
        return String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
