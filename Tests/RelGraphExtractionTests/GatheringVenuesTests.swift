import Testing
@testable import RelGraphExtraction

/// The gathering a story's lead places somewhere, and the visits of those who met there
/// (invented sentences; Alma Quispe leads Peru in the fixture lexicon, Lima and Quito are capitals).
@Suite struct GatheringVenuesTests {
    @Test func whoMetAtTheLeadsGatheringVisitsItsVenueAndItsState() {
        let text = """
            Summit in Quito ends without a joint statement
            Rodrigo Salvat and Alma Quispe held talks on trade on Monday.
            Ecuador hosted the meeting for the first time.
            """
        let edges = Fixtures.edges(text, language: .en)
        #expect(edges.contains("meet(person:alma-quispe,person:rodrigo-salvat)") || edges.contains("meet(person:rodrigo-salvat,person:alma-quispe)"), "\(edges)")
        for person in ["person:rodrigo-salvat", "person:alma-quispe"] {
            #expect(edges.contains("visit(\(person),location:quito)"), "\(edges)")
            #expect(edges.contains("visit(\(person),country:EC)"), "\(edges)")
        }
    }

    @Test func theVenuesStateNeedsTheArticleToNameIt() {
        let edges = Fixtures.edges("Summit in Quito ends\nRodrigo Salvat and Alma Quispe held talks on trade on Monday.", language: .en)
        #expect(edges.contains("visit(person:alma-quispe,location:quito)"), "\(edges)")
        #expect(!edges.contains { $0.hasSuffix(",country:EC)") }, "\(edges)")
    }

    @Test func aGatheringNamedBelowTheLeadIsBackground() {
        let text = """
            Peru and Chile agree on fishing quotas
            Rodrigo Salvat and Alma Quispe held talks on trade on Monday.
            The two had spoken by telephone in March.
            Their last summit in Quito ended without a deal.
            """
        let edges = Fixtures.edges(text, language: .en)
        #expect(edges.contains { $0.hasPrefix("meet(") }, "\(edges)")
        #expect(!edges.contains { $0.hasPrefix("visit(") }, "\(edges)")
    }

    @Test func aHostDoesNotVisitTheVenueInTheirOwnState() {
        let edges = Fixtures.edges("Sommet à Lima\nRodrigo Salvat et Alma Quispe ont tenu des pourparlers lundi.", language: .fr)
        #expect(edges.contains("visit(person:rodrigo-salvat,location:lima)"), "\(edges)")
        #expect(!edges.contains("visit(person:alma-quispe,location:lima)"), "\(edges)")
    }

    @Test func onlyTheFirstVenuesOfTheLeadCount() {
        let meetings = [FoundRelation(source: "person:a", target: "person:b", type: .meet, confidence: 0.8)]
        let venues = (0..<10).map { Mention(tokens: $0..<($0 + 1), actorID: "location:place-\($0)", type: .location, kind: .name,
                                             surface: "Place \($0)", label: "Place \($0)") }
        let visits = GatheringVenues.visits(of: meetings, to: venues, named: [])
        #expect(visits.count == 2 * GatheringVenues.maximumVenues)
        #expect(Set(visits.map(\.visit.target)) == Set((0..<GatheringVenues.maximumVenues).map { "location:place-\($0)" }))
    }

    @Test func theGatheringWordMustStandInTheSameClauseBeforeThePlace() {
        func venues(_ text: String, _ language: Language) -> [String] {
            let document = Fixtures.extractor.analyze(text: text, document: "t.txt", language: language)
            return Fixtures.extractor.mentions(in: document).flatMap { GatheringVenues.venues(in: $0, document: document) }.map(\.actorID)
        }
        #expect(venues("Talks in Quito ended on Monday.", .en) == ["location:quito"])
        #expect(venues("The summit of the Andean trade ministers in Quito ended.", .en) == ["location:quito"])
        #expect(venues("Beim Krisengipfel in Quito sprachen die Minister.", .de) == ["location:quito"])
        #expect(venues("La cumbre en Quito terminó el lunes.", .es) == ["location:quito"])
        #expect(venues("La réunion des ministres à Quito a duré deux heures.", .fr) == ["location:quito"])
        // Another clause, or no gathering word at all: the place is no venue.
        #expect(venues("Talks ended; in Quito the ministers rested.", .en).isEmpty)
        #expect(venues("The ministers rested in Quito on Monday.", .en).isEmpty)
        #expect(!GatheringVenues.isGatheringWord("gipfelkreuz", cues: Fixtures.extractor.analyze(text: "Gipfel", document: "t", language: .de).cues))
    }
}
