import RelGraphCore
import Testing
@testable import RelGraphKnowledge

/// Ministries, armed forces and parties that news quote as actors.
@Suite struct GovernmentBodyTests {
    static var lexicon: Lexicon { BundledLexiconTests.lexicon }

    @Test func ministryNamedByItsBuildingIsAnOrganization() {
        for (form, id) in [("Pentagon", "organization:us-department-of-defense"), ("Pentagone", "organization:us-department-of-defense"),
                           ("Quai d'Orsay", "organization:fr-foreign-ministry"), ("Foreign Office", "organization:uk-foreign-office")] {
            let entries = Self.lexicon.lookup(form)
            #expect(entries.contains { $0.actorID == id }, "\(form)")
            #expect(!entries.contains { $0.actorID.hasPrefix("country:") }, "\(form)")
        }
        // A government seat that is not a ministry still stands for the state.
        #expect(Self.lexicon.lookup("Maison-Blanche").contains { $0.actorID == "country:US" && $0.kind == .metonym })
    }

    @Test func armyNamedByDemonymIsNoOrganization() {
        for form in ["armée israélienne", "Russian army", "chinesische Militär"] {
            #expect(!Self.lexicon.lookup(form).contains { $0.actorID.hasPrefix("organization:") }, "\(form)")
        }
    }

    @Test func partiesAreOrganizations() {
        #expect(Self.lexicon.lookup("SPD").contains { $0.actorID == "organization:spd" })
        #expect(Self.lexicon.lookup("Unionsparteien").contains { $0.actorID == "organization:cdu-csu" })
        #expect(Self.lexicon.actors["organization:afd"]?.attributes["category"] == "party")
    }
}

@Suite struct TreasuryAmbiguityTests {
    @Test func bareTreasuryNamesBothFinanceDepartments() {
        let entries = BundledLexiconTests.lexicon.lookup("Treasury")
        #expect(Set(entries.map(\.actorID)) == ["organization:us-treasury", "organization:uk-treasury"])
        #expect(entries.allSatisfy { $0.ambiguous })
    }
}
