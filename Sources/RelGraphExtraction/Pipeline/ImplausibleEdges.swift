import RelGraphCore
import RelGraphKnowledge

/// Edges that sentence-level reading produces but a whole document, or the knowledge base,
/// rules out.
///
/// Parties:
/// - The press is near every statement without being party to it. A news agency named as a
///   photo credit or a source ("… (Agency)", "said, citing Agency") reports meetings,
///   cooperation and agreements; it does not take part in them or sign them.
/// - A state or organization a person holds a position in ("the alliance's chief", "the bloc's
///   foreign policy head") sits next to that person, who does not cooperate with it, meet it or
///   supply it.
/// - Two persons serving the same state do not meet: news names a delegation's members together
///   ("the president and his foreign minister"), and the meeting it reports is with the other side.
/// - An organization the lexicon does not know signs nothing: most such names are words the name
///   tagger misread ("the Troubles", "Brexit"); 2 of 19 such signatories were right on the three
///   annotated sets.
///
/// Offices and memberships:
/// - A person leads one state: a leader named beside another country ("Kim Jong Un warned the
///   United States") is not its leader too.
/// - A person does not lead what the lexicon says they only serve: a foreign minister, an envoy
///   or a spokesperson (roles whose titles state `member_of`) is not the leader of their state.
///   The same holds where a title in the article says so ("el canciller mexicano, X"), and such
///   a person serves that state for the rule on delegations above.
/// - A state is no member of a body whose member list the lexicon holds without it (former
///   members included): "Ukraine's bid to join NATO" does not make Ukraine a member.
///
/// Places and visits:
/// - A host does not visit their own country: a person does not visit the state they lead or
///   serve, nor a place in it.
/// - Only persons visit. A visit read with a state as the visitor ("ahead of the visit, Japanese
///   media reported") was right 3 times in 16 on the three annotated sets; the persons' visits stand.
/// - A place the lexicon locates in one state lies in no other, nor in a place of another state
///   ("Moscow, where Hungary's premier landed"; "Bangui and Khartoum"). A continent, world region
///   or sea (a lexicon place with no container) lies in nothing.
/// - Nobody visits a place the lexicon puts in no state: a continent, a world region or a sea
///   named beside a person ("the minister, back from Cairo, spoke of security in the Middle
///   East") is what their words or policy are about, not where they went. Out of fold on the
///   training articles, 11 such visits were read and none was right.
struct ImplausibleEdges: Sendable {
    let lexicon: Lexicon
    /// The relation each role's titles state (``MentionResolver/roleRelations(in:)``): a role whose
    /// titles state `member_of` serves, it does not lead.
    let roleRelations: [String: RelationType]

    /// `roleRelations` nil reads them from the lexicon's titles; an extractor passes its resolver's.
    init(lexicon: Lexicon, roleRelations: [String: RelationType]? = nil) {
        self.lexicon = lexicon
        self.roleRelations = roleRelations ?? MentionResolver.roleRelations(in: lexicon)
    }

    /// Relation types that need two independent parties.
    static let partyRelations: Set<RelationType> = [.meet, .cooperate, .supply]

    /// Organization categories of the press.
    static let pressCategories: Set<String> = ["news-agency", "media"]

    /// `relations` without the implausible ones, in the same order. `servedStates`: the states
    /// the document's titles say each person serves without leading them (a foreign minister).
    func filter(_ relations: [Relation], servedStates: [String: Set<String>] = [:]) -> [Relation] {
        // A person the lexicon names only in serving roles, or whom a title here names as serving
        // the state ("el canciller mexicano, Luis Videgaray"), does not lead it.
        let relations = oneStatePerLeader(relations).filter {
            !($0.type == .leaderOf && (onlyServes($0.source, $0.target) || servedStates[$0.source]?.contains($0.target) == true))
        }
        var positions = Set<Pair>()
        // The states each person serves by this document's edges and titles.
        var statesServed = servedStates
        var containing: [String: String] = [:]
        for relation in relations {
            switch relation.type {
            case .leaderOf, .memberOf:
                positions.insert(Pair(relation.source, relation.target))
                if ActorType(actorID: relation.target) == .country { statesServed[relation.source, default: []].insert(relation.target) }
            case .locatedIn where relation.target.hasPrefix("country:"): containing[relation.source] = relation.target
            default: break
            }
        }
        return relations.filter { relation in
            if relation.type == .visit {
                return !relation.source.hasPrefix("country:") && !isUnplacedRegion(relation.target)
                    && !visitsHome(relation.source, relation.target, positions, containing)
            }
            if relation.type == .memberOf, let code = Self.isoCode(relation.source),
               lexicon.actors[relation.target]?.attributes[Lexicon.membersAttribute] != nil,
               !lexicon.listsMember(code, of: relation.target) { return false }
            if relation.type == .locatedIn, !mayLie(relation.source, in: relation.target) { return false }
            if relation.type == .meet, serveOneState(relation.source, relation.target, statesServed) { return false }
            if relation.type == .partyTo, isPress(relation.source) || isUnknownBody(relation.source) { return false }
            guard Self.partyRelations.contains(relation.type) else { return true }
            if isPress(relation.target) || (relation.type.isSymmetric && isPress(relation.source)) { return false }
            return !holdsPosition(relation.source, in: relation.target, positions)
                && !holdsPosition(relation.target, in: relation.source, positions)
        }
    }

    /// Of a person's `leader_of` edges to states, keeps the one the lexicon's offices name, else
    /// the most confident (ties: the first in order).
    private func oneStatePerLeader(_ relations: [Relation]) -> [Relation] {
        var kept: [String: Relation] = [:]
        for relation in relations where relation.type == .leaderOf && relation.source.hasPrefix("person:")
            && relation.target.hasPrefix("country:") {
            guard let current = kept[relation.source] else {
                kept[relation.source] = relation
                continue
            }
            let known = lexicon.actors[relation.source]?.positions.contains { $0.of == relation.target } ?? false
            let currentKnown = lexicon.actors[relation.source]?.positions.contains { $0.of == current.target } ?? false
            if (known && !currentKnown) || (known == currentKnown && relation.confidence > current.confidence) {
                kept[relation.source] = relation
            }
        }
        return relations.filter { relation in
            guard relation.type == .leaderOf, let chosen = kept[relation.source] else { return true }
            return chosen.target == relation.target
        }
    }

    /// Whether `place` is `visitor`'s own state or lies in it (by the lexicon or this document).
    private func visitsHome(_ visitor: String, _ place: String, _ positions: Set<Pair>, _ containing: [String: String]) -> Bool {
        let country = place.hasPrefix("country:") ? place : (knownState(of: place) ?? containing[place])
        guard let country else { return false }
        return visitor == country || holdsPosition(visitor, in: country, positions)
    }

    /// Whether every position the lexicon gives `person` in `body` is a serving role (none leads
    /// it, and there is at least one): a foreign minister of the state, an envoy of the body.
    private func onlyServes(_ person: String, _ body: String) -> Bool {
        guard let positions = lexicon.actors[person]?.positions.filter({ $0.of == body }), !positions.isEmpty else { return false }
        return positions.allSatisfy { roleRelations[$0.role] == .memberOf }
    }

    /// Whether `place` may lie in `container`, by what the lexicon knows of both.
    private func mayLie(_ place: String, in container: String) -> Bool {
        if isUnplacedRegion(place) { return false }
        guard let state = knownState(of: place) else { return true }
        let containerState = container.hasPrefix("country:") ? container : knownState(of: container)
        return containerState.map { $0 == state } ?? true
    }

    /// Whether `place` is a lexicon place that lies in no state: a continent, a world region, a sea.
    private func isUnplacedRegion(_ place: String) -> Bool {
        guard let record = lexicon.actors[place] else { return false }
        return record.type == .location && record.attributes["in"] == nil
    }

    /// "country:UA" → "UA"; nil for any other actor.
    private static func isoCode(_ id: String) -> Substring? {
        id.hasPrefix("country:") ? id.dropFirst("country:".count) : nil
    }

    /// The state the lexicon puts `place` in, through the places that contain it ("location:kherson"
    /// → "country:UA"); nil for a place it does not know or does not locate.
    private func knownState(of place: String) -> String? {
        var current = place
        for _ in 0..<4 {
            guard let container = lexicon.actors[current]?.attributes["in"] else { return nil }
            if container.hasPrefix("country:") { return container }
            current = container
        }
        return nil
    }

    /// Whether two persons hold positions in one state (by the lexicon or this document).
    private func serveOneState(_ first: String, _ second: String, _ statesServed: [String: Set<String>]) -> Bool {
        guard ActorType(actorID: first) == .person, ActorType(actorID: second) == .person else { return false }
        let states = states(servedBy: first, statesServed)
        return !states.isEmpty && !states.isDisjoint(with: self.states(servedBy: second, statesServed))
    }

    private func states(servedBy person: String, _ statesServed: [String: Set<String>]) -> Set<String> {
        let known = lexicon.actors[person]?.positions.map(\.of).filter { ActorType(actorID: $0) == .country } ?? []
        return statesServed[person, default: []].union(known)
    }

    /// Whether `id` is an organization the lexicon does not define (the tagger's or a pattern's).
    private func isUnknownBody(_ id: String) -> Bool {
        id.hasPrefix("organization:") && lexicon.actors[id] == nil
    }

    private func isPress(_ id: String) -> Bool {
        guard let category = lexicon.actors[id]?.attributes["category"] else { return false }
        return Self.pressCategories.contains(category)
    }

    /// Whether `person` leads or belongs to `body`, by an edge of this document or the lexicon.
    private func holdsPosition(_ person: String, in body: String, _ positions: Set<Pair>) -> Bool {
        if positions.contains(Pair(person, body)) { return true }
        return lexicon.actors[person]?.positions.contains { $0.of == body } ?? false
    }

    private struct Pair: Hashable {
        let holder: String, body: String
        init(_ holder: String, _ body: String) { self.holder = holder; self.body = body }
    }
}
