import Testing
@testable import RelGraphExtraction

/// Actors news names that the mention stages used to miss or type wrongly (invented sentences).
@Suite struct ActorCoverageTests {
    @Test func capitalAtAJourneysStartOrEndIsThePlace() {
        // After a word of travel, "from", "pour", "de", "para", "von" name where a journey starts or ends.
        #expect(Fixtures.nodes("Alma Quispe left Lima for Quito on Monday.").isSuperset(of: ["location:lima", "location:quito"]))
        #expect(Fixtures.nodes("Tomas Verhoeven returned from Lima after the talks.").contains("location:lima"))
        #expect(Fixtures.nodes("Alma Quispe s'est envolée lundi soir de Lima.", language: .fr).contains("location:lima"))
        #expect(Fixtures.nodes("Tomas Verhoeven a retardé son départ pour Quito.", language: .fr).contains("location:quito"))
        #expect(Fixtures.nodes("Alma Quispe salió de Quito el martes.", language: .es).contains("location:quito"))
        #expect(Fixtures.nodes("Nach seiner Rückkehr von Lima sprach Verhoeven mit der Presse.", language: .de).contains("location:lima"))
        // Without a word of travel the capital stays the state.
        let support = Fixtures.nodes("Alma Quispe welcomed the support from Quito.")
        #expect(support.contains("country:EC"))
        #expect(!support.contains("location:quito"))
        #expect(Fixtures.nodes("Tomas Verhoeven critique le soutien de Lima.", language: .fr).contains("country:PE"))
    }

    @Test func territoryIsAPlaceNotACountry() {
        // A territory with an ISO code is no sovereign state: a location in its sovereign state.
        let french = Fixtures.graph("Tomas Verhoeven s'est rendu en Nouvelle-Calédonie, territoire de la France.", language: .fr)
        #expect(french.nodes.map(\.id).contains("location:new-caledonia"))
        #expect(!french.nodes.map(\.id).contains("country:NC"))
        let english = Fixtures.nodes("Alma Quispe said Greenland should decide its own future.")
        #expect(english.contains("location:greenland"))
        #expect(!english.contains("country:GL"))
        // Sovereign states and partially recognised ones stay countries.
        #expect(Fixtures.nodes("Alma Quispe met the leaders of Kosovo and Peru.").contains("country:XK"))
    }

    @Test func socialPlatformsAreOrganizations() {
        #expect(Fixtures.nodes("Alma Quispe wrote on Twitter that the talks had failed.").contains("organization:twitter"))
        #expect(Fixtures.nodes("Tomas Verhoeven a publié une vidéo sur Telegram.", language: .fr).contains("organization:telegram"))
        // The common noun is no platform.
        #expect(!Fixtures.nodes("Alma Quispe sent a telegram to Tomas Verhoeven.").contains("organization:telegram"))
    }

    @Test func oceansAndWorldRegionsArePlaces() {
        #expect(Fixtures.nodes("Peruvian and Chilean ships held drills in the Pacific.").contains("location:pacific-ocean"))
        #expect(Fixtures.nodes("Les navires ont traversé l'océan Atlantique.", language: .fr).contains("location:atlantic-ocean"))
        #expect(Fixtures.nodes("Die Schiffe kreuzten in der Ägäis.", language: .de).contains("location:aegean-sea"))
    }
}
