import RelGraphCore
import RelGraphKnowledge

/// The features of one candidate pair, as names (hashed later by ``FeatureVector``).
///
/// They describe how news states a relation: the trigger words of the language's lexicon
/// before, between and after the two mentions (with their negation and speculation), the
/// words between and around them (as written and cut to a stem, so inflections share weight),
/// punctuation, distance, clause breaks, passive markers, the actors' types and how each is
/// named, coordination, the knowledge base's own facts about the two, and the hand-written
/// rules' verdicts. Every name is language-neutral except the words themselves.
public struct PairFeatures {
    let document: AnalyzedDocument
    let reading: SentenceMentions
    let lexicon: Lexicon
    /// Relations the rules found in this sentence (``RelationExtractor``, titles, containment).
    let ruleRelations: [FoundRelation]
    /// Triggers of the sentence: token span, relation, argument roles, modality.
    let triggers: [(span: Range<Int>, trigger: RelationTrigger, reading: Modality.Reading)]
    let isHeadline: Bool
    /// Negation and speculation cues anywhere in the sentence, read once for all its pairs.
    let sentenceIsNegated: Bool
    let sentenceIsHedged: Bool

    /// How many words between the mentions are kept as features (the first and last halves).
    static let betweenWords = 10
    /// How far before the first or after the second mention a trigger still counts as theirs.
    static let outsideWindow = 6

    init(document: AnalyzedDocument, reading: SentenceMentions, lexicon: Lexicon, ruleRelations: [FoundRelation], isHeadline: Bool) {
        self.document = document
        self.reading = reading
        self.lexicon = lexicon
        self.ruleRelations = ruleRelations
        self.isHeadline = isHeadline
        var triggers: [(span: Range<Int>, trigger: RelationTrigger, reading: Modality.Reading)] = []
        let sentence = reading.sentence.tokens
        let folded = document.foldedTokens
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let found = document.cues.triggers(in: folded, at: index).filter { index + $0.phrase.tokens.count <= sentence.upperBound }
            guard let longest = found.first else {
                index += 1
                continue
            }
            let span = index..<(index + longest.phrase.tokens.count)
            let modality = Modality.read(trigger: span, clause: sentence, folded: folded, phrase: longest.phrase, cues: document.cues)
            for trigger in found where trigger.phrase.tokens.count == longest.phrase.tokens.count {
                triggers.append((span, trigger, modality))
            }
            index = span.upperBound
        }
        self.triggers = triggers
        let cues = document.cues
        sentenceIsNegated = sentence.contains { cues.match(cues.negations, in: folded, at: $0) != nil }
        sentenceIsHedged = sentence.contains { cues.match(cues.speculations, in: folded, at: $0) != nil }
    }

    /// The feature names of a pair.
    func features(of pair: CandidatePair) -> [String] {
        if pair.context == .topic { return topicFeatures(of: pair) }
        let first = pair.first, second = pair.second
        let tokens = document.tokens, folded = document.foldedTokens, cues = document.cues
        let sentence = reading.sentence.tokens
        var features = ["bias"]
        let types = "\(first.type.rawValue)>\(second.type.rawValue)"
        features.append("types=\(types)")
        features.append("kinds=\(first.kind.rawValue)>\(second.kind.rawValue)")
        features.append("k1=\(first.kind.rawValue)")
        features.append("k2=\(second.kind.rawValue)")
        if pair.firstIsModifier { features.append("mod1") }
        if pair.secondIsModifier { features.append("mod2") }
        if first.tokens.overlaps(second.tokens) || first.tokens == second.tokens { features.append("overlap") }
        if isHeadline { features.append("headline") }
        if let where1 = first.attributes[DocumentContext.pronounAttribute] { features.append("pron1=\(where1)") }
        if let where2 = second.attributes[DocumentContext.pronounAttribute] { features.append("pron2=\(where2)") }

        let gapStart = first.tokens.upperBound, gapEnd = max(first.tokens.upperBound, second.tokens.lowerBound)
        let gap = gapStart..<gapEnd
        let distance = gap.count
        let bucket = Self.bucket(distance)
        features.append("dist=\(bucket)")
        features.append("dist=\(bucket)|\(types)")

        // Words between: all kept when few, else the first and last halves.
        let words = gap.filter { tokens[$0].kind != .punctuation }
        let kept = words.count <= Self.betweenWords ? words
            : Array(words.prefix(Self.betweenWords / 2)) + Array(words.suffix(Self.betweenWords / 2))
        for index in kept {
            features.append("bw=\(folded[index])")
            features.append("bs=\(Self.stem(folded[index]))")
        }
        if words.isEmpty { features.append("bw=<none>") }
        if words.count == 1, let only = words.first { features.append("only=\(folded[only])|\(types)") }

        // Punctuation and structure between.
        var commas = 0
        for index in gap {
            let text = tokens[index].text
            switch text {
            case ",": commas += 1
            case ";", ":", "(", ")", "«", "»", "\"", "“", "”", "—", "–": features.append("bp=\(text)")
            default: break
            }
            if cues.clauseBreaks.contains(folded[index]) { features.append("clausebreak") }
            if cues.coordinations.contains(folded[index]) { features.append("coord-between") }
            if cues.passiveAuxiliaries.contains(folded[index]) { features.append("passive-between") }
            if cues.agentPrepositions.contains(folded[index]) { features.append("agent-between") }
        }
        features.append("commas=\(min(commas, 3))")
        if words.allSatisfy({ cues.coordinations.contains(folded[$0]) || cues.determiners.contains(folded[$0]) }) {
            features.append("coordinated")
        }
        if let last = gap.last, cues.agentPrepositions.contains(folded[last]) { features.append("agent-before2") }
        if let last = gap.last, cues.placePrepositions.contains(folded[last]) { features.append("place-before2|\(types)") }
        if let last = gap.last, cues.ofPrepositions.contains(folded[last]) { features.append("of-before2|\(types)") }

        // Words around the pair.
        for (offset, name) in [(1, "l1"), (2, "l2")] where first.tokens.lowerBound - offset >= sentence.lowerBound {
            let index = first.tokens.lowerBound - offset
            features.append("\(name)=\(Self.stem(folded[index]))")
        }
        for (offset, name) in [(0, "r1"), (1, "r2")] where second.tokens.upperBound + offset < sentence.upperBound {
            let index = second.tokens.upperBound + offset
            features.append("\(name)=\(Self.stem(folded[index]))")
        }
        if first.tokens.lowerBound > sentence.lowerBound,
           cues.placePrepositions.contains(folded[first.tokens.lowerBound - 1]) { features.append("place-before1|\(types)") }

        // Other actors between.
        let inside = reading.mentions.filter { $0.tokens.lowerBound >= gapStart && $0.tokens.upperBound <= gapEnd
            && $0.actorID != first.actorID && $0.actorID != second.actorID }
        features.append("between-actors=\(min(inside.count, 3))")

        if sentenceIsNegated { features.append("sentence-negation") }
        if sentenceIsHedged { features.append("sentence-speculation") }

        // Triggers by where they stand.
        for entry in triggers {
            let place: String
            if entry.span.upperBound <= first.tokens.lowerBound {
                place = first.tokens.lowerBound - entry.span.upperBound <= Self.outsideWindow ? "L" : "LL"
            } else if entry.span.lowerBound >= second.tokens.upperBound {
                place = entry.span.lowerBound - second.tokens.upperBound <= Self.outsideWindow ? "R" : "RR"
            } else if entry.span.lowerBound >= gapStart && entry.span.upperBound <= gapEnd {
                place = "B"
            } else {
                place = "in"
            }
            let relation = entry.trigger.relation.rawValue
            let roles = entry.trigger.roles.rawValue
            features.append("t\(place)=\(relation)")
            features.append("t\(place)=\(relation)|\(roles)")
            features.append("t\(place)=\(relation)|\(types)")
            switch entry.reading {
            case .negated: features.append("t\(place)=\(relation)|negated")
            case .possible: features.append("t\(place)=\(relation)|possible")
            case .asserted: break
            }
            if place == "B" || place == "L" || place == "R" {
                features.append("tw\(place)=\(entry.trigger.phrase.tokens.joined(separator: " "))")
            }
        }
        if triggers.isEmpty { features.append("no-trigger") }

        // What the rules said about these two.
        for found in ruleRelations {
            let direction: String
            if found.source == first.actorID && found.target == second.actorID {
                direction = found.type.isSymmetric ? "sym" : "fwd"
            } else if found.source == second.actorID && found.target == first.actorID {
                direction = found.type.isSymmetric ? "sym" : "bwd"
            } else {
                continue
            }
            features.append("rule=\(found.type.rawValue)|\(direction)")
            features.append("rule=\(found.type.rawValue)|\(direction)|c\(Int(found.confidence * 10))")
            if found.modality != nil { features.append("rule-possible") }
        }

        // What the knowledge base knows about the two.
        features += knowledge(first.actorID, second.actorID, prefix: "kbf")
        features += knowledge(second.actorID, first.actorID, prefix: "kbb")
        return features
    }

    /// A sentence actor paired with an article topic the sentence does not name: what the
    /// sentence says around its own actor, the triggers it holds, and what is known of the two.
    private func topicFeatures(of pair: CandidatePair) -> [String] {
        let named = pair.first, topic = pair.second
        let folded = document.foldedTokens, sentence = reading.sentence.tokens
        let types = "\(named.type.rawValue)>\(topic.type.rawValue)"
        var features = ["topic-bias", "topic|types=\(types)", "topic|k1=\(named.kind.rawValue)", "topic|k2=\(topic.kind.rawValue)"]
        if pair.firstIsModifier { features.append("topic|mod1") }
        if isHeadline { features.append("topic|headline") }
        if named.attributes[DocumentContext.pronounAttribute] != nil { features.append("topic|pronoun") }
        if named.tokens.lowerBound > sentence.lowerBound {
            features.append("topic|l1=\(Self.stem(folded[named.tokens.lowerBound - 1]))")
        }
        if named.tokens.upperBound < sentence.upperBound {
            features.append("topic|r1=\(Self.stem(folded[named.tokens.upperBound]))")
        }
        let others = Set(reading.mentions.map(\.actorID)).count - 1
        features.append("topic|others=\(min(others, 3))")
        for entry in triggers {
            let place = entry.span.upperBound <= named.tokens.lowerBound ? "L" : entry.span.lowerBound >= named.tokens.upperBound ? "R" : "in"
            let relation = entry.trigger.relation.rawValue
            features.append("topic|t\(place)=\(relation)")
            features.append("topic|t\(place)=\(relation)|\(types)")
            features.append("topic|t=\(relation)|\(entry.trigger.roles.rawValue)|\(types)")
            if entry.reading == .negated { features.append("topic|t=\(relation)|negated") }
        }
        if triggers.isEmpty { features.append("topic|no-trigger") }
        features += knowledge(named.actorID, topic.actorID, prefix: "topic|kbf")
        features += knowledge(topic.actorID, named.actorID, prefix: "topic|kbb")
        return features
    }

    private func knowledge(_ a: String, _ b: String, prefix: String) -> [String] {
        guard let record = lexicon.actors[a] else { return [] }
        var features: [String] = []
        for position in record.positions where position.of == b {
            features.append("\(prefix)=office|\(position.isCurrent ? "current" : "past")")
        }
        for (key, value) in record.attributes where value == b && key != "iso" {
            features.append("\(prefix)=attr|\(key)")
        }
        if lexicon.familyLinks(of: a).contains(where: { $0.relative == b || $0.person == b }) { features.append("\(prefix)=family") }
        return features
    }

    static func bucket(_ distance: Int) -> String {
        switch distance {
        case 0: return "0"
        case 1: return "1"
        case 2: return "2"
        case 3...4: return "3-4"
        case 5...7: return "5-7"
        case 8...12: return "8-12"
        case 13...20: return "13-20"
        default: return "21+"
        }
    }

    /// A crude stem: the first six letters, enough to join "sanctions", "sanctionné",
    /// "sanktionierte" with their kin without a lemma table per language.
    static func stem(_ word: String) -> String {
        word.count <= 6 ? word : String(word.prefix(6))
    }
}
