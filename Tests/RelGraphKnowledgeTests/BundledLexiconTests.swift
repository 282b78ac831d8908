import RelGraphCore
import Testing
@testable import RelGraphKnowledge

/// The shipped data loads and answers the lookups the extractor relies on.
@Suite struct BundledLexiconTests {
    /// Loaded once; a load failure fails every test with its message instead of crashing the run.
    static let loaded = Result { try Lexicon.load() }
    static var lexicon: Lexicon { (try? loaded.get()) ?? Lexicon() }

    @Test func bundledDataLoads() throws {
        _ = try Self.loaded.get()
    }

    @Test func loadsEveryIsoCountryPlusKosovo() {
        let countries = Self.lexicon.actors.values.filter { $0.type == .country }
        #expect(countries.count == 250)
        #expect(Self.lexicon.actors["country:XK"]?.attributes["iso"] == "XK")
    }

    @Test func countryNamesResolveInFourLanguages() {
        for name in ["Russie", "Russia", "Rusia", "Russland"] {
            #expect(Self.lexicon.lookup(name).contains { $0.actorID == "country:RU" && $0.kind == .name }, "\(name)")
        }
        // Other names news uses beside CLDR's: "la Kirghizie", "Kirgistan".
        for name in ["Kirghizie", "Kirguizistán", "Kirgistan"] {
            #expect(Self.lexicon.lookup(name).contains { $0.actorID == "country:KG" && $0.kind == .name }, "\(name)")
        }
    }

    @Test func curatedShortNameBecomesTheLabel() {
        #expect(Self.lexicon.actors["country:CN"]?.label == "China")
        #expect(Self.lexicon.lookup("Chine").contains { $0.actorID == "country:CN" })
    }

    @Test func demonymsAreInflected() {
        for form in ["nord-coréennes", "North Koreans", "norcoreanas", "nordkoreanischen", "Nordkoreanerinnen"] {
            #expect(Self.lexicon.lookup(form).contains { $0.actorID == "country:KP" && $0.kind == .demonym }, "\(form)")
        }
    }

    @Test func bothSpellingsOfADemonymAreKnown() {
        // French and German write Cape Verde's adjective with and without the hyphen.
        for form in ["cap-verdiens", "capverdiens", "kap-verdische", "kapverdischen"] {
            #expect(Self.lexicon.lookup(form).contains { $0.actorID == "country:CV" && $0.kind == .demonym }, "\(form)")
        }
    }

    @Test func capitalIsBothTheStateAndAPlace() {
        let entries = Self.lexicon.lookup("Moscou")
        #expect(entries.contains { $0.actorID == "country:RU" && $0.kind == .capital })
        let city = entries.first { $0.kind == .name }.flatMap { Self.lexicon.actors[$0.actorID] }
        #expect(city?.type == .location)
        #expect(city?.attributes["in"] == "country:RU")
    }

    @Test func sharedSurnameIsAmbiguousButFullNamesAreNot() {
        let kim = Self.lexicon.lookup("Kim")
        #expect(Set(kim.map(\.actorID)).count > 1)
        #expect(kim.allSatisfy { $0.ambiguous })
        let full = Self.lexicon.lookup("Kim Jong-un")
        #expect(full.map(\.actorID) == ["person:kim-jong-un"])
        #expect(full.allSatisfy { !$0.ambiguous })
    }

    @Test func personCarriesCurrentPosition() {
        let putin = Self.lexicon.actors["person:vladimir-putin"]
        #expect(putin?.attributes["role"] == "president")
        #expect(putin?.attributes["of"] == "country:RU")
        #expect(putin?.attributes["end"] == nil)
        #expect((putin?.positions.count ?? 0) >= 3)
    }

    /// Positions that started the same day: the one the `persons` table lists first is the main
    /// one (Macron is president of France and, by the same office, co-prince of Andorra; Charles
    /// III is king of several realms, the United Kingdom listed first).
    @Test func positionsThatStartedTogetherKeepTheFirstListedAsTheMainOne() {
        let macron = Self.lexicon.actors["person:emmanuel-macron"]
        #expect(macron?.attributes["role"] == "president")
        #expect(macron?.attributes["of"] == "country:FR")
        #expect(macron?.positions.contains { $0.of == "country:AD" } == true)
        let charles = Self.lexicon.actors["person:charles-iii"]
        #expect(charles?.attributes["of"] == "country:GB")
        #expect((charles?.positions.count ?? 0) > 10)
    }

    @Test func acronymsThatAreWordsAreCaseSensitive() {
        let un = Self.lexicon.lookup("UN").filter { $0.actorID == "organization:un" }
        #expect(!un.isEmpty)
        #expect(un.allSatisfy { $0.caseSensitive })
    }

    @Test func companiesNewsNamesAreOrganizations() {
        // Sanctions, arms deals and energy disputes name companies: "sanctions on Rosneft and Lukoil".
        for (name, id) in [("Rosneft", "organization:rosneft"), ("Lockheed Martin", "organization:lockheed-martin"),
                           ("Dassault Aviation", "organization:dassault-aviation"), ("Huawei", "organization:huawei")] {
            #expect(Self.lexicon.lookup(name).contains { $0.actorID == id && $0.kind == .name }, "\(name)")
            #expect(Self.lexicon.actors[id]?.attributes["category"] == "company", "\(id)")
        }
    }

    @Test func familyLinksConnectTheKims() {
        let links = Self.lexicon.familyLinks(of: "person:kim-jong-un")
        #expect(links.contains(FamilyLink(person: "person:kim-jong-il", kind: .parent, relative: "person:kim-jong-un")))
    }

    @Test func titlesImplyLeadership() {
        let titles = Self.lexicon.titles(forFolded: NameFolding.fold("Premier ministre"))
        #expect(titles.contains { $0.role == "prime_minister" && $0.relation == .leaderOf && $0.language == "fr" })
        #expect(Self.lexicon.maxFormTokens >= 4)
    }
}
