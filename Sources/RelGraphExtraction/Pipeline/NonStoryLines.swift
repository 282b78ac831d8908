/// Lines of a pasted article that belong to the publication, not to the story: credit lines
/// ("Reporting by Jane Doe; Editing by John Roe", "(Avec AFP)", "Con información de EFE", "Mit
/// Material von dpa"), bylines ("By Jane Doe", "Par Jean Dupont, envoyé spécial à Kiev") and
/// links to other stories ("Read more: …", "Lire aussi : …", "Lea también: …", "Lesen Sie auch: …").
///
/// Read as story, they made journalists into actors, gave a byline's reporter the story's
/// relations, and added the relations of another story's headline. Nothing is read in them: no
/// mention, no relation. The dateline ("MOSCOW (Reuters) -") is story and stays: it says where
/// the story happened. The phrases are the triggers tables' `credit`, `byline` and `see-also` rows.
enum NonStoryLines {
    /// The most words a byline has: the opening phrase, a few names, a short role.
    static let maximumBylineWords = 12

    /// The indices of `document`'s sentences on lines that are no part of the story.
    static func sentences(in document: AnalyzedDocument) -> Set<Int> {
        let cues = document.cues
        guard !cues.creditPhrases.isEmpty || !cues.bylinePhrases.isEmpty || !cues.seeAlsoPhrases.isEmpty else { return [] }
        var found = Set<Int>()
        var lineIsAside = false
        for (index, sentence) in document.sentences.enumerated() {
            if startsLine(sentence, in: document) {
                lineIsAside = firstWord(of: sentence, in: document).map { opensAside(sentence, at: $0, in: document) } ?? false
            }
            if lineIsAside { found.insert(index) }
        }
        return found
    }

    /// Whether `sentence` opens its line (the document's first line too).
    static func startsLine(_ sentence: Sentence, in document: AnalyzedDocument) -> Bool {
        let first = sentence.tokens.lowerBound
        return first == 0 || document.tokens[first].newlineBefore
    }

    /// The first word of `sentence`, past opening marks ("(Avec AFP)", "— By …").
    private static func firstWord(of sentence: Sentence, in document: AnalyzedDocument) -> Int? {
        sentence.tokens.first { document.tokens[$0].isWord }
    }

    /// Whether the line that `sentence` opens, its first word at `first`, is a credit, a byline
    /// or a link to another story.
    private static func opensAside(_ sentence: Sentence, at first: Int, in document: AnalyzedDocument) -> Bool {
        let cues = document.cues, folded = document.foldedTokens
        if cues.match(cues.creditPhrases, in: folded, at: first) != nil { return true }
        if let length = cues.match(cues.seeAlsoPhrases, in: folded, at: first), isSeeAlso(length: length, at: first, in: document) {
            return true
        }
        return isByline(sentence, from: first, in: document)
    }

    /// A see-also phrase of two words or more opens a link ("Lire aussi Poutine à Pyongyang");
    /// one word ("Related", "Relacionado") only with a mark after it ("Related: …"), as such a
    /// word may open a sentence of the story.
    private static func isSeeAlso(length: Int, at first: Int, in document: AnalyzedDocument) -> Bool {
        guard length == 1 else { return true }
        let next = first + 1
        guard next < document.tokens.count, !document.tokens[next].newlineBefore else { return true }
        return document.tokens[next].kind == .punctuation && [":", "|", "-", "–", "—", ">", "»"].contains(document.tokens[next].text)
    }

    /// A byline: a whole line of at most ``maximumBylineWords`` words, opening with a byline
    /// phrase followed by two or more capitalised words (name particles and "and" between them)
    /// up to a comma or the line's end: "By Jane Doe and John Roe", "Par Jean Dupont, envoyé
    /// spécial". "By Monday, Russia had …" and "Von der EU kam Kritik" are no bylines: one name
    /// word, or a lowercase word before the comma.
    private static func isByline(_ sentence: Sentence, from first: Int, in document: AnalyzedDocument) -> Bool {
        let cues = document.cues, tokens = document.tokens
        guard let opening = cues.match(cues.bylinePhrases, in: document.foldedTokens, at: first) else { return false }
        let end = sentence.tokens.upperBound
        guard end == tokens.count || tokens[end].newlineBefore,
              sentence.tokens.filter({ tokens[$0].isWord }).count <= maximumBylineWords else { return false }
        var names = 0
        for index in (first + opening)..<end {
            let token = tokens[index]
            if token.kind == .punctuation {
                if token.text == "," { break }
                if token.text == "." && index == end - 1 { break }
                return false
            }
            if token.isCapitalized {
                names += 1
            } else if !(cues.coordinations.contains(token.folded) || cues.nameParticles.contains(token.folded)) {
                return false
            }
        }
        return names >= 2
    }
}
