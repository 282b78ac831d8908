import RelGraphCore

/// One agreement per article however it is worded: news names a treaty once ("le traité de
/// partenariat stratégique") and then refers back to it by its head noun alone ("le traité",
/// "the deal", "das Abkommen") or by other words ("l'accord bilatéral de sécurité", "the
/// security pact").
enum AgreementReferences {
    static func resolve(_ readings: inout [SentenceMentions]) {
        resolveBareHeads(&readings)
        uniteWordings(&readings)
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
        for sentence in readings.indices {
            for index in readings[sentence].mentions.indices where isUnknownAgreement(readings[sentence].mentions[index]) {
                readings[sentence].mentions[index].actorID = representative.actorID
                readings[sentence].mentions[index].label = representative.label
            }
        }
    }

    /// An agreement found by its head noun or by the name tagger, not a treaty the lexicon names.
    private static func isUnknownAgreement(_ mention: Mention) -> Bool {
        mention.type == .agreement && (mention.kind == .agreement || mention.kind == .pattern)
    }
}
