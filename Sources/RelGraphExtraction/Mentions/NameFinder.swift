import RelGraphCore

/// Finds persons and organizations the lexicon does not know, from the shape of their names.
///
/// A person: a run of two to four capitalised words (particles such as "bin" allowed) that no
/// lexicon form or title covers, whose last word the article also uses alone — news introduce
/// a person by full name and then write the surname ("Ramiro Fuentealba … Fuentealba said").
/// A run starting with a known given name ("Ramón Ortega") is a person even when the surname
/// never stands alone. An organization: such a run ending in an organization head word ("Andes
/// Mining Industries", "Interior Ministry").
struct NameFinder {
    let document: AnalyzedDocument
    /// Whether a folded word is a title ("secretary", "général"): it starts no name.
    let isTitleWord: (String) -> Bool
    /// Folded given names from the lexicon.
    var givenNames: Set<String> = []
    /// How common each word is in ordinary text.
    var frequencies = WordFrequencies.bundled

    /// Mentions per sentence index.
    func names(covered: [Bool]) -> [Int: [Mention]] {
        var runs: [(sentence: Int, span: Range<Int>)] = []
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if let span = capitalizedRun(from: index, in: sentence, covered: covered) {
                    runs.append((sentenceIndex, span))
                    index = span.upperBound
                } else {
                    index += 1
                }
            }
        }
        let standalone = standaloneWords(covered: covered)
        var found: [Int: [Mention]] = [:]
        for run in runs {
            let words = document.tokens[run.span].filter { $0.kind == .word && $0.glue == nil }
            guard let last = words.last else { continue }
            let label = document.text(tokens: run.span)
            if document.cues.organizationHeads.contains(last.folded) {
                found[run.sentence, default: []].append(Mention(tokens: run.span, actorID: "organization:" + NameFolding.slug(label),
                                                                type: .organization, kind: .pattern, surface: label, label: label))
            } else if words.count <= 4, standalone[last.folded, default: 0] > 0 || givenNames.contains(words[0].folded),
                      givenNames.contains(words[0].folded) || !isCommonWord(words[0].folded) {
                found[run.sentence, default: []].append(Mention(tokens: run.span, actorID: "person:" + NameFolding.slug(label),
                                                                type: .person, kind: .pattern, surface: label, label: label))
            }
        }
        return found
    }

    /// A word ordinary text of the article's language uses once in 100,000 words or more
    /// ("Richtung", "Sección", "Financial"): a run starting with one is a phrase, not a person,
    /// unless the word is a known given name.
    private func isCommonWord(_ folded: String) -> Bool {
        (frequencies.band(of: folded, in: document.language) ?? 0) >= 4
    }

    private func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && (!token.isAllCaps || token.text.unicodeScalars.count <= 3)
            && !document.cues.stopWords.contains(token.folded) && !document.cues.determiners.contains(token.folded)
            && token.text.unicodeScalars.count > 1
    }

    /// A run of capitalised words starting at `start`, hyphenated parts and particles included.
    private func capitalizedRun(from start: Int, in sentence: Sentence, covered: [Bool]) -> Range<Int>? {
        let tokens = document.tokens
        guard !covered[start], isNameWord(tokens[start]), tokens[start].glue == nil, !isTitleWord(tokens[start].folded) else { return nil }
        // After an article the run is a noun phrase ("eine Woche Zeit", "the Cold War"), not a name.
        if start > sentence.tokens.lowerBound, document.cues.determiners.contains(tokens[start - 1].folded) { return nil }
        var index = start
        var words = 0
        var last = start
        while index < sentence.tokens.upperBound, !covered[index], tokens[index].kind == .word {
            let token = tokens[index]
            if token.glue == "-" && words > 0 {
                index += 1
                last = index
            } else if isNameWord(token), token.glue == nil || words == 0 {
                words += 1
                index += 1
                last = index
            } else if words > 0, document.cues.nameParticles.contains(token.folded), index + 1 < sentence.tokens.upperBound,
                      isNameWord(tokens[index + 1]), !covered[index + 1] {
                index += 1
            } else {
                break
            }
        }
        // The run must not continue into a known name ("Prime Minister Okafor" is a title + name).
        guard words >= 2 else { return nil }
        return start..<last
    }

    /// How often each capitalised word stands alone (no capitalised neighbour), uncovered.
    private func standaloneWords(covered: [Bool]) -> [String: Int] {
        let tokens = document.tokens
        var counts: [String: Int] = [:]
        for sentence in document.sentences {
            for index in sentence.tokens where !covered[index] && isNameWord(tokens[index]) {
                let previousIsName = index > sentence.tokens.lowerBound && isNameWord(tokens[index - 1]) && !covered[index - 1]
                let nextIsName = index + 1 < sentence.tokens.upperBound && (isNameWord(tokens[index + 1]) || tokens[index + 1].glue == "-")
                if !previousIsName && !nextIsName && tokens[index].glue == nil {
                    counts[tokens[index].folded, default: 0] += 1
                }
            }
        }
        return counts
    }
}
