import RelGraphCore
import RelGraphKnowledge

/// Registered surnames that are someone else's given name: "Michel Martelly" is not Charles
/// Michel, "Omar Prieto" is not Mullah Omar.
extension MentionResolver {
    /// Drops surname-only candidates standing right before another name word.
    func withoutGivenNames(_ candidates: [[Candidate]], in document: AnalyzedDocument, words: DocumentWords) -> [[Candidate]] {
        var starts: [Int: Candidate] = [:]
        for candidate in candidates.joined() { starts[candidate.tokens.lowerBound] = candidate }
        let afterDeterminer = words.afterDeterminer
        return zip(candidates, document.sentences).map { sentenceCandidates, sentence in
            sentenceCandidates.filter { candidate in
                !isGivenName(candidate, sentenceEnd: sentence.tokens.upperBound, starts: starts,
                             afterDeterminer: afterDeterminer, document: document)
            }
        }
    }

    private func isGivenName(_ candidate: Candidate, sentenceEnd: Int, starts: [Int: Candidate],
                             afterDeterminer: Set<String>, document: AnalyzedDocument) -> Bool {
        guard !candidate.entries.isEmpty,
              candidate.entries.allSatisfy({ $0.kind == .surname && $0.actorID.hasPrefix("person:") }) else { return false }
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
        // German capitalises every noun ("dass Scholz Waffen liefert"): there the next word must
        // be one the article never puts after an article, as it does its nouns.
        if cues.language == .de { return !afterDeterminer.contains(token.folded) }
        return true
    }
}
