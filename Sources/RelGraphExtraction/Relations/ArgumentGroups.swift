import RelGraphCore

/// The candidate arguments of a sentence's triggers: mentions grouped by coordination
/// ("la Russie et la Corée du Nord", "Kishida, Biden and Yoon"), with clause limits.
struct ArgumentGroups {
    struct Group {
        var members: [Mention]
        var tokens: Range<Int>
    }

    let groups: [Group]
    let allMentions: [Mention]
    let sentence: Range<Int>
    let document: AnalyzedDocument

    init(reading: SentenceMentions, document: AnalyzedDocument) {
        self.document = document
        sentence = reading.sentence.tokens
        allMentions = reading.mentions
        let cues = document.cues
        var groups: [Group] = []
        for (index, mention) in reading.mentions.enumerated() where !reading.modifiers.contains(index) {
            if var last = groups.last, Self.joins(last.tokens.upperBound, mention.tokens.lowerBound, document: document, cues: cues) {
                last.members.append(mention)
                last.tokens = last.tokens.lowerBound..<max(last.tokens.upperBound, mention.tokens.upperBound)
                groups[groups.count - 1] = last
            } else {
                groups.append(Group(members: [mention], tokens: mention.tokens))
            }
        }
        self.groups = groups
    }

    /// Whether only commas, coordinations and determiners stand between two mentions.
    private static func joins(_ end: Int, _ start: Int, document: AnalyzedDocument, cues: LanguageCues) -> Bool {
        if start < end { return true }
        var sawLink = start == end
        for index in end..<start {
            let token = document.tokens[index]
            if token.text == "," || cues.coordinations.contains(token.folded) {
                sawLink = true
            } else if !cues.determiners.contains(token.folded) && token.text != "'" {
                return false
            }
        }
        return sawLink
    }

    func isInsideMention(_ span: Range<Int>) -> Bool {
        allMentions.contains { $0.tokens.lowerBound <= span.lowerBound && span.upperBound <= $0.tokens.upperBound }
    }

    private func isBreak(_ index: Int) -> Bool {
        let token = document.tokens[index]
        return token.text == ";" || token.text == ":" || token.text == "\u{2013}" || document.cues.clauseBreaks.contains(token.folded)
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
        for group in groups.reversed() where group.tokens.upperBound <= index {
            guard group.tokens.lowerBound >= clause.lowerBound, index - group.tokens.upperBound <= window else { return nil }
            let members = group.members.filter { types.contains($0.type) && !(excluding ?? []).contains($0) }
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

    /// "Russia's invasion": the actor before a possessive 's just before `index`.
    func possessor(before index: Int, types: Set<ActorType>) -> [Mention]? {
        guard index - 1 > sentence.lowerBound else { return nil }
        let token = document.tokens[index - 1]
        guard token.folded == "s", token.glue == "'" else { return nil }
        let members = allMentions.filter { $0.tokens.upperBound == index - 1 && types.contains($0.type) }
        return members.isEmpty ? nil : members
    }

    /// "l'invasion russe", "the Russian invasion": a nationality adjective next to the noun.
    func adjacentDemonym(to span: Range<Int>, types: Set<ActorType>) -> [Mention]? {
        let members = allMentions.filter {
            $0.kind == .demonym && types.contains($0.type)
                && ($0.tokens.lowerBound == span.upperBound || $0.tokens.upperBound == span.lowerBound)
        }
        return members.isEmpty ? nil : members
    }
}
