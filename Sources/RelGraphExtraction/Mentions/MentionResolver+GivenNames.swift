import RelGraphCore
import RelGraphKnowledge

/// Registered surnames that are only part of someone else's name: "Michel Martelly" is not Charles
/// Michel, "Omar Prieto" is not Mullah Omar, "Ellen Johnson-Sirleaf" and "Aiko Johnson" are not
/// Boris Johnson.
extension MentionResolver {
    /// Drops surname-only candidates standing right before another name word, right after an
    /// unknown given name, or glued by a hyphen to another capitalised part.
    func withoutGivenNames(_ candidates: [[Candidate]], in document: AnalyzedDocument, words: DocumentWords) -> [[Candidate]] {
        var starts: [Int: Candidate] = [:]
        var covered = Set<Int>()
        for candidate in candidates.joined() {
            starts[candidate.tokens.lowerBound] = candidate
            covered.formUnion(candidate.tokens)
        }
        let afterDeterminer = words.afterDeterminer
        let namedInFull = Set(candidates.joined().filter { !isSurnameOnly($0) }.flatMap { $0.entries.map(\.actorID) })
        let namedStates = Set(candidates.joined().flatMap { $0.entries.map(\.actorID) }.filter { $0.hasPrefix("country:") })
        return zip(candidates, document.sentences).map { sentenceCandidates, sentence in
            sentenceCandidates.filter { candidate in
                guard isSurnameOnly(candidate) else { return true }
                return !isCommonWordAlone(candidate, namedInFull: namedInFull, namedStates: namedStates,
                                          afterDeterminer: afterDeterminer, document: document)
                    && !isGivenName(candidate, sentenceEnd: sentence.tokens.upperBound, starts: starts,
                                    afterDeterminer: afterDeterminer, document: document)
                    && !followsUnknownGivenName(candidate, sentenceStart: sentence.tokens.lowerBound, covered: covered,
                                                afterDeterminer: afterDeterminer, document: document)
                    && !isPartOfDoubleName(candidate, sentenceEnd: sentence.tokens.upperBound, covered: covered,
                                           afterDeterminer: afterDeterminer, document: document)
            }
        }
    }

    /// A registered surname that is also a common word ("May", "Paz", "No", German "Frieden")
    /// names its person only in an article that names them otherwise too (in full, or by a
    /// title right before the surname: "Prime Minister May"); elsewhere it is the word ("in May",
    /// "el Premio Nobel de la Paz", "über den Frieden"). Common: Zipf 5 or more in the
    /// article's language, or in German a word the article also puts after an article (a noun).
    /// German capitalises its nouns, so there a word of Zipf 4 ("Frieden") is the noun too unless
    /// the article names a state the person serves: a report that never names Luxembourg is not
    /// quoting its prime minister, while "Putin" or "Merkel", as frequent in German news, come
    /// with their states.
    private func isCommonWordAlone(_ candidate: Candidate, namedInFull: Set<String>, namedStates: Set<String>,
                                   afterDeterminer: Set<String>, document: AnalyzedDocument) -> Bool {
        guard candidate.tokens.count == 1, !candidate.entries.contains(where: { namedInFull.contains($0.actorID) }) else { return false }
        let word = document.tokens[candidate.tokens.lowerBound].folded
        let band = WordFrequencies.bundled.band(of: word, in: document.language) ?? 0
        let common = band >= 5
            || (document.cues.capitalisesNouns && afterDeterminer.contains(word))
            || (document.cues.capitalisesNouns && band >= 4 && !servesNamedState(candidate, namedStates: namedStates))
        guard common else { return false }
        let previous = candidate.tokens.lowerBound - 1
        if previous >= 0, document.tokens[previous].kind == .word,
           !lexicon.titles(forFolded: document.tokens[previous].folded).isEmpty { return false }
        return true
    }

    /// Whether a person the surname may name holds an office in one of `namedStates`.
    private func servesNamedState(_ candidate: Candidate, namedStates: Set<String>) -> Bool {
        candidate.entries.contains { entry in
            lexicon.actors[entry.actorID]?.positions.contains { namedStates.contains($0.of) } ?? false
        }
    }

    private func isSurnameOnly(_ candidate: Candidate) -> Bool {
        !candidate.entries.isEmpty && candidate.entries.allSatisfy { $0.kind == .surname && $0.actorID.hasPrefix("person:") }
    }

    private func isGivenName(_ candidate: Candidate, sentenceEnd: Int, starts: [Int: Candidate],
                             afterDeterminer: Set<String>, document: AnalyzedDocument) -> Bool {
        // "Putins Truppen": a German genitive (the form plus -s) names the person it inflects.
        if document.language == .de, candidate.surface.hasSuffix("s"),
           candidate.entries.allSatisfy({ !$0.form.hasSuffix("s") }) { return false }
        let next = candidate.tokens.upperBound
        guard next < sentenceEnd else { return false }
        let token = document.tokens[next]
        let cues = document.cues
        guard token.kind == .word, token.isCapitalized, token.glue == nil, !token.isAllCaps,
              !cues.stopWords.contains(token.folded), !cues.determiners.contains(token.folded) else { return false }
        if let following = starts[next] {
            // "Ismaël Omar Guelleh": the next word names a person too.
            return following.entries.contains { $0.actorID.hasPrefix("person:") }
        }
        // A language that capitalises every noun (German: "dass Scholz Waffen liefert", the
        // triggers table's `capitalisation nouns` row): there the next word must be one the
        // article never puts after an article, as it does its nouns.
        if cues.capitalisesNouns { return !afterDeterminer.contains(token.folded) }
        return true
    }

    /// "Aiko Johnson said": an unknown capitalised word right before the surname is the first
    /// name of someone else. Not a word starting the sentence (capitalised anyway).
    private func followsUnknownGivenName(_ candidate: Candidate, sentenceStart: Int, covered: Set<Int>,
                                         afterDeterminer: Set<String>, document: AnalyzedDocument) -> Bool {
        let previous = candidate.tokens.lowerBound - 1
        guard previous > sentenceStart, document.tokens[candidate.tokens.lowerBound].glue == nil else { return false }
        return isUnknownNamePart(previous, covered: covered, afterDeterminer: afterDeterminer, document: document)
    }

    /// "Johnson-Sirleaf", "Smith-Johnson": a surname glued by a hyphen to another unknown name
    /// part is one word of a double name ("Putin-Besuch", "Trump-Kim" are not).
    private func isPartOfDoubleName(_ candidate: Candidate, sentenceEnd: Int, covered: Set<Int>,
                                    afterDeterminer: Set<String>, document: AnalyzedDocument) -> Bool {
        let tokens = document.tokens
        let first = candidate.tokens.lowerBound, next = candidate.tokens.upperBound
        if tokens[first].glue == "-", first > 0,
           isUnknownNamePart(first - 1, covered: covered, afterDeterminer: afterDeterminer, document: document) {
            return true
        }
        return next < sentenceEnd && tokens[next].glue == "-"
            && isUnknownNamePart(next, covered: covered, afterDeterminer: afterDeterminer, document: document)
    }

    /// A capitalised word no lexicon form covers that may be part of a person's name: not a
    /// title ("Minister Johnson"), not a word ordinary text uses often ("Monday Johnson",
    /// "Johnson-Regierung") unless a known given name, and where every noun is capitalised (German)
    /// not a word the article puts after an article (a noun).
    private func isUnknownNamePart(_ index: Int, covered: Set<Int>, afterDeterminer: Set<String>, document: AnalyzedDocument) -> Bool {
        let token = document.tokens[index]
        let cues = document.cues
        guard !covered.contains(index), token.kind == .word, token.isCapitalized, !token.isAllCaps, token.text.unicodeScalars.count > 1,
              !cues.stopWords.contains(token.folded), !cues.determiners.contains(token.folded),
              lexicon.titles(forFolded: token.folded).isEmpty, !titleFirstWords.contains(token.folded) else { return false }
        if cues.capitalisesNouns, afterDeterminer.contains(token.folded) { return false }
        return givenNames.contains(token.folded)
            || (WordFrequencies.bundled.band(of: token.folded, in: document.language) ?? 0) < 4
    }
}
