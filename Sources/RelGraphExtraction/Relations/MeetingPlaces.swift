/// A state named only as where people meet ("talks in Poland", "Gipfeltreffen in Saudi-Arabien",
/// "les pourparlers se tiendront à Oman") is the meeting's place, not a party to it: the
/// annotation conventions give the travellers a visit there, and a `meet` edge only to states the
/// text says held talks. The meeting triggers and the model pair every state of such a sentence.
enum MeetingPlaces {
    /// The relations of a sentence without the `meet` ones with a state that every mention of the
    /// sentence names right after a place preposition (articles between them allowed).
    static func withoutPlacesAsParties(_ relations: [FoundRelation], in reading: SentenceMentions,
                                       document: AnalyzedDocument) -> [FoundRelation] {
        guard relations.contains(where: { $0.type == .meet }) else { return relations }
        let places = reading.actorsNamedOnly(reading.mentions.lazy.filter { $0.type == .country }) {
            document.placePreposition(before: $0.tokens.lowerBound, in: reading.sentence.tokens) != nil
        }
        return relations.filter { relation in
            relation.type != .meet || !(places.contains(relation.source) || places.contains(relation.target))
        }
    }
}
