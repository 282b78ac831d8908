import RelGraphCore

/// One agreement per article however it is worded: news names a treaty once ("le traité de
/// partenariat stratégique") and then refers back to it by its head noun alone ("le traité",
/// "the deal", "das Abkommen").
enum AgreementReferences {
    /// Points every bare agreement head (a one-word agreement mention) at the agreement the
    /// article named most recently before it; with none named yet, the head stays its own actor.
    static func resolve(_ readings: inout [SentenceMentions]) {
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
}
