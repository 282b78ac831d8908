/// Visits news state by saying where a gathering was held and who met there: "after talks in
/// Minsk, the four leaders agreed…", "le sommet de la CEDEAO à Abuja a réuni…", "la cumbre en
/// Quito", "beim Krisengipfel in Minsk". No sentence says "X visited Minsk", yet each participant
/// from abroad went there, and the annotation conventions record that visit.
///
/// A place is a venue when a place preposition puts it after a gathering word of the same clause
/// (``LanguageCues/venueWords``, up to ``window`` tokens before the preposition), in the headline
/// or the two sentences after it: the lead says what the story's event was and where, while a
/// gathering named further down is mostly background ("since the summit in Madrid last year").
/// Read in every sentence, out of fold on the training articles these visits were right 24 times
/// in 33, but on validation 3 in 11; from the lead alone, 24 in 32 and 3 in 4 (with summits,
/// talks and negotiations; meetings, ceremonies and sessions as well add 18 right in 34 and 1
/// in 1).
///
/// Every person the article has meeting someone (a `meet` relation) visits each venue, and the
/// state the lexicon puts the venue in when the article names that state. A host does not visit
/// their own state; ``ImplausibleEdges`` removes those visits with the others of that kind.
enum GatheringVenues {
    /// How many tokens may stand between the gathering word and the place preposition ("sommet
    /// de la CEDEAO à Abuja").
    static let window = 8
    /// The headline and the two sentences after it.
    static let leadSentences = 3
    /// A story's lead places its gathering in one or two places (a city and a building): the
    /// venues past the first few are dropped, so a hostile lead naming thousands of places cannot
    /// multiply every participant's visits by thousands.
    static let maximumVenues = 4

    /// The place mentions of a sentence that a gathering word names as its venue.
    static func venues(in reading: SentenceMentions, document: AnalyzedDocument) -> [Mention] {
        reading.mentions.filter { $0.type == .location && isVenue($0.tokens.lowerBound, in: reading.sentence.tokens, document: document) }
    }

    private static func isVenue(_ start: Int, in sentence: Range<Int>, document: AnalyzedDocument) -> Bool {
        guard let preposition = document.placePreposition(before: start, in: sentence) else { return false }
        var index = preposition - 1
        while index >= sentence.lowerBound, preposition - index <= window {
            let token = document.tokens[index]
            if token.kind == .punctuation, token.text == ";" || token.text == ":" { return false }
            if document.roles(ofToken: index).contains(.clauseBreak) { return false }
            if isGatheringWord(document.foldedTokens[index], cues: document.cues) { return true }
            index -= 1
        }
        return false
    }

    /// A gathering word, or a compound ending in one ("krisengipfel", "gipfeltreffen").
    static func isGatheringWord(_ folded: String, cues: LanguageCues) -> Bool {
        if cues.venueWords.contains(folded) { return true }
        return cues.venueWords.contains { $0.count >= 6 && folded.count > $0.count && folded.hasSuffix($0) }
    }

    /// The visits of every person in `meetings` to each venue (the first ``maximumVenues`` in
    /// reading order) and to the venue's state when `named` (the article's actors) holds it, as
    /// confident as the person's surest meeting.
    /// Each visit comes with the index in `venues` of the venue it goes to (or whose state it goes to).
    static func visits(of meetings: [FoundRelation], to venues: [Mention], named: Set<String>) -> [(visit: FoundRelation, venue: Int)] {
        var participants: [String: Double] = [:]
        for meeting in meetings where meeting.type == .meet && meeting.modality == nil {
            for person in [meeting.source, meeting.target] where person.hasPrefix("person:") {
                participants[person] = max(participants[person] ?? 0, meeting.confidence)
            }
        }
        var visits: [(visit: FoundRelation, venue: Int)] = []
        for (index, venue) in venues.prefix(maximumVenues).enumerated() {
            var places = [venue.actorID]
            if let state = venue.attributes["in"], named.contains(state) { places.append(state) }
            for (person, confidence) in participants.sorted(by: { $0.key < $1.key }) {
                for place in places {
                    visits.append((FoundRelation(source: person, target: place, type: .visit, confidence: confidence * 0.9), index))
                }
            }
        }
        return visits
    }
}
