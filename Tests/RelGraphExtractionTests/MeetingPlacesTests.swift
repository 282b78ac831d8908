import Testing
@testable import RelGraphExtraction

/// A state named only as where a meeting is held is no party to it (invented sentences).
@Suite struct MeetingPlacesTests {
    /// The first sentence reading of `text`, with `meet` candidates between every two states it names.
    private func meetings(_ text: String, _ language: Language) -> (kept: Set<String>, all: Set<String>) {
        let document = Fixtures.extractor.analyze(text: text, document: "t", language: language)
        let reading = Fixtures.extractor.mentions(in: document)[0]
        let states = Array(Set(reading.mentions.filter { $0.type == .country }.map(\.actorID))).sorted()
        var candidates: [FoundRelation] = []
        for (index, first) in states.enumerated() {
            for second in states[(index + 1)...] {
                candidates.append(FoundRelation(source: first, target: second, type: .meet, confidence: 0.6))
            }
        }
        let kept = MeetingPlaces.withoutPlacesAsParties(candidates, in: reading, document: document)
        func names(_ relations: [FoundRelation]) -> Set<String> { Set(relations.map { "\($0.source)-\($0.target)" }) }
        return (names(kept), names(candidates))
    }

    @Test(arguments: [
        ("Les pourparlers entre le Pérou et le Chili se tiendront à Oman.", Language.fr),
        ("Peru and Chile will hold talks in Oman next week.", .en),
        ("Perú y Chile celebrarán conversaciones en Omán.", .es),
        ("Peru und Chile wollen Gespräche in Oman führen.", .de),
    ])
    func theHostStateOfTalksIsNoParty(text: String, language: Language) {
        let result = meetings(text, language)
        #expect(result.all.count == 3)
        #expect(result.kept == ["country:CL-country:PE"])
    }

    @Test func aStateNamedAlsoAsAPartyStays() {
        // Oman is a place once and a party once: its meetings stay.
        let result = meetings("Oman and Peru held talks in Oman.", .en)
        #expect(result.kept == ["country:OM-country:PE"])
    }

    @Test func otherRelationsWithAPlaceStay() {
        // Chile follows "in" here too, but only meetings have a place that is no party.
        let document = Fixtures.extractor.analyze(text: "Peru delivered arms to its troops in Chile.", document: "t", language: .en)
        let reading = Fixtures.extractor.mentions(in: document)[0]
        let supply = [FoundRelation(source: "country:PE", target: "country:CL", type: .supply, confidence: 0.6)]
        #expect(MeetingPlaces.withoutPlacesAsParties(supply, in: reading, document: document) == supply)
    }
}
