/// Lines of an article that say who wrote or supplied it, not what happened: credit lines
/// ("Reporting by Jane Doe; Editing by John Roe", "(Avec AFP)", "Con información de EFE", "Mit
/// Material von dpa") and bylines ("By Jane Doe", "Par Jean Dupont, envoyé spécial à Kiev").
///
/// Wire copy pasted whole carries them, and read as story they made journalists into actors and
/// gave them the story's relations (a byline's reporter "supplying" the country they report
/// from). Nothing is read in them: no mention, no relation. The dateline ("MOSCOW (Reuters) -")
/// is story and stays: it says where the story happened. The phrases are the triggers tables'
/// `credit` and `byline` rows.
enum CreditLines {
    /// The most words a byline has: the opening word, a few names, a short role.
    static let maximumBylineWords = 12

    /// The indices of `document`'s sentences that are credit lines or bylines.
    static func sentences(in document: AnalyzedDocument) -> Set<Int> {
        let cues = document.cues
        guard !cues.creditPhrases.isEmpty || !cues.bylinePhrases.isEmpty else { return [] }
        var found = Set<Int>()
        for (index, sentence) in document.sentences.enumerated() {
            guard let first = firstWord(of: sentence, in: document), startsLine(sentence, in: document) else { continue }
            if cues.match(cues.creditPhrases, in: document.foldedTokens, at: first) != nil
                || isByline(sentence, from: first, in: document) {
                found.insert(index)
            }
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
