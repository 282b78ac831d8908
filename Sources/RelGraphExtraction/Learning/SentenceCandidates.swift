import RelGraphCore

/// Two actors named in one sentence, each by one of its mentions: the unit the relation
/// classifier decides on. Two actors named several times make a few pairs, nearest mentions first
/// (`SentenceCandidates.mentionPairsPerActorPair`).
public struct CandidatePair: Sendable {
    /// Where the second actor comes from.
    public enum Context: String, Sendable {
        /// Both are named in the sentence (or one by a pronoun).
        case sentence
        /// The second is one of the article's main actors, not named in this sentence.
        case topic
    }

    public var context: Context = .sentence
    /// The earlier mention in the text.
    public var first: Mention
    public var second: Mention
    /// Whether ``first`` only qualifies a title ("russe" in "le président russe X").
    public var firstIsModifier: Bool
    public var secondIsModifier: Bool
}

/// The candidate pairs of a sentence.
public enum SentenceCandidates {
    /// Beyond this many distinct actors in one sentence (a list of 200 countries), only the
    /// first ones pair up: pairs grow with the square of actors, and such lists state
    /// memberships the title rules already read.
    public static let maximumActors = 24

    /// Pairs of the sentence's actors (named, or standing behind `pronouns`), then each of them
    /// with each of the article's `topics` the sentence does not name.
    static func pairs(in reading: SentenceMentions, pronouns: [Mention] = [], topics: [Mention] = []) -> [CandidatePair] {
        // Every mention of each actor, in reading order, grouped by actor in the order the actors
        // are first named. At most ``maximumActors`` groups: an actor's group is found by a scan
        // of their ids, cheaper than hashing the id twice per mention as a dictionary did.
        var order: [String] = []
        var byActor: [[(mention: Mention, modifier: Bool)]] = []
        let all = reading.mentions.enumerated().map { ($1, reading.modifiers.contains($0)) } + pronouns.map { ($0, false) }
        for (mention, modifier) in all {
            if let group = order.firstIndex(of: mention.actorID) {
                byActor[group].append((mention, modifier))
            } else if order.count < maximumActors {
                order.append(mention.actorID)
                byActor.append([(mention, modifier)])
            }
        }
        var pairs: [CandidatePair] = []
        for a in byActor.indices {
            for b in byActor.indices where b > a {
                pairs.append(contentsOf: mentionPairs(byActor[a], byActor[b]))
            }
        }
        for topic in topics where !order.contains(topic.actorID) {
            for group in byActor {
                guard let named = group.first(where: { !$0.modifier }) ?? group.first else { continue }
                pairs.append(CandidatePair(context: .topic, first: named.mention, second: topic,
                                           firstIsModifier: named.modifier, secondIsModifier: false))
            }
        }
        return pairs
    }

    /// How many pairs of mentions stand for two actors named more than once in a sentence, the
    /// closest first. The closest two are not always the ones the sentence relates: in "Chile
    /// thanked Peru, which had sent Chile grain", the supply is stated through the second "Chile".
    /// On the training articles (2-fold) three pairs read more relations than one, and six no
    /// more than three.
    static let mentionPairsPerActorPair = 3

    /// Up to ``mentionPairsPerActorPair`` pairs of mentions, one of each actor, fewest tokens
    /// between them first (ties: the earlier pair in reading order). Only the best few are kept
    /// while scanning, so an actor named hundreds of times in one sentence costs no memory.
    private static func mentionPairs(_ left: [(mention: Mention, modifier: Bool)],
                                     _ right: [(mention: Mention, modifier: Bool)]) -> [CandidatePair] {
        // The closest pairs by position in `left` and `right`: the pairs themselves (two mentions
        // each, copied with their strings) are made for the few kept only.
        var best: [(gap: Int, left: Int, right: Int)] = []
        for (leftIndex, a) in left.enumerated() {
            for (rightIndex, b) in right.enumerated() {
                let (first, second) = a.mention.tokens.lowerBound <= b.mention.tokens.lowerBound ? (a, b) : (b, a)
                let gap = max(0, second.mention.tokens.lowerBound - first.mention.tokens.upperBound)
                // After every kept pair with a gap as small: equal gaps stay in reading order.
                let place = best.firstIndex { $0.gap > gap } ?? best.count
                guard place < mentionPairsPerActorPair else { continue }
                best.insert((gap, leftIndex, rightIndex), at: place)
                if best.count > mentionPairsPerActorPair { best.removeLast() }
            }
        }
        return best.map { kept in
            let a = left[kept.left], b = right[kept.right]
            let (first, second) = a.mention.tokens.lowerBound <= b.mention.tokens.lowerBound ? (a, b) : (b, a)
            return CandidatePair(first: first.mention, second: second.mention,
                                 firstIsModifier: first.modifier, secondIsModifier: second.modifier)
        }
    }
}
