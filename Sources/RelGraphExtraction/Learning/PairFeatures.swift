import RelGraphCore
import RelGraphKnowledge

/// The features of one candidate pair, given to a ``FeatureSink``: as names (tests, reports) or
/// as hashed slots (training and extraction, which never build the names).
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
    /// Triggers of the sentence.
    let triggers: [SentenceTrigger]
    let isHeadline: Bool
    /// Negation and speculation cues anywhere in the sentence, read once for all its pairs.
    let sentenceIsNegated: Bool
    let sentenceIsHedged: Bool
    /// How many distinct actors the sentence names.
    let actorCount: Int

    /// Slots reserved for a pair's features (most pairs have fewer).
    static let usualFeatureCount = 128
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
        var triggers: [SentenceTrigger] = []
        let sentence = reading.sentence.tokens
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let found = document.triggerStarts[index].filter { index + $0.phrase.tokens.count <= sentence.upperBound }
            guard let longest = found.first else {
                index += 1
                continue
            }
            let span = index..<(index + longest.phrase.tokens.count)
            let modality = Modality.read(trigger: span, clause: sentence, phrase: longest.phrase, in: document)
            for trigger in found where trigger.phrase.tokens.count == longest.phrase.tokens.count {
                // A broken relationship ("Beziehungen … abgebrochen") reads as a negated cooperation.
                let broken = trigger.relation == .cooperate
                    && Modality.isBrokenRelationship(trigger: span, clause: sentence, phrase: trigger.phrase, in: document)
                triggers.append(SentenceTrigger(span: span, relation: trigger.relation, roles: trigger.roles, reading: broken ? .negated : modality,
                                                words: trigger.phrase.tokens.joined(separator: " ")))
            }
            index = span.upperBound
        }
        self.triggers = triggers
        sentenceIsNegated = Modality.isNegated(sentence, in: document)
        sentenceIsHedged = Modality.isHedged(sentence, in: document)
        actorCount = Set(reading.mentions.map(\.actorID)).count
    }

    /// The feature names of a pair.
    func features(of pair: CandidatePair) -> [String] {
        var names = FeatureNames()
        addFeatures(of: pair, to: &names)
        return names.names
    }

    /// The feature slots of a pair, as ``FeatureVector/init(_:)`` makes of its names.
    func vector(of pair: CandidatePair) -> FeatureVector {
        var slots = FeatureSlots()
        // Room for a pair's usual features at once, not grown by doubling from empty.
        slots.slots.reserveCapacity(Self.usualFeatureCount)
        addFeatures(of: pair, to: &slots)
        return slots.vector()
    }

    /// The feature slots of a pair without repeats, for a model whose sums of up to
    /// `orderFreeTerms` weights do not depend on their order (``WeightIndex/orderFreeSumTerms(startingFrom:)``):
    /// in the order added when there are no more, else sorted as ``vector(of:)`` sorts them.
    func slots(of pair: CandidatePair, orderFreeTerms: Int) -> [Int32] {
        var slots = FeatureSlots()
        slots.slots.reserveCapacity(Self.usualFeatureCount)
        addFeatures(of: pair, to: &slots)
        slots.removeRepeats(orderFreeUpTo: orderFreeTerms)
        return slots.slots
    }

    /// Adds the features of a pair to `sink`.
    func addFeatures(of pair: CandidatePair, to sink: inout some FeatureSink) {
        if pair.context == .topic { return addTopicFeatures(of: pair, to: &sink) }
        let first = pair.first, second = pair.second
        let tokens = document.tokens, folded = document.foldedTokens
        let sentence = reading.sentence.tokens
        // The pair's types, "person>country", end many names.
        let type1 = first.type.rawValue, type2 = second.type.rawValue
        sink.add("bias")
        sink.add("types=", type1, ">", type2)
        sink.add("kinds=", first.kind.rawValue, ">", second.kind.rawValue)
        sink.add("k1=", first.kind.rawValue)
        sink.add("k2=", second.kind.rawValue)
        if pair.firstIsModifier { sink.add("mod1") }
        if pair.secondIsModifier { sink.add("mod2") }
        if first.tokens.overlaps(second.tokens) || first.tokens == second.tokens { sink.add("overlap") }
        if isHeadline { sink.add("headline") }
        if let where1 = first.attributes[DocumentContext.pronounAttribute] { sink.add("pron1=", where1) }
        if let where2 = second.attributes[DocumentContext.pronounAttribute] { sink.add("pron2=", where2) }

        let gapStart = first.tokens.upperBound, gapEnd = max(first.tokens.upperBound, second.tokens.lowerBound)
        let gap = gapStart..<gapEnd
        let distance = gap.count
        let bucket = Self.bucket(distance)
        sink.add("dist=", bucket)
        sink.add("dist=", bucket, "|", type1, ">", type2)

        // Words between: all kept when few, else the first and last halves.
        let words = gap.filter { tokens[$0].kind != .punctuation }
        let kept = words.count <= Self.betweenWords ? words
            : Array(words.prefix(Self.betweenWords / 2)) + Array(words.suffix(Self.betweenWords / 2))
        for index in kept {
            sink.add("bw=", folded[index])
            sink.add("bs=", Self.stem(folded[index]))
        }
        if words.isEmpty { sink.add("bw=<none>") }
        if words.count == 1, let only = words.first { sink.add("only=", folded[only], "|", type1, ">", type2) }
        // How crowded the sentence is: in a list of six states, any two are rarely related.
        sink.add("actors=", String(min(actorCount, 6)), "|", type1, ">", type2)

        // Punctuation and structure between.
        var commas = 0
        for index in gap {
            // Only punctuation tokens can be these marks: words skip the string comparisons.
            if tokens[index].kind == .punctuation {
                let text = tokens[index].text
                switch text {
                case ",": commas += 1
                case ";", ":", "(", ")", "«", "»", "\"", "“", "”", "—", "–": sink.add("bp=", text)
                default: break
                }
            }
            let roles = document.roles(ofToken: index)
            if roles.contains(.clauseBreak) { sink.add("clausebreak") }
            if roles.contains(.coordination) { sink.add("coord-between") }
            if roles.contains(.passiveAuxiliary) { sink.add("passive-between") }
            if roles.contains(.agentPreposition) { sink.add("agent-between") }
        }
        sink.add("commas=", String(min(commas, 3)))
        // A loop, not allSatisfy: its closure copied this whole struct for every pair.
        var allCoordinated = true
        for index in words where document.roles(ofToken: index).isDisjoint(with: [.coordination, .determiner]) {
            allCoordinated = false
            break
        }
        if allCoordinated { sink.add("coordinated") }
        if let last = gap.last {
            let roles = document.roles(ofToken: last)
            if roles.contains(.agentPreposition) { sink.add("agent-before2") }
            if roles.contains(.placePreposition) { sink.add("place-before2|", type1, ">", type2) }
            if roles.contains(.ofPreposition) { sink.add("of-before2|", type1, ">", type2) }
        }

        // Words around the pair.
        for (offset, name) in [(1, "l1="), (2, "l2=")] where first.tokens.lowerBound - offset >= sentence.lowerBound {
            let index = first.tokens.lowerBound - offset
            sink.add(name, Self.stem(folded[index]))
        }
        for (offset, name) in [(0, "r1="), (1, "r2=")] where second.tokens.upperBound + offset < sentence.upperBound {
            let index = second.tokens.upperBound + offset
            sink.add(name, Self.stem(folded[index]))
        }
        if first.tokens.lowerBound > sentence.lowerBound,
           document.roles(ofToken: first.tokens.lowerBound - 1).contains(.placePreposition) { sink.add("place-before1|", type1, ">", type2) }

        // Other actors between.
        // Counted, not collected: copying mentions per pair was a measurable share of extraction.
        let inside = reading.mentions.count { isOtherActor($0, in: gap, besides: first, second) }
        sink.add("between-actors=", String(min(inside, 3)))

        if sentenceIsNegated { sink.add("sentence-negation") }
        if sentenceIsHedged { sink.add("sentence-speculation") }

        // Triggers by where they stand.
        // No other actor before the first of the two: it is likely the subject of a verb after it.
        let firstOpensSentence = !hasOtherActor(in: sentence.lowerBound..<first.tokens.lowerBound, besides: first, second)
        for entry in triggers {
            let place: TriggerPlace
            if entry.span.upperBound <= first.tokens.lowerBound {
                place = first.tokens.lowerBound - entry.span.upperBound <= Self.outsideWindow ? .left : .farLeft
            } else if entry.span.lowerBound >= second.tokens.upperBound {
                place = entry.span.lowerBound - second.tokens.upperBound <= Self.outsideWindow ? .right : .farRight
            } else if entry.span.lowerBound >= gapStart && entry.span.upperBound <= gapEnd {
                place = .between
            } else {
                place = .inside
            }
            let relation = entry.relation.rawValue
            let roles = entry.roles.rawValue
            sink.add("t", place.rawValue, "=", relation)
            sink.add("t", place.rawValue, "=", relation, "|", roles)
            sink.add("t", place.rawValue, "=", relation, "|", type1, ">", type2)
            switch entry.reading {
            case .negated: sink.add("t", place.rawValue, "=", relation, "|negated")
            case .possible: sink.add("t", place.rawValue, "=", relation, "|possible")
            case .asserted: break
            }
            if place == .between || place == .left || place == .right {
                sink.add("tw", place.rawValue, "=", entry.words)
            }
            if place == .left || place == .right {
                // Another actor nearer the trigger than the pair is its argument on that side.
                let near = place == .left ? entry.span.upperBound..<first.tokens.lowerBound : second.tokens.upperBound..<entry.span.lowerBound
                if hasOtherActor(in: near, besides: first, second) { sink.add("t", place.rawValue, "=", relation, "|blocked") }
            }
            if place == .between {
                // A trigger between the two belongs more to the nearer one: "A, which B accused"
                // and "A accused the ally of B" differ in where it stands.
                let toFirst = entry.span.lowerBound - gapStart, toSecond = gapEnd - entry.span.upperBound
                sink.add("tB=", relation, "|near", toFirst <= toSecond ? "1" : "2", "|", type1, ">", type2)
                sink.add("tB=", relation, "|d1=", Self.bucket(toFirst), "|d2=", Self.bucket(toSecond))
                // Another actor between a trigger and one of the pair is the trigger's nearer
                // argument on that side: in "A criticised B's trip to C" the trip is B's, not A's.
                let blockedLeft = hasOtherActor(in: gapStart..<entry.span.lowerBound, besides: first, second)
                let blockedRight = hasOtherActor(in: entry.span.upperBound..<gapEnd, besides: first, second)
                sink.add("tB=", relation, "|blocked", blockedLeft ? "1" : "0", blockedRight ? "1" : "0")
                if firstOpensSentence { sink.add("tB=", relation, "|opens") }
            }
        }
        if triggers.isEmpty { sink.add("no-trigger") }

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
            sink.add("rule=", found.type.rawValue, "|", direction)
            sink.add("rule=", found.type.rawValue, "|", direction, "|c", String(Int(found.confidence * 10)))
            if found.modality != nil { sink.add("rule-possible") }
        }

        // What the knowledge base knows about the two.
        addKnowledge(first.actorID, second.actorID, prefix: "kbf", to: &sink)
        addKnowledge(second.actorID, first.actorID, prefix: "kbb", to: &sink)
    }

    /// Whether a mention of an actor other than the pair's lies inside `range`.
    private func hasOtherActor(in range: Range<Int>, besides first: Mention, _ second: Mention) -> Bool {
        reading.mentions.contains { isOtherActor($0, in: range, besides: first, second) }
    }

    /// Whether `mention` lies inside `range` and names neither actor of the pair.
    private func isOtherActor(_ mention: Mention, in range: Range<Int>, besides first: Mention, _ second: Mention) -> Bool {
        mention.tokens.lowerBound >= range.lowerBound && mention.tokens.upperBound <= range.upperBound
            && mention.actorID != first.actorID && mention.actorID != second.actorID
    }

    /// A sentence actor paired with an article topic the sentence does not name: what the
    /// sentence says around its own actor, the triggers it holds, and what is known of the two.
    private func addTopicFeatures(of pair: CandidatePair, to sink: inout some FeatureSink) {
        let named = pair.first, topic = pair.second
        let folded = document.foldedTokens, sentence = reading.sentence.tokens
        let type1 = named.type.rawValue, type2 = topic.type.rawValue
        sink.add("topic-bias")
        sink.add("topic|types=", type1, ">", type2)
        sink.add("topic|k1=", named.kind.rawValue)
        sink.add("topic|k2=", topic.kind.rawValue)
        if pair.firstIsModifier { sink.add("topic|mod1") }
        if isHeadline { sink.add("topic|headline") }
        if named.attributes[DocumentContext.pronounAttribute] != nil { sink.add("topic|pronoun") }
        if named.tokens.lowerBound > sentence.lowerBound {
            sink.add("topic|l1=", Self.stem(folded[named.tokens.lowerBound - 1]))
        }
        if named.tokens.upperBound < sentence.upperBound {
            sink.add("topic|r1=", Self.stem(folded[named.tokens.upperBound]))
        }
        sink.add("topic|others=", String(min(actorCount - 1, 3)))
        for entry in triggers {
            let place = entry.span.upperBound <= named.tokens.lowerBound ? "L" : entry.span.lowerBound >= named.tokens.upperBound ? "R" : "in"
            let relation = entry.relation.rawValue
            sink.add("topic|t", place, "=", relation)
            sink.add("topic|t", place, "=", relation, "|", type1, ">", type2)
            sink.add("topic|t=", relation, "|", entry.roles.rawValue, "|", type1, ">", type2)
            if entry.reading == .negated { sink.add("topic|t=", relation, "|negated") }
            // As for two named actors: another actor nearer the trigger is its argument on that side.
            let near: Range<Int>? = place == "L" ? entry.span.upperBound..<named.tokens.lowerBound
                : place == "R" ? named.tokens.upperBound..<entry.span.lowerBound : nil
            if let near, hasOtherActor(in: near, besides: named, topic) { sink.add("topic|t", place, "=", relation, "|blocked") }
        }
        if triggers.isEmpty { sink.add("topic|no-trigger") }
        addKnowledge(named.actorID, topic.actorID, prefix: "topic|kbf", to: &sink)
        addKnowledge(topic.actorID, named.actorID, prefix: "topic|kbb", to: &sink)
    }

    private func addKnowledge(_ a: String, _ b: String, prefix: String, to sink: inout some FeatureSink) {
        guard let record = lexicon.actors[a] else { return }
        if isListedMember(a, of: b) { sink.add(prefix, "=member") }
        for position in record.positions where position.of == b {
            sink.add(prefix, "=office|", position.isCurrent ? "current" : "past")
        }
        for (key, value) in record.attributes where value == b && key != "iso" {
            sink.add(prefix, "=attr|", key)
        }
        if lexicon.hasFamilyLink(between: a, and: b) { sink.add(prefix, "=family") }
    }

    /// A trigger phrase of the sentence as the features read it: its token span, what it
    /// states, the argument roles, its modality, and the phrase's words joined by spaces.
    ///
    /// A struct, not a tuple: every pair loops over the sentence's triggers, and a tuple of
    /// these was copied through generic value witnesses at each step (with the whole
    /// ``RelationTrigger``), a measurable share of the pair features.
    struct SentenceTrigger {
        let span: Range<Int>
        let relation: RelationType
        let roles: ArgumentRoles
        let reading: Modality.Reading
        let words: String
    }

    /// Where a trigger stands from the pair, as its feature names say it.
    private enum TriggerPlace: String {
        /// Before the first mention, within ``outsideWindow`` words; farther.
        case left = "L", farLeft = "LL"
        /// After the second mention, within ``outsideWindow`` words; farther.
        case right = "R", farRight = "RR"
        /// Between the two; overlapping either.
        case between = "B", inside = "in"
    }

    /// Whether the knowledge base lists the state `a` among the members of the body `b`
    /// (`memberships.tsv`): news states "Armenia, one of the bloc's six members" about real members.
    private func isListedMember(_ a: String, of b: String) -> Bool {
        guard a.hasPrefix(Self.countryPrefix), b.hasPrefix(Self.organizationPrefix) else { return false }
        return lexicon.listsMember(a.dropFirst(Self.countryPrefix.count), of: b)
    }

    private static let countryPrefix = "country:", organizationPrefix = "organization:"

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
    static func stem(_ word: String) -> Substring {
        FeatureText.prefix(word, 6)
    }
}
