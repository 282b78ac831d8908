import RelGraphCore

/// The mention stages' work area for one sentence: mentions so far and the title grammar.
struct SentenceReading {
    let document: AnalyzedDocument
    let sentence: Sentence
    let titles: [TitleMention]
    var mentions: [Mention] = []
    var stated: [FoundRelation] = []
    /// Persons a serving title ties to a state (``SentenceMentions/servedStates``).
    var served: [ServedState] = []
    var modifierMentions: Set<Int> = []
    var roleSurfaces: Set<Int> = []
    var agreementSpans: [Range<Int>] = []

    init(document: AnalyzedDocument, sentence: Sentence, titles: [TitleMention]) {
        self.document = document
        self.sentence = sentence
        self.titles = titles
    }

    var tokens: [Token] { document.tokens }
    var cues: LanguageCues { document.cues }

    func isCovered(_ index: Int) -> Bool { mentions.contains { $0.tokens.contains(index) } }

    func modifierIndices() -> Set<Int> {
        // Indices refer to `mentions` before sorting; map them to the sorted order by identity.
        let sorted = mentions.enumerated().sorted { ($0.element.tokens.lowerBound, $0.element.actorID) < ($1.element.tokens.lowerBound, $1.element.actorID) }
        var result = Set<Int>()
        for (newIndex, pair) in sorted.enumerated() where modifierMentions.contains(pair.offset) { result.insert(newIndex) }
        return result
    }

    private func mention(startingAt index: Int, types: Set<ActorType>) -> Int? {
        mentions.indices.first { mentions[$0].tokens.lowerBound == index && types.contains(mentions[$0].type) }
    }

    private func mention(endingAt index: Int, types: Set<ActorType>) -> Int? {
        mentions.indices.first { mentions[$0].tokens.upperBound == index && types.contains(mentions[$0].type) }
    }

    /// What a title is of: "président russe", "Turkish President", "Iran's minister",
    /// "chef d'État du Nigeria".
    func scope(of title: TitleMention) -> (index: Int, tokens: Range<Int>)? {
        let types: Set<ActorType> = title.scope.map { [$0] } ?? [.country, .organization]
        let end = sentence.tokens.upperBound
        if let after = mention(startingAt: title.tokens.upperBound, types: types), mentions[after].kind == .demonym {
            return (after, mentions[after].tokens)
        }
        if let before = mention(endingAt: title.tokens.lowerBound, types: types) {
            return (before, mentions[before].tokens)
        }
        let start = title.tokens.lowerBound
        if start >= 2, tokens[start - 1].folded == "s", tokens[start - 1].glue == "'",
           let owner = mention(endingAt: start - 1, types: types) {
            return (owner, mentions[owner].tokens.lowerBound..<start)
        }
        var index = title.tokens.upperBound
        guard index < end, cues.ofPrepositions.contains(tokens[index].folded) else { return nil }
        index += 1
        var skipped = 0
        while index < end, skipped < 2, cues.determiners.contains(tokens[index].folded) || tokens[index].text == "'" {
            index += 1
            skipped += 1
        }
        if let of = mention(startingAt: index, types: types) { return (of, mentions[of].tokens) }
        return nil
    }

    /// Where the name after a title would start: past the scope, a capitalised complement
    /// ("ministro argelino de Relaciones Exteriores, X") and one comma.
    private func nameStart(after title: TitleMention, scopeEnd: Int?) -> Int {
        var index = max(title.tokens.upperBound, scopeEnd ?? 0)
        let end = sentence.tokens.upperBound
        if index < end, cues.ofPrepositions.contains(tokens[index].folded) {
            var probe = index + 1
            while probe < end, cues.determiners.contains(tokens[probe].folded) || tokens[probe].text == "'" { probe += 1 }
            var words = 0
            while probe < end, tokens[probe].kind == .word, !isCovered(probe),
                  tokens[probe].isCapitalized || (words > 0 && tokens[probe].glue == nil && !tokens[probe].isCapitalized
                                                  && probe + 1 < end && tokens[probe + 1].text == ",") {
                words += 1
                probe += 1
            }
            if words > 0, probe < end, tokens[probe].text == "," { index = probe }
        }
        if index < end, tokens[index].text == "," { index += 1 }
        return index
    }

    /// "Prime Minister Amara Okafor", "le chef d'État du Pérou, Lena Lindqvist".
    func personAfter(_ title: TitleMention, scopeEnd: Int?) -> Int? {
        let start = nameStart(after: title, scopeEnd: scopeEnd)
        // A first name the data does not list may precede the known name: "Karim Haddad-Okafor".
        var index = start
        while index < sentence.tokens.upperBound, index - start <= 2 {
            if let person = mention(startingAt: index, types: [.person]) { return person }
            guard tokens[index].kind == .word, tokens[index].isCapitalized, !isCovered(index) else { return nil }
            index += 1
        }
        return nil
    }

    /// "Lena Lindqvist, cheffe de la diplomatie": a person just before the title and a comma.
    func personBefore(_ title: TitleMention) -> Int? {
        var index = title.tokens.lowerBound - 1
        while index > sentence.tokens.lowerBound, cues.determiners.contains(tokens[index].folded) || tokens[index].text == "'" {
            index -= 1
        }
        guard index > sentence.tokens.lowerBound, tokens[index].text == "," else { return nil }
        return mention(endingAt: index, types: [.person])
    }

    /// An unknown person introduced by a title: "le général de division Amara Okafor",
    /// "le ministre chilien des Affaires étrangères Ramiro Fuentealba". The name is the first run
    /// of two to four capitalised words within a few words after the title.
    func unknownPersonAfter(_ title: TitleMention, scopeEnd: Int?) -> Mention? {
        let end = min(sentence.tokens.upperBound, nameStart(after: title, scopeEnd: scopeEnd) + Self.titleToNameGap)
        var index = nameStart(after: title, scopeEnd: scopeEnd)
        while index < end {
            let token = tokens[index]
            if token.kind != .word || isCovered(index) { return nil }
            if let name = nameRun(from: index) {
                // "the mayor of Ribeira Grande", "ministro del Orden Público": a capitalised run
                // right after "of" is what the title is of, not its holder.
                if isTitleComplement(at: index) { return nil }
                return name
            }
            index += 1
        }
        return nil
    }

    /// "Vice President Pence", "Kanzler Merz": a title directly followed by one capitalised word
    /// the article writes again elsewhere — a surname used alone from the first mention on.
    func unknownSurnameAfter(_ title: TitleMention, scopeEnd: Int?, words: DocumentWords) -> Mention? {
        let index = nameStart(after: title, scopeEnd: scopeEnd)
        guard index < sentence.tokens.upperBound, !isCovered(index) else { return nil }
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.glue == nil, token.text.unicodeScalars.count > 2,
              !cues.stopWords.contains(token.folded), !cues.determiners.contains(token.folded), !isTitleComplement(at: index) else { return nil }
        // One word only: a following capitalised word makes a longer name, which other rules read.
        if index + 1 < sentence.tokens.upperBound, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized || tokens[index + 1].glue != nil {
            return nil
        }
        // German capitalises nouns, which follow articles: "die Waffen" is no surname.
        guard words.capitalizedUses[token.folded, default: 0] >= 2, !words.afterDeterminer.contains(token.folded) else { return nil }
        return Mention(tokens: index..<(index + 1), actorID: "person:" + NameFolding.slug(token.text), type: .person, kind: .pattern,
                       surface: token.text, label: token.text)
    }

    /// Whether `index` follows an "of" preposition (with an optional article: "de la", "of the").
    private func isTitleComplement(at index: Int) -> Bool {
        var before = index - 1
        if before > sentence.tokens.lowerBound, cues.determiners.contains(tokens[before].folded) || tokens[before].text == "'" {
            before -= 1
        }
        guard before >= sentence.tokens.lowerBound else { return false }
        // Spanish "del"/"al" are listed as determiners and also contain the preposition.
        return cues.ofPrepositions.contains(tokens[before].folded) || cues.ofPrepositions.contains(tokens[index - 1].folded)
    }

    /// Words a title's complement may take before the name ("des Affaires étrangères").
    static let titleToNameGap = 7

    private func nameRun(from start: Int) -> Mention? {
        let end = sentence.tokens.upperBound
        var index = start
        var words = 0
        var last = start
        while index < end, tokens[index].kind == .word, !isCovered(index) {
            let token = tokens[index]
            if token.glue == "-" && words > 0 {
                index += 1
                last = index
                continue
            }
            if token.isCapitalized, !token.isAllCaps || token.text.count <= 3, token.glue == nil || words == 0,
               !cues.stopWords.contains(token.folded), !cues.determiners.contains(token.folded) {
                words += 1
                index += 1
                last = index
                continue
            }
            if words > 0, cues.nameParticles.contains(token.folded), index + 1 < end, tokens[index + 1].isCapitalized {
                index += 1
                continue
            }
            break
        }
        guard words >= 2, words <= 4 else { return nil }
        let span = start..<last
        let label = document.text(tokens: span)
        return Mention(tokens: span, actorID: "person:" + NameFolding.slug(label), type: .person, kind: .pattern,
                       surface: label, label: label)
    }

    /// Records the relation a title states between a person and what the title is of.
    mutating func stateTitle(_ title: TitleMention, person: String, scope: Mention) {
        switch (title.relation, scope.type) {
        case (.leaderOf, .country), (.leaderOf, .organization), (.memberOf, .organization):
            stated.append(FoundRelation(source: person, target: scope.actorID, type: title.relation, confidence: 0.9))
        case (.memberOf, .country):
            served.append(ServedState(person: person, state: scope.actorID))
        default:
            break
        }
    }
}

/// What the mention stages remember across the sentences of one document.
struct DocumentState {
    /// Actors the document names unambiguously somewhere.
    let named: Set<String>
    /// How often each actor was mentioned so far, and in which order they first were.
    private var tallies: [String: Tally] = [:]
    /// Surnames of persons found by pattern, folded → person.
    private(set) var surnames: [String: (id: String, label: String)] = [:]
    private var patterns: [String: String] = [:]
    private var roles: [String: String] = [:]
    private var personRoles: [String: String] = [:]
    private var latestByRole: [String: String] = [:]

    /// The article's year: the year of its publication date when known, else the latest year it
    /// writes (a four-digit number from 1900 to 2099), since an article is no older than the
    /// latest year it names.
    let articleYear: Int?

    init(named: Set<String>, articleYear: Int? = nil) {
        self.named = named
        self.articleYear = articleYear
    }

    /// Per type, the ``leaderSlots`` actors mentioned most so far, best first. Kept up to date on
    /// every count so a pair reference costs O(1), not a sort of every actor the article named
    /// (an article naming thousands of persons and saying "the two leaders" as often was quadratic).
    private var leaders: [ActorType: [Leader]] = [:]
    static let leaderSlots = 2

    /// One actor's mentions so far, and how many actors the article had named before it.
    private struct Tally {
        var count: Int
        let firstSeen: Int
        /// (minus the count, order of first mention): more mentions sort first, on a tie the
        /// actor mentioned first (no two actors tie on both).
        var rank: (Int, Int) { (-count, firstSeen) }
    }

    /// A leading actor with its rank when last counted: only the actor counted changes rank,
    /// so the others' stored ranks stay true.
    private struct Leader {
        let id: String
        let rank: (Int, Int)
    }

    /// Whether the article has mentioned the actor `id` so far.
    func hasMentioned(_ id: String) -> Bool { tallies[id] != nil }

    mutating func count(_ mention: Mention) {
        let id = mention.actorID
        // One lookup for the count and the first-seen order, updated in place.
        let tally: Tally
        if let index = tallies.index(forKey: id) {
            tallies.values[index].count += 1
            tally = tallies.values[index]
        } else {
            tally = Tally(count: 1, firstSeen: tallies.count)
            tallies[id] = tally
        }
        // Counts only grow, and only this actor's changed: it is the one actor that can enter the
        // leading slots or move within them.
        guard let type = ActorType(actorID: id) else { return }
        Self.rank(Leader(id: id, rank: tally.rank), into: &leaders[type, default: []])
    }

    /// Puts `leader` (new, or with a higher rank than stored) among `slots`, best first, and
    /// keeps the first ``leaderSlots``.
    private static func rank(_ leader: Leader, into slots: inout [Leader]) {
        if let stale = slots.firstIndex(where: { $0.id == leader.id }) { slots.remove(at: stale) }
        slots.append(leader)
        slots.sort { $0.rank < $1.rank }
        if slots.count > leaderSlots { slots.removeLast(slots.count - leaderSlots) }
    }

    mutating func learn(_ person: Mention, document: AnalyzedDocument) {
        patterns[person.actorID] = person.label
        if let last = document.tokens[person.tokens].last(where: { $0.kind == .word && $0.glue == nil }) {
            surnames[last.folded] = (person.actorID, person.label)
        }
    }

    func patternLabel(_ id: String) -> String? { patterns[id] }

    mutating func remember(role: String, scope: String, person: String) {
        roles["\(role)|\(scope)"] = person
        personRoles[person] = role
        latestByRole[role] = person
    }

    /// The person the article most recently introduced with this role, whatever its scope.
    func latestHolder(role: String) -> String? { latestByRole[role] }

    /// The role an earlier title in this article gave a person ("le président péruvien, X").
    func role(of person: String) -> String? { personRoles[person] }

    func holder(role: String, scope: String) -> String? { roles["\(role)|\(scope)"] }

    /// The `count` actors of `type` mentioned most so far (ties: first mentioned first).
    /// At most ``leaderSlots``.
    func mostMentioned(_ type: ActorType, count: Int) -> [String] {
        precondition(count <= Self.leaderSlots, "only the \(Self.leaderSlots) leading actors are tracked")
        return leaders[type, default: []].prefix(count).map(\.id)
    }
}

/// Per-document word statistics the name rules consult, counted once.
struct DocumentWords {
    /// How often each folded word is written capitalised.
    let capitalizedUses: [String: Int]
    /// Folded words that somewhere follow an article or determiner as a word of their own (nouns,
    /// not names): "den Frieden", not "dem Putin-Besuch", where the name opens a compound.
    let afterDeterminer: Set<String>

    init(_ document: AnalyzedDocument) {
        var uses: [String: Int] = [:]
        var after = Set<String>()
        let tokens = document.tokens
        for (index, token) in tokens.enumerated() where token.kind == .word {
            if token.isCapitalized { uses[token.folded, default: 0] += 1 }
            if index > 0, document.roles(ofToken: index - 1).contains(.determiner),
               index + 1 == tokens.count || tokens[index + 1].glue != "-" {
                after.insert(token.folded)
            }
        }
        capitalizedUses = uses
        afterDeterminer = after
    }
}
