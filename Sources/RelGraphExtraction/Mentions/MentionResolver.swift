import RelGraphCore
import RelGraphKnowledge

/// Finds and resolves every actor mention of a document, sentence by sentence.
///
/// Steps: gazetteer candidates and titles for the whole document (so that an ambiguous form can
/// look at every unambiguous name in the article), then in reading order: pick one actor per
/// candidate or drop it, tell a capital-as-place from a capital-as-state, read titles
/// ("le président péruvien Amara Okafor", "Lena Lindqvist, cheffe de la diplomatie du Chili"),
/// find unknown persons after titles, resolve surname back-references, role phrases and
/// plural references ("les deux dirigeants").
struct MentionResolver: Sendable {
    let lexicon: Lexicon
    let matcher: GazetteerMatcher
    /// "role|of" → persons holding that office now, from the lexicon's positions.
    let officeHolders: [String: [String]]
    /// First words of titles ("secretary" of "secretary general"): a name never starts with one.
    let titleFirstWords: WordSet
    /// Folded given names (`given-names` table): a capitalised run starting with one is a person.
    let givenNames: Set<String>
    /// The relation each role's titles state (`president` → leader_of).
    let roleRelations: [String: RelationType]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        matcher = GazetteerMatcher(lexicon: lexicon)
        var holders: [String: [String]] = [:]
        for record in lexicon.actors.values where record.type == .person {
            for position in record.positions where position.isCurrent {
                holders["\(position.role)|\(position.of)", default: []].append(record.id)
            }
        }
        for key in holders.keys { holders[key]!.sort() }
        officeHolders = holders
        titleFirstWords = matcher.titleFirstWords
        var folder = NameFolder()
        givenNames = Set(lexicon.tables(named: "given-names").flatMap { table in
            table.rows.flatMap { FormCell.forms(table.value("forms", in: $0)).map { folder.fold($0) } }
        })
        roleRelations = Self.roleRelations(in: lexicon)
    }

    /// The relation each role's titles state: leader_of when any of its titles says so, else
    /// that of its last title in key order.
    static func roleRelations(in lexicon: Lexicon) -> [String: RelationType] {
        // Keys are visited unsorted (sorting them all was a tenth of the resolver's start-up):
        // the greatest key seen so far decides.
        var relations: [String: (key: String, relation: RelationType)] = [:]
        for key in lexicon.titleKeys {
            for entry in lexicon.titles(forFolded: key) {
                guard let current = relations[entry.role] else {
                    relations[entry.role] = (key, entry.relation)
                    continue
                }
                if current.relation == .leaderOf { continue }
                if entry.relation == .leaderOf || key >= current.key { relations[entry.role] = (key, entry.relation) }
            }
        }
        return relations.mapValues(\.relation)
    }

    /// The mentions of every sentence. `articleYear` is the year the article was published when
    /// known; without it, the latest year the article writes stands in for it.
    func resolve(_ document: AnalyzedDocument, articleYear: Int? = nil) -> [SentenceMentions] {
        let words = DocumentWords(document)
        var starts = matcher.starts(in: document)
        let sentenceCandidates = document.sentences.map { matcher.actorCandidates(in: document, sentence: $0, starts: &starts) }
        let candidates = withoutGivenNames(sentenceCandidates, in: document, words: words)
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for candidate in candidates.joined() {
            for index in candidate.tokens { covered[index] = true }
        }
        let named = unambiguousActors(candidates.joined())
        let latestYearWritten = document.tokens.lazy.filter { $0.kind == .number && $0.text.count == 4 }
            .compactMap { Int($0.text) }.filter { (1900...2099).contains($0) }.max()
        var state = DocumentState(named: named, articleYear: articleYear ?? latestYearWritten)
        let titlesBySentence = document.sentences.map { sentence in
            (matcher.titles(in: document, sentence: sentence, covered: covered, starts: starts)
                + counterparts(in: document, sentence: sentence, covered: covered))
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        for title in titlesBySentence.joined() {
            for index in title.tokens { covered[index] = true }
        }
        let lexicon = self.lexicon
        let titleFirstWords = self.titleFirstWords
        let unknownNames = NameFinder(document: document, isTitleWord: { lexicon.titles(forFolded: $0).isEmpty == false || titleFirstWords.contains($0) },
                                      givenNames: givenNames)
            .names(covered: covered)
        // In reading order: when two persons share a last word, the later one owns the surname,
        // whatever order the dictionary hands them out in.
        for sentence in unknownNames.keys.sorted() {
            for person in unknownNames[sentence]! where person.type == .person { state.learn(person, document: document) }
        }
        var results: [SentenceMentions] = []
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let titles = titlesBySentence[sentenceIndex]
            var reading = SentenceReading(document: document, sentence: sentence, titles: titles)
            for candidate in candidates[sentenceIndex] {
                if let mention = choose(candidate, document: document, state: state) {
                    reading.mentions.append(mention)
                    if mention.attributes[Self.territoryAttribute] != nil, let sovereign = mention.attributes["in"] {
                        reading.stated.append(FoundRelation(source: mention.actorID, target: sovereign, type: .locatedIn, confidence: 0.9))
                    }
                }
            }
            reading.mentions += unknownNames[sentenceIndex] ?? []
            findUnknownPlaces(&reading)
            findCompassPlaces(&reading)
            findAgreements(&reading)
            readTitles(&reading, state: &state, words: words)
            findKnownSurnames(&reading, state: state)
            findPairReferences(&reading, state: state)
            readPartyAffiliations(&reading)
            let modifiers = reading.modifierIndices()
            reading.mentions.sort { ($0.tokens.lowerBound, $0.actorID) < ($1.tokens.lowerBound, $1.actorID) }
            for mention in reading.mentions { state.count(mention) }
            results.append(SentenceMentions(sentence: sentence, mentions: reading.mentions, titles: titles,
                                            statedRelations: reading.stated, modifiers: modifiers, servedStates: reading.served))
        }
        return results
    }

    // MARK: Choosing one actor per candidate

    /// Actors named in the document by a form that means only them.
    private func unambiguousActors(_ candidates: some Sequence<Candidate>) -> Set<String> {
        var named = Set<String>()
        for candidate in candidates {
            let ids = Set(candidate.entries.map(\.actorID))
            guard ids.count == 1, let entry = candidate.entries.first, !entry.ambiguous else { continue }
            switch entry.kind {
            case .name, .acronym, .alias, .surname: named.insert(entry.actorID)
            default: break
            }
        }
        return named
    }

    private func choose(_ candidate: Candidate, document: AnalyzedDocument, state: DocumentState) -> Mention? {
        let places = candidate.entries.filter { $0.actorID.hasPrefix("location:") }
        let capitals = candidate.entries.filter { $0.kind == .capital }
        // "reçu à l'Élysée", "recibió en Palacio Nacional": a government seat after a place
        // preposition is the building, as a capital there is the city.
        if !candidate.entries.isEmpty, candidate.entries.allSatisfy({ $0.kind == .metonym }), isPlace(candidate.tokens, in: document) {
            return Mention(tokens: candidate.tokens, actorID: "location:" + NameFolding.slug(candidate.surface),
                           type: .location, kind: .name, surface: candidate.surface, label: candidate.surface)
        }
        if !capitals.isEmpty || !places.isEmpty, isPlace(candidate.tokens, in: document) || capitals.isEmpty {
            if let place = places.first {
                return mention(candidate, entry: place)
            }
            if !capitals.isEmpty {
                return Mention(tokens: candidate.tokens, actorID: "location:" + NameFolding.slug(candidate.surface),
                               type: .location, kind: .name, surface: candidate.surface, label: candidate.surface)
            }
        }
        let entries = candidate.entries.filter { !$0.actorID.hasPrefix("location:") }
        let ids = Array(Set(entries.map(\.actorID))).sorted()
        var chosen: SurfaceEntry?
        if ids.count == 1 {
            let entry = entries.first { $0.kind == .name } ?? entries[0]
            if entry.ambiguous && !state.named.contains(entry.actorID) && !state.hasMentioned(entry.actorID) {
                return nil
            }
            chosen = entry
        } else {
            // Several actors answer to this form: keep the one the article names elsewhere.
            let present = ids.filter { state.named.contains($0) || state.hasMentioned($0) }
            if present.count == 1 {
                chosen = entries.first { $0.actorID == present[0] }
            } else if present.isEmpty, let owner = soleFullNameOwner(entries) {
                // "Montenegro joined NATO": the country's own name, which is also the surname
                // of a person the article never introduces, names the country.
                chosen = owner
            } else {
                return nil
            }
        }
        guard let chosen else { return nil }
        return mention(candidate, entry: chosen)
    }

    /// The one unambiguous entry that is an actor's own name when every other actor answering to
    /// the same form answers by surname alone; `nil` otherwise.
    private func soleFullNameOwner(_ entries: [SurfaceEntry]) -> SurfaceEntry? {
        let owners = entries.filter { $0.kind == .name && !$0.ambiguous }
        guard let owner = owners.first, owners.allSatisfy({ $0.actorID == owner.actorID }) else { return nil }
        let others = entries.filter { $0.actorID != owner.actorID }
        return others.allSatisfy { $0.kind == .surname } ? owner : nil
    }

    private func mention(_ candidate: Candidate, entry: SurfaceEntry) -> Mention? {
        let record = lexicon.actors[entry.actorID]
        guard let type = record?.type ?? ActorType(actorID: entry.actorID) else { return nil }
        let kind = MentionKind(rawValue: entry.kind.rawValue) ?? .name
        // "la Nouvelle-Calédonie", "el Sáhara Occidental", "Greenland": a territory that is no
        // sovereign state has an ISO code but is a place (a country is a sovereign state).
        if kind != .capital, let record, record.isTerritory {
            var attributes: [String: String] = [Self.territoryAttribute: entry.actorID]
            attributes["in"] = record.attributes["sovereign"]
            return Mention(tokens: candidate.tokens, actorID: "location:" + NameFolding.slug(record.label), type: .location, kind: kind,
                           surface: candidate.surface, label: record.label, attributes: attributes)
        }
        return Mention(tokens: candidate.tokens, actorID: entry.actorID, type: type, kind: kind,
                       surface: candidate.surface, label: record?.label ?? candidate.surface,
                       attributes: record?.attributes ?? [:])
    }

    /// Set on a territory's place mention: the ISO entry it was read from.
    static let territoryAttribute = "territory"

    /// "à Lima", "in Santiago", "visited Quito": the capital is a place, not the state.
    private func isPlace(_ span: Range<Int>, in document: AnalyzedDocument) -> Bool {
        let cues = document.cues
        // A wire dateline "PARIS, 21 décembre (Xinhua) --", "WASHINGTON (Reuters) -": the city in
        // capitals before a comma or parenthesis is where the story was filed.
        if span.upperBound < document.tokens.count, ["," , "("].contains(document.tokens[span.upperBound].text),
           document.tokens[span].allSatisfy({ $0.kind != .word || ($0.isAllCaps && $0.text.unicodeScalars.count > 1) }) {
            return true
        }
        if isDateline(span, in: document) { return true }
        var index = span.lowerBound - 1
        guard index >= 0 else { return false }
        // A dateline "(Lima)" names where the story was filed.
        if document.tokens[index].text == "(", span.upperBound < document.tokens.count, document.tokens[span.upperBound].text == ")" {
            return true
        }
        // "im peruanischen Lima": skip nationality adjectives before the name.
        while index > 0, lexicon.entries(forFolded: document.tokens[index].folded).contains(where: { $0.kind == .demonym }) {
            index -= 1
        }
        if document.tokens[index].kind == .punctuation { return false }
        if isJourneyEnd(before: index, in: document) { return true }
        // "the islands of Santiago", "la ville de Kiev": a place noun and "of" before the name.
        if cues.ofPrepositions.contains(document.tokens[index].folded) {
            var noun = index - 1
            if noun >= 0, cues.determiners.contains(document.tokens[noun].folded) { noun -= 1 }
            if noun >= 0, cues.placeNouns.contains(document.tokens[noun].folded) { return true }
        }
        // "near the capital Vilnius", "die Hafenstadt Odessa": a place noun right before the
        // name puts the city itself in the sentence, not its state.
        if cues.placeNouns.contains(document.tokens[index].folded) { return true }
        if cues.placePrepositions.contains(document.tokens[index].folded) {
            // "vend à Lima des obus": after a supply or other non-travel verb, "à" marks the recipient.
            return !(cues.datives.contains(document.tokens[index].folded) && followsRelationTrigger(index, in: document))
        }
        // "à la capitale Lima" is rare; a determiner before a preposition is not.
        if cues.determiners.contains(document.tokens[index].folded), index > 0 {
            index -= 1
            if cues.placePrepositions.contains(document.tokens[index].folded) { return true }
        }
        for start in max(0, span.lowerBound - 3)..<span.lowerBound {
            if document.triggerStarts[start].contains(where: { $0.relation == .visit && start + $0.phrase.tokens.count == span.lowerBound }) {
                return true
            }
        }
        return false
    }

    /// "forced to leave Juba", "s'est envolé lundi soir de Nairobi", "su salida para Lima", "Rückkehr
    /// von Moskau": a capital right after a word of travel, or after one and a preposition of
    /// travel ("from", "pour", "desde", "von") a few words on, is where a journey starts or ends.
    /// `index` is the token before the name.
    private func isJourneyEnd(before index: Int, in document: AnalyzedDocument) -> Bool {
        let cues = document.cues, tokens = document.tokens
        if cues.travelWords.contains(tokens[index].folded) { return true }
        guard cues.travelPrepositions.contains(tokens[index].folded) else { return false }
        var probe = index - 1
        while probe >= max(0, index - 4), tokens[probe].kind == .word {
            if cues.travelWords.contains(tokens[probe].folded) { return true }
            probe -= 1
        }
        return false
    }

    /// Whether `index` marks the object of a relation verb rather than a place: a supply trigger
    /// shortly before ("livre à", "fourniture … à"), or a verb whose object is never a place right
    /// before it (Spanish personal "a": "acusó a Rabat", "sancionó a Caracas").
    private func followsRelationTrigger(_ index: Int, in document: AnalyzedDocument) -> Bool {
        for start in max(0, index - 8)..<index {
            if document.triggerStarts[start].contains(where: {
                let end = start + $0.phrase.tokens.count
                return ($0.relation == .supply && end <= index) || (Self.objectIsNeverPlace.contains($0.relation) && end == index)
            }) {
                return true
            }
        }
        return false
    }

    /// Relations whose object a dative preposition introduces as a party, never as a place.
    static let objectIsNeverPlace: Set<RelationType> = [.accuse, .sanction, .cooperate]

    // MARK: Titles and the persons they introduce

    private func counterparts(in document: AnalyzedDocument, sentence: Sentence, covered: [Bool]) -> [TitleMention] {
        let folded = document.foldedTokens
        var found: [TitleMention] = []
        for index in sentence.tokens where !covered[index] {
            if let length = document.cues.match(document.cues.counterparts, in: folded, at: index),
               index + length <= sentence.tokens.upperBound {
                found.append(TitleMention(tokens: index..<(index + length), role: "counterpart", relation: .leaderOf, scope: nil))
            }
        }
        return found
    }

    private func readTitles(_ reading: inout SentenceReading, state: inout DocumentState, words: DocumentWords) {
        for written in reading.titles {
            let scope = reading.scope(of: written)
            var title = written
            var person = reading.personAfter(title, scopeEnd: scope?.tokens.upperBound)
            if person == nil, let pattern = reading.unknownPersonAfter(title, scopeEnd: scope?.tokens.upperBound)
                ?? reading.unknownSurnameAfter(title, scopeEnd: scope?.tokens.upperBound, words: words) {
                state.learn(pattern, document: reading.document)
                reading.mentions.append(pattern)
                person = reading.mentions.count - 1
            }
            if person == nil { person = reading.personBefore(title) }
            if person == nil {
                person = personAfterCoordinatedTitle(title, scopeEnd: scope?.tokens.upperBound, in: &reading, state: &state, words: words)
            }
            title = resolvedReading(of: title, person: person.map { reading.mentions[$0].actorID },
                                    scope: scope.map { reading.mentions[$0.index].actorID })
            if let person {
                let personID = reading.mentions[person].actorID
                if title.role == "counterpart" {
                    // "Okafor a rencontré son homologue chilien Haddad", "su homólogo de Paraguay, X":
                    // the counterpart holds the office the other person holds (as a title in this
                    // article says, else the registry's latest office), in the country the scope names.
                    guard let scope, reading.mentions[scope.index].type == .country,
                          let counterpartOf = reading.mentions
                              .filter({ $0.type == .person && $0.actorID != personID
                                        && $0.tokens.upperBound <= reading.mentions[person].tokens.lowerBound })
                              .max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }),
                          let role = state.role(of: counterpartOf.actorID) ?? lexicon.actors[counterpartOf.actorID]?.positions.last?.role,
                          let relation = roleRelations[role] else { continue }
                    reading.stateTitle(TitleMention(tokens: title.tokens, role: role, relation: relation, scope: nil),
                                       person: personID, scope: reading.mentions[scope.index])
                    reading.modifierMentions.insert(scope.index)
                } else if let scope {
                    reading.stateTitle(title, person: personID, scope: reading.mentions[scope.index])
                    reading.modifierMentions.insert(scope.index)
                    state.remember(role: title.role, scope: reading.mentions[scope.index].actorID, person: personID)
                } else if scope == nil, let office = office(of: personID, role: title.role) {
                    reading.stated.append(FoundRelation(source: personID, target: office, type: title.relation, confidence: 0.8))
                }
            } else if let scope {
                // A role phrase: "le président russe", "Iran's foreign minister", and "son homologue
                // américain" (the holder of the office the person before it holds).
                let scopeMention = reading.mentions[scope.index]
                var role = title.role
                if role == "counterpart" {
                    guard let other = reading.mentions
                            .filter({ $0.type == .person && $0.tokens.upperBound <= title.tokens.lowerBound })
                            .max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }),
                          let otherRole = state.role(of: other.actorID) else { continue }
                    role = otherRole
                }
                guard let personID = state.holder(role: role, scope: scopeMention.actorID)
                        ?? namedHolder(role: role, scope: scopeMention.actorID, state: state)
                        ?? holder(role: role, scope: scopeMention.actorID, since: state.articleYear),
                      let label = lexicon.actors[personID]?.label ?? state.patternLabel(personID) else { continue }
                state.remember(role: role, scope: scopeMention.actorID, person: personID)
                let span = min(title.tokens.lowerBound, scopeMention.tokens.lowerBound)..<max(title.tokens.upperBound, scopeMention.tokens.upperBound)
                reading.mentions.append(Mention(tokens: span, actorID: personID, type: .person, kind: .role,
                                                surface: reading.document.text(tokens: span), label: label))
                reading.roleSurfaces.insert(reading.mentions.count - 1)
                reading.modifierMentions.insert(scope.index)
                if title.role != "counterpart" {
                    reading.stateTitle(title, person: personID, scope: scopeMention)
                } else if let relation = roleRelations[role] {
                    reading.stateTitle(TitleMention(tokens: title.tokens, role: role, relation: relation, scope: nil),
                                       person: personID, scope: scopeMention)
                }
            } else if title.role != "counterpart", title.tokens.lowerBound > reading.sentence.tokens.lowerBound,
                      reading.document.cues.determiners.contains(reading.document.tokens[title.tokens.lowerBound - 1].folded),
                      let personID = state.latestHolder(role: title.role),
                      let label = lexicon.actors[personID]?.label ?? state.patternLabel(personID) {
                // "El ministro acusó a Rabat": a bare role phrase is the last person this article
                // introduced with that title.
                let span = (title.tokens.lowerBound - 1)..<title.tokens.upperBound
                reading.mentions.append(Mention(tokens: span, actorID: personID, type: .person, kind: .role,
                                                surface: reading.document.text(tokens: span), label: label))
                reading.roleSurfaces.insert(reading.mentions.count - 1)
            }
        }
    }

    /// "le président du Pérou et président en exercice de la Communauté andine, Ramiro Tulcanaza",
    /// "Prime Minister and Foreign Minister Ostel Brandau": where a coordination joins the
    /// title (and its scope) to a second title, the person the second introduces holds both.
    private func personAfterCoordinatedTitle(_ title: TitleMention, scopeEnd: Int?, in reading: inout SentenceReading,
                                            state: inout DocumentState, words: DocumentWords) -> Int? {
        let link = max(title.tokens.upperBound, scopeEnd ?? 0)
        let document = reading.document
        guard link < reading.sentence.tokens.upperBound, document.cues.coordinations.contains(document.foldedTokens[link]),
              let next = reading.titles.first(where: { $0.tokens.lowerBound == link + 1 }) else { return nil }
        let nextScope = reading.scope(of: next)?.tokens.upperBound
        if let person = reading.personAfter(next, scopeEnd: nextScope) { return person }
        guard let pattern = reading.unknownPersonAfter(next, scopeEnd: nextScope)
                ?? reading.unknownSurnameAfter(next, scopeEnd: nextScope, words: words) else { return nil }
        state.learn(pattern, document: document)
        reading.mentions.append(pattern)
        return reading.mentions.count - 1
    }

    /// The office a registered person holds under this role, if the data knows it.
    private func office(of personID: String, role: String) -> String? {
        lexicon.actors[personID]?.positions.last { $0.role == role }?.of
    }

    /// The one person the article names who held this office at any time: "le président
    /// péruvien" in an article naming Amara Okafor is Okafor, whoever holds the office today.
    private func namedHolder(role: String, scope: String, state: DocumentState) -> String? {
        // The bare title "ministre" fits any minister's office ("le ministre français des Armées").
        func fits(_ office: String) -> Bool {
            office == role || (role == "minister" && office.hasSuffix("_minister") && office != "prime_minister")
        }
        let holders = state.named.filter { id in
            lexicon.actors[id]?.positions.contains { fits($0.role) && $0.of == scope } ?? false
        }
        return holders.count == 1 ? holders.first : nil
    }

    /// A title with a serving reading besides its leading one ("canciller") leads only where the
    /// office exists: its holder is the person the lexicon registers in that office, or the
    /// state it qualifies has such an office ("el canciller alemán" is Germany's chancellor). Else
    /// it serves ("el canciller argentino, Jorge Faurie" is Argentina's foreign minister).
    private func resolvedReading(of title: TitleMention, person: String?, scope: String?) -> TitleMention {
        guard let servingRole = title.servingRole else { return title }
        if let person, lexicon.actors[person]?.positions.contains(where: { $0.role == title.role }) == true { return title }
        if let scope, officeHolders["\(title.role)|\(scope)"] != nil { return title }
        var serving = title
        serving.role = servingRole
        serving.relation = roleRelations[servingRole] ?? .memberOf
        serving.servingRole = nil
        return serving
    }

    /// The one person the lexicon has in the office today, unless the article is older than
    /// their term: an article of a year before the one they took office speaks of a predecessor
    /// (the "président péruvien" of a report on 2016 is not a president elected in 2021).
    private func holder(role: String, scope: String, since articleYear: Int? = nil) -> String? {
        guard let holders = officeHolders["\(role)|\(scope)"], holders.count == 1 else { return nil }
        if let articleYear, let start = lexicon.actors[holders[0]]?.positions.last(where: { $0.role == role && $0.of == scope && $0.isCurrent })?.start,
           let startYear = Int(start.prefix(4)), articleYear < startYear {
            return nil
        }
        return holders[0]
    }
}
