import RelGraphCore

/// What the mention stages found in one sentence.
public struct SentenceMentions: Sendable {
    public var sentence: Sentence
    /// Resolved mentions, sorted by first token. Several mentions may share a span ("les deux
    /// dirigeants" stands for two persons).
    public var mentions: [Mention]
    public var titles: [TitleMention]
    /// Relations stated by the noun phrases themselves: titles ("le président russe X" →
    /// leader_of) and containment ("Cusco (Pérou)" → located_in).
    public var statedRelations: [FoundRelation]
    /// Indices of mentions that only qualify a title ("russe" in "le président russe X"): they
    /// name an actor but are not arguments of the sentence's verbs.
    public var modifiers: Set<Int> = []
    /// Persons a title here says serve a state without leading it ("el canciller mexicano, X",
    /// "Iran's foreign minister X"): no edge, since `member_of` joins bodies, not states, but a
    /// fact the graph builder uses (two persons serving one state do not meet).
    public var servedStates: [ServedState] = []

    /// The actors among `mentions` that every one of those mentions names in a way `holds` accepts:
    /// an actor named so only ("drills surrounding Taiwan", "talks in Oman") plays no part in
    /// the relations a sentence-level check removes; one also named otherwise does.
    func actorsNamedOnly(_ mentions: some Sequence<Mention>, where holds: (Mention) -> Bool) -> Set<String> {
        var only: [String: Bool] = [:]
        for mention in mentions { only[mention.actorID] = (only[mention.actorID] ?? true) && holds(mention) }
        return Set(only.filter(\.value).keys)
    }
}

extension [SentenceMentions] {
    /// Points every mention `actor` returns an actor for at that actor (its id and label): the
    /// one step of every rule that finds two wordings to name one actor.
    mutating func pointMentions(at actor: (Mention) -> (actorID: String, label: String)?) {
        for sentence in indices {
            for index in self[sentence].mentions.indices {
                guard let target = actor(self[sentence].mentions[index]) else { continue }
                self[sentence].mentions[index].actorID = target.actorID
                self[sentence].mentions[index].label = target.label
            }
        }
    }
}

/// A person and the state a title says they serve.
public struct ServedState: Sendable, Hashable {
    public var person: String
    public var state: String
}

/// A relation found in a sentence, before the graph builder merges it.
public struct FoundRelation: Sendable, Equatable {
    public var source: String
    public var target: String
    public var type: RelationType
    public var confidence: Double
    public var modality: String?
}
