import RelGraphCore

/// One agreement per article however it is worded: news names a treaty once ("le traité de
/// partenariat stratégique") and then refers back to it by its head noun alone ("le traité",
/// "the deal", "das Abkommen") or by other words ("l'accord bilatéral de sécurité", "the
/// security pact").
enum AgreementReferences {
    static func resolve(_ readings: inout [SentenceMentions], in document: AnalyzedDocument) {
        resolveBareHeads(&readings)
        uniteWordings(&readings)
        joinKnownAgreements(&readings, in: document)
    }

    /// Points every bare agreement head (a one-word agreement mention) at the agreement the
    /// article named most recently before it; with none named yet, the head stays its own actor.
    static func resolveBareHeads(_ readings: inout [SentenceMentions]) {
        var latestNamed: Mention?
        for sentence in readings.indices {
            // Mentions in reading order, so "the accord" after "the Paris Accord" in one sentence resolves.
            for index in readings[sentence].mentions.indices.sorted(by: {
                readings[sentence].mentions[$0].tokens.lowerBound < readings[sentence].mentions[$1].tokens.lowerBound }) {
                let mention = readings[sentence].mentions[index]
                guard mention.type == .agreement else { continue }
                if mention.tokens.count >= 2 && !mention.isWeak {
                    latestNamed = mention
                } else if mention.kind == .agreement, let named = latestNamed, named.actorID != mention.actorID {
                    readings[sentence].mentions[index].actorID = named.actorID
                    readings[sentence].mentions[index].label = named.label
                }
            }
        }
    }

    /// Points the agreements the lexicon does not know (found by their head noun or by the name
    /// tagger) at one actor: the one named by the longest of them (the earliest among
    /// equals), the fullest name the article gives. Most articles speak of one agreement (61
    /// of the 81 training articles with any name exactly one), and reading two wordings as two
    /// agreements splits its parties between two nodes. Without a pattern-found name of two
    /// words or more, nothing changes.
    static func uniteWordings(_ readings: inout [SentenceMentions]) {
        var representative: Mention?
        for mention in readings.flatMap(\.mentions) where isUnknownAgreement(mention) && !mention.isWeak {
            if mention.tokens.count >= 2, mention.tokens.count > representative?.tokens.count ?? 0 { representative = mention }
        }
        guard let representative else { return }
        readings.pointMentions { isUnknownAgreement($0) ? (representative.actorID, representative.label) : nil }
    }

    /// Words an unknown agreement's wordings must share with a known one's to be that agreement.
    /// One is enough: requiring two joined none of the validation articles' agreements that one
    /// joins (Benchmarks/EVALUATION.md).
    static let sharedWordsForKnownAgreement = 1

    /// Points the agreement the article's own wordings name (after ``uniteWordings(_:)``, one
    /// actor) at the treaty the lexicon knows when its wordings repeat a distinctive word of the
    /// names the article gives that treaty, and of no other: "the Russian-US Strategic Arms
    /// Reduction Treaty" after "the new Strategic Arms Reduction Treaty (START)", "el tratado de
    /// fuerzas nucleares firmado" after "el Tratado de Fuerzas Nucleares de Alcance Intermedio".
    /// News restates a treaty's name in other words; as a node of its own, the restatement
    /// matched no agreement and took the treaty's `party_to` edges (out of fold on the training
    /// articles). A deal with words of its own ("a hydrogen supply deal" beside "the Paris
    /// Agreement") stays apart.
    static func joinKnownAgreements(_ readings: inout [SentenceMentions], in document: AnalyzedDocument) {
        var knownWords: [String: Set<String>] = [:], knownLabels: [String: String] = [:]
        var unknownWords: [String: Set<String>] = [:]
        for mention in readings.flatMap(\.mentions) where mention.type == .agreement {
            let words = nameWords(mention.tokens, document)
            if isUnknownAgreement(mention) {
                unknownWords[mention.actorID, default: []].formUnion(words)
            } else {
                knownWords[mention.actorID, default: []].formUnion(words)
                knownLabels[mention.actorID] = mention.label
            }
        }
        guard !knownWords.isEmpty else { return }
        var knownFor: [String: String] = [:]
        for (unknown, words) in unknownWords {
            let matches = knownWords.filter { $0.value.intersection(words).count >= sharedWordsForKnownAgreement }
            if matches.count == 1, let known = matches.first?.key { knownFor[unknown] = known }
        }
        guard !knownFor.isEmpty else { return }
        readings.pointMentions { mention in
            guard isUnknownAgreement(mention), let known = knownFor[mention.actorID] else { return nil }
            return (known, knownLabels[known] ?? mention.label)
        }
    }

    /// The folded words of a name that tell one agreement from another: no head noun, no small
    /// word ("de", "the", "sur"), at least four letters.
    private static func nameWords(_ tokens: Range<Int>, _ document: AnalyzedDocument) -> Set<String> {
        let cues = document.cues, folded = document.foldedTokens
        return Set(tokens.filter { index in
            let word = folded[index]
            return document.tokens[index].kind == .word && word.count >= 4 && !cues.stopWords.contains(word)
                && !cues.determiners.contains(word) && !cues.ofPrepositions.contains(word) && !cues.agreementTopics.contains(word)
                && document.agreementHeadLength(at: index) == nil
        }.map { folded[$0] })
    }

    /// An agreement found by its head noun or by the name tagger, not a treaty the lexicon names.
    private static func isUnknownAgreement(_ mention: Mention) -> Bool {
        mention.type == .agreement && (mention.kind == .agreement || mention.kind == .pattern)
    }
}
