import RelGraphCore

/// The candidate arguments of a sentence's triggers: mentions grouped by coordination
/// ("le Chili et la Bolivie", "Okafor, Lindqvist and Haddad"), with clause limits.
struct ArgumentGroups {
    struct Group {
        var members: [Mention]
        var tokens: Range<Int>
    }

    let groups: [Group]
    let allMentions: [Mention]
    let sentence: Range<Int>
    let document: AnalyzedDocument
    /// Tokens of titles and of the nationality adjectives inside them.
    private let transparent: Set<Int>

    init(reading: SentenceMentions, document: AnalyzedDocument) {
        self.document = document
        sentence = reading.sentence.tokens
        allMentions = reading.mentions
        // Titles and the nationality adjectives inside them do not break a coordination:
        // "Prime Minister Okafor, Peruvian President Lindqvist and Chilean President Haddad".
        var transparent = Set<Int>()
        for title in reading.titles { transparent.formUnion(title.tokens) }
        for index in reading.modifiers { transparent.formUnion(reading.mentions[index].tokens) }
        self.transparent = transparent
        var groups: [Group] = []
        for (index, mention) in reading.mentions.enumerated() where !reading.modifiers.contains(index) {
            // A name inside another ("the Security Council" in "resolutions of the Security Council")
            // qualifies it and is not an argument of its own.
            if reading.mentions.contains(where: { $0 != mention && $0.tokens.count > mention.tokens.count
                && $0.tokens.lowerBound <= mention.tokens.lowerBound && mention.tokens.upperBound <= $0.tokens.upperBound }) {
                continue
            }
            if var last = groups.last, Self.joins(last.tokens.upperBound, mention.tokens.lowerBound, document: document,
                                                  transparent: transparent) {
                last.members.append(mention)
                last.tokens = last.tokens.lowerBound..<max(last.tokens.upperBound, mention.tokens.upperBound)
                groups[groups.count - 1] = last
            } else {
                groups.append(Group(members: [mention], tokens: mention.tokens))
            }
        }
        // Commas alone make an apposition ("NATO, the alliance's chief X"), not a list: a list
        // ends with a coordination ("A, B and C"). A pair reference ("the two leaders") is two
        // members on the same words, a list already.
        self.groups = groups.flatMap { group -> [Group] in
            guard group.members.count > 1, Set(group.members.map(\.actorID)).count > 1,
                  Set(group.members.map(\.tokens)).count > 1,
                  !group.tokens.contains(where: { document.cues.coordinations.contains(document.foldedTokens[$0]) }) else { return [group] }
            return group.members.map { Group(members: [$0], tokens: $0.tokens) }
        }
    }

    /// Whether only commas, coordinations and determiners stand between two mentions.
    /// The document's cues are read field by field, never copied whole (a copy retains some fifty references).
    private static func joins(_ end: Int, _ start: Int, document: AnalyzedDocument, transparent: Set<Int>) -> Bool {
        if start < end { return true }
        var sawLink = start == end
        for index in end..<start where !transparent.contains(index) {
            let token = document.tokens[index]
            if token.text == "," || document.cues.coordinations.contains(token.folded) {
                sawLink = true
            } else if !document.cues.determiners.contains(token.folded) && token.text != "'" {
                return false
            }
        }
        return sawLink
    }

    /// Whether `mention` is one of the two actors a pair reference ("the two leaders") stands for.
    func isPairReference(_ mention: Mention) -> Bool {
        allMentions.contains { $0.tokens == mention.tokens && $0.actorID != mention.actorID }
    }

    /// Whether a time preposition ("after", "après") stands in `start..<end`.
    func hasTimePreposition(between start: Int, and end: Int) -> Bool {
        (start..<max(start, end)).contains { document.cues.timePrepositions.contains(document.foldedTokens[$0]) }
    }

    /// Whether an agent preposition introduces the mention: "a statement released by the
    /// foreign ministry" (articles between them allowed).
    func isIntroducedByAgent(_ mention: Mention) -> Bool {
        var index = mention.tokens.lowerBound - 1
        while index >= 0, document.cues.determiners.contains(document.foldedTokens[index]) { index -= 1 }
        return index >= 0 && document.cues.agentPrepositions.contains(document.foldedTokens[index])
    }

    /// Whether `mention` is the direct object of a verb ending at `index`: only determiners,
    /// titles, names and the Spanish personal "a" ("recibió a Zelenski") stand between
    /// ("received Peruvian President Lindqvist"), no noun of their own ("received combat drones
    /// from Iran").
    func isDirectObject(_ mention: Mention, after index: Int) -> Bool {
        (index..<mention.tokens.lowerBound).allSatisfy { position in
            transparent.contains(position) || document.cues.determiners.contains(document.foldedTokens[position])
                || position == index && document.cues.datives.contains(document.foldedTokens[position])
                || allMentions.contains { $0.tokens.contains(position) }
        }
    }

    /// Whether a determiner stands right before `index` ("l'attaque", "the attack"): the word
    /// there is a noun, whatever else it could be.
    func followsDeterminer(_ index: Int) -> Bool {
        let previous = wordIndex(before: index)
        return previous >= sentence.lowerBound && document.cues.determiners.contains(document.foldedTokens[previous])
    }

    /// The token before `index`, stepping over an elided article's apostrophe ("l'attaque").
    private func wordIndex(before index: Int) -> Int {
        let previous = index - 1
        return previous > sentence.lowerBound && document.tokens[previous].text == "'" ? previous - 1 : previous
    }

    /// Whether the noun at `index` follows a definite article that follows a preposition of topic,
    /// a verb of discussion or "of" ("about the war", "discussed the war", "de la guerra", "über den
    /// Krieg", "the end of the war").
    func isTopicOfPhrase(nounAt index: Int) -> Bool {
        let cues = document.cues
        let article = wordIndex(before: index)
        let before = article - 1
        guard before >= sentence.lowerBound, cues.definiteArticles.contains(document.foldedTokens[article]) else { return false }
        let word = document.foldedTokens[before]
        return cues.topicPrepositions.contains(word) || cues.topicVerbs.contains(word) || cues.ofPrepositions.contains(word)
    }

    func isInsideMention(_ span: Range<Int>) -> Bool {
        allMentions.contains { $0.tokens.lowerBound <= span.lowerBound && span.upperBound <= $0.tokens.upperBound }
    }

    private func isBreak(_ index: Int) -> Bool {
        // Only a punctuation token can be one of the marks: words skip the string comparisons.
        if document.tokens[index].kind == .punctuation {
            let text = document.tokens[index].text
            if text == ";" || text == ":" || text == "\u{2013}" { return true }
        }
        return document.roles(ofToken: index).contains(.clauseBreak)
    }

    /// The clause around a span: up to a semicolon, colon, dash or clause word ("mais", "but").
    func clause(around span: Range<Int>) -> Range<Int> {
        var start = span.lowerBound
        while start > sentence.lowerBound, !isBreak(start - 1) { start -= 1 }
        var end = span.upperBound
        while end < sentence.upperBound, !isBreak(end) { end += 1 }
        return start..<end
    }

    /// The nearest group ending before `index` with members of `types`.
    func left(of index: Int, within clause: Range<Int>, window: Int, types: Set<ActorType>, excluding: [Mention]? = nil) -> [Mention]? {
        for (position, group) in groups.enumerated().reversed() where group.tokens.upperBound <= index {
            guard group.tokens.lowerBound >= clause.lowerBound, index - group.tokens.upperBound <= window else { return nil }
            let members = group.members.filter { types.contains($0.type) && !(excluding ?? []).contains($0) }
            if !members.isEmpty {
                return subjectBeforeApposition(position, verb: index, clause: clause, types: types) ?? members
            }
        }
        return nil
    }

    /// "Okafor, à la tête du Mercosur, a critiqué": when the nearest actor closes an apposition
    /// between commas, the subject is the actor that opens it.
    private func subjectBeforeApposition(_ position: Int, verb: Int, clause: Range<Int>, types: Set<ActorType>) -> [Mention]? {
        let group = groups[position]
        let tokens = document.tokens
        guard group.tokens.upperBound < verb, tokens[group.tokens.upperBound].text == "," else { return nil }
        guard let opening = (clause.lowerBound..<group.tokens.lowerBound).last(where: { tokens[$0].text == "," }) else { return nil }
        for earlier in groups[..<position].reversed() where earlier.tokens.upperBound <= opening {
            guard opening - earlier.tokens.upperBound <= 1, earlier.tokens.lowerBound >= clause.lowerBound else { return nil }
            let members = earlier.members.filter { types.contains($0.type) }
            return members.isEmpty ? nil : members
        }
        return nil
    }

    /// "President Okafor of Peru met …": a state or body right after "of" completes the title of
    /// the person before it, so the person, not the complement, is the one acting.
    func titleHolder(completedBy group: [Mention]) -> [Mention]? {
        guard group.count == 1, let complement = group.first, complement.type != .person else { return nil }
        let cues = document.cues
        var index = complement.tokens.lowerBound - 1
        while index > sentence.lowerBound, cues.determiners.contains(document.foldedTokens[index]) { index -= 1 }
        guard index > sentence.lowerBound, cues.ofPrepositions.contains(document.foldedTokens[index]) else { return nil }
        let holders = allMentions.filter { $0.type == .person && $0.tokens.upperBound == index }
        return holders.isEmpty ? nil : holders
    }

    /// Whether the actor appears in the clause only after "contre", "against", "gegen".
    func isOpposed(_ actorID: String, within clause: Range<Int>) -> Bool {
        let cues = document.cues
        let places = allMentions.filter { $0.actorID == actorID && clause.contains($0.tokens.lowerBound) }
        guard !places.isEmpty else { return false }
        return places.allSatisfy { mention in
            var index = mention.tokens.lowerBound - 1
            while index > clause.lowerBound, cues.determiners.contains(document.foldedTokens[index]) || document.tokens[index].text == "'" {
                index -= 1
            }
            return index >= clause.lowerBound && cues.adversatives.contains(document.foldedTokens[index])
        }
    }

    /// The first group of the clause before `index` with members of `types`: the clause subject.
    func first(within clause: Range<Int>, before index: Int, types: Set<ActorType>) -> [Mention]? {
        for group in groups where group.tokens.lowerBound >= clause.lowerBound && group.tokens.upperBound <= index {
            let members = group.members.filter { types.contains($0.type) }
            if !members.isEmpty { return members }
        }
        return nil
    }

    /// The nearest group starting at or after `index` with members of `types`.
    func right(of index: Int, within clause: Range<Int>, window: Int, types: Set<ActorType>, excluding: [Mention]? = nil) -> [Mention]? {
        for group in groups where group.tokens.lowerBound >= index {
            guard group.tokens.upperBound <= clause.upperBound, group.tokens.lowerBound - index <= window else { return nil }
            let members = group.members.filter { types.contains($0.type) && !(excluding ?? []).contains($0) }
            if !members.isEmpty { return members }
        }
        return nil
    }

    /// "Russia's invasion", "Chile's Mercosur membership": the actor before a possessive 's just
    /// before `index`, or before a name that stands just before `index`.
    func possessor(before index: Int, types: Set<ActorType>) -> [Mention]? {
        var index = index
        if let compound = compound(before: index) { index = compound.tokens.lowerBound }
        guard index - 1 > sentence.lowerBound else { return nil }
        let token = document.tokens[index - 1]
        guard token.folded == "s", token.glue == "'" else { return nil }
        let members = allMentions.filter { $0.tokens.upperBound == index - 1 && types.contains($0.type) }
        return members.isEmpty ? nil : members
    }

    /// "NATO membership", "UN sanctions": a name used as the noun's modifier, right before it.
    func compound(before index: Int) -> Mention? {
        allMentions.first { $0.tokens.upperBound == index && $0.kind != .demonym && $0.kind != .role }
    }

    /// The groups of `clause` that end before `index`, at most `window` tokens from it.
    private func groups(before index: Int, within clause: Range<Int>, window: Int) -> [Group] {
        groups.filter { $0.tokens.upperBound <= index && $0.tokens.lowerBound >= clause.lowerBound && index - $0.tokens.upperBound <= window }
    }

    /// The two nearest groups before `index` (farther first) in the same clause: in verb-final
    /// clauses "dass die EU Niger sanktioniert" the farther one is the subject. A group after a
    /// place preposition closes the object's phrase rather than being the object ("Moldau hat den
    /// russischen Angriffskrieg in der Ukraine verurteilt" condemns Russia): the nearest object
    /// not so introduced is taken when a subject stands before it, else the nearest of all.
    func twoLeft(of index: Int, within clause: Range<Int>, window: Int, subjectTypes: Set<ActorType>,
                 objectTypes: Set<ActorType>) -> (subject: [Mention], object: [Mention])? {
        let before = groups(before: index, within: clause, window: window)
        let isObject = { (group: Group) in group.members.contains { objectTypes.contains($0.type) } }
        func arguments(objectAt objectIndex: Int) -> (subject: [Mention], object: [Mention])? {
            guard let subjectIndex = before[..<objectIndex].lastIndex(where: { $0.members.contains { subjectTypes.contains($0.type) } })
            else { return nil }
            return (before[subjectIndex].members.filter { subjectTypes.contains($0.type) },
                    before[objectIndex].members.filter { objectTypes.contains($0.type) })
        }
        if let unplaced = before.indices.last(where: {
               isObject(before[$0]) && document.placePreposition(before: before[$0].tokens.lowerBound, in: clause) == nil
           }), let found = arguments(objectAt: unplaced) {
            return found
        }
        return before.lastIndex(where: isObject).flatMap(arguments(objectAt:))
    }

    /// The agent and patient of a passive clause whose participle ends it: "dass die Ukraine
    /// von Russland angegriffen wurde", "Die Ukraine wurde von Russland angegriffen". A passive
    /// auxiliary stands in the clause, the agent is the group introduced by "von" or "durch"
    /// before `index`, and the patient the nearest other group of its types. Nil when the clause
    /// has no auxiliary or no such agent.
    func passiveBefore(_ index: Int, within clause: Range<Int>, window: Int, agentTypes: Set<ActorType>,
                       patientTypes: Set<ActorType>) -> (agent: [Mention], patient: [Mention])? {
        let cues = document.cues
        // In a subordinate clause the auxiliary follows the participle ("angegriffen worden sei").
        guard clause.contains(where: { cues.passiveAuxiliaries.contains(document.foldedTokens[$0]) })
        else { return nil }
        let before = groups(before: index, within: clause, window: window)
        guard let agent = before.last(where: { group in group.members.contains { agentTypes.contains($0.type) }
                  && group.members.contains(where: isIntroducedByAgent) }),
              let patient = before.last(where: { group in group.tokens != agent.tokens
                  && group.members.contains { patientTypes.contains($0.type) } && !group.members.contains(where: isIntroducedByAgent) })
        else { return nil }
        return (agent.members.filter { agentTypes.contains($0.type) }, patient.members.filter { patientTypes.contains($0.type) })
    }

    /// A place introduced by a place preposition after `index` in the clause ("à Lima", "in Santiago").
    func placeAfter(_ index: Int, within clause: Range<Int>) -> Mention? {
        let cues = document.cues
        return allMentions.first { mention in
            mention.type == .location && mention.tokens.lowerBound > index && mention.tokens.upperBound <= clause.upperBound
                && mention.tokens.lowerBound > 0 && cues.placePrepositions.contains(document.tokens[mention.tokens.lowerBound - 1].folded)
        }
    }

    /// "l'invasion russe", "the Russian invasion": a nationality adjective next to the noun, on
    /// the side where the language puts adjectives. On the other side it qualifies another word:
    /// "sanctioned Russian Railways" names the patient, not the agent.
    func adjacentDemonym(to span: Range<Int>, types: Set<ActorType>) -> [Mention]? {
        let before = document.cues.adjectivesPrecede
        let members = allMentions.filter {
            $0.kind == .demonym && types.contains($0.type)
                && (before ? $0.tokens.upperBound == span.lowerBound : $0.tokens.lowerBound == span.upperBound)
        }
        return members.isEmpty ? nil : members
    }
}
