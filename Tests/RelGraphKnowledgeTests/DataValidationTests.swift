import RelGraphCore
import Testing
@testable import RelGraphKnowledge

/// Checks the shipped data against the rules in Data/README.md.
@Suite struct DataValidationTests {
    static let loaded = Result { try Lexicon.load() }

    func lexicon() throws -> Lexicon { try Self.loaded.get() }

    /// UN members and observers, Taiwan and Kosovo: the entries news treat as states.
    func sovereignCountries(_ lexicon: Lexicon) -> [ActorRecord] {
        lexicon.actors.values.filter {
            $0.type == .country && ["un-member", "un-observer", "partially-recognized"].contains($0.attributes["status"] ?? "")
        }
    }

    @Test func statusCoversEveryCountryWith193UNMembers() throws {
        let lexicon = try lexicon()
        let countries = lexicon.actors.values.filter { $0.type == .country }
        #expect(countries.allSatisfy { $0.attributes["status"] != nil })
        #expect(countries.filter { $0.attributes["status"] == "un-member" }.count == 193)
        #expect(sovereignCountries(lexicon).count == 197)
    }

    @Test func everySovereignCountryHasNameDemonymAndCapitalInFourLanguages() throws {
        let coverage = try lexicon().coverage()
        let sovereign = Set(sovereignCountries(try lexicon()).map(\.id))
        for language in LexiconCoverage.languages {
            let noName = (coverage.countriesWithoutName[language] ?? [])
            let noDemonym = (coverage.countriesWithoutDemonym[language] ?? []).filter(sovereign.contains)
            let noCapital = (coverage.countriesWithoutCapital[language] ?? []).filter(sovereign.contains)
            #expect(noName.isEmpty, "\(language): no name for \(noName)")
            #expect(noDemonym.isEmpty, "\(language): no demonym for \(noDemonym)")
            #expect(noCapital.isEmpty, "\(language): no capital for \(noCapital)")
        }
        #expect(coverage.countriesWithNoCapital.allSatisfy { !sovereign.contains($0) })
    }

    @Test func everySharedFormIsDeclaredAmbiguous() throws {
        let collisions = try lexicon().unmarkedCollisions()
        #expect(collisions.isEmpty, "\(collisions.map { "\($0.form): \($0.actors.joined(separator: ", "))" }.joined(separator: "\n"))")
    }

    @Test func everyPersonHasRoleBodyAndStart() throws {
        let lexicon = try lexicon()
        let persons = lexicon.actors.values.filter { $0.type == .person }
        #expect(persons.count >= 500)
        for person in persons {
            #expect(!person.positions.isEmpty, "\(person.id) has no position")
            for position in person.positions {
                #expect(!position.role.isEmpty && !position.start.isEmpty, "\(person.id)")
                #expect(lexicon.actors[position.of] != nil, "\(person.id): unknown \(position.of)")
                if let end = position.end { #expect(end >= position.start, "\(person.id) ends before it starts") }
            }
        }
    }

    @Test func everySovereignStateHasACurrentHeadOfState() throws {
        let lexicon = try lexicon()
        let led = Set(lexicon.actors.values.flatMap {
            $0.positions.filter { $0.isCurrent && Self.headOfStateRoles.contains($0.role) }.map(\.of)
        })
        // San Marino's two captains regent change every six months; Haiti is ruled by a council.
        let expectedGaps: Set<String> = ["country:SM", "country:HT"]
        let missing = sovereignCountries(lexicon).map(\.id).filter { !led.contains($0) && !expectedGaps.contains($0) }.sorted()
        #expect(missing.isEmpty, "no current head of state: \(missing)")
    }

    static let headOfStateRoles: Set<String> = [
        "president", "king", "emir", "sultan", "supreme_leader", "pope", "prince", "grand_duke", "emperor",
        "leader", "general_secretary", "head_of_state",
    ]

    /// One row per actor in the tables that define actors (persons may repeat, one row per position).
    @Test func noActorIsDefinedTwice() throws {
        let lexicon = try lexicon()
        let keyColumn = ["countries": "iso", "capitals": "iso", "demonyms": "iso", "organizations": "id",
                         "locations": "label", "actors": "id"]
        for (table, column) in keyColumn {
            var seen: [String: String] = [:]
            for file in lexicon.tables(named: table) where file.source.hasPrefix("Data/") {
                for (index, row) in file.rows.enumerated() {
                    let key = file.value(column, in: row)
                    #expect(seen[key] == nil, "\(file.location(ofRow: index)): \(key) already at \(seen[key] ?? "")")
                    seen[key] = file.location(ofRow: index)
                }
            }
        }
        var positions: Set<String> = []
        for file in lexicon.tables(named: "persons") {
            for (index, row) in file.rows.enumerated() {
                let key = ["name", "role", "of", "start"].map { file.value($0, in: row) }.joined(separator: "|")
                #expect(positions.insert(key).inserted, "\(file.location(ofRow: index)): duplicate position \(key)")
            }
        }
    }

    @Test func everyCapitalIsALocationInsideItsCountry() throws {
        let lexicon = try lexicon()
        for country in lexicon.actors.values where country.type == .country {
            guard let capital = country.attributes["capital"], capital != "-" else { continue }
            #expect(lexicon.actors[capital]?.type == .location, "\(country.id)")
            #expect(lexicon.actors[capital]?.attributes["in"] == country.id, "\(country.id): \(capital)")
        }
    }

    @Test func everyListedMemberIsACountryListedOnce() throws {
        let lexicon = try lexicon()
        let bodies = lexicon.actors.values.filter { $0.attributes["members"] != nil }
        #expect(bodies.count >= 30)
        for body in bodies {
            #expect(body.type == .organization, "\(body.id) lists members but is a \(body.type.rawValue)")
            let codes = body.attributes["members"]!.split(separator: " ").map(String.init)
            #expect(Set(codes).count == codes.count, "\(body.id) lists a member twice")
            let unknown = codes.filter { lexicon.actors["country:\($0)"]?.type != .country }
            #expect(unknown.isEmpty, "\(body.id): \(unknown) are not countries")
        }
        #expect(lexicon.actors["organization:nato"]?.attributes["members"]?.split(separator: " ").count == 32)
    }

    @Test func atLeast150Organizations() throws {
        #expect(try lexicon().actors.values.filter { $0.type == .organization }.count >= 150)
    }

    @Test func titlesExistInEveryLanguageForEveryRole() throws {
        let lexicon = try lexicon()
        var languagesByRole: [String: Set<String>] = [:]
        for key in lexicon.titleKeys {
            for title in lexicon.titles(forFolded: key) { languagesByRole[title.role, default: []].insert(title.language) }
        }
        for (role, languages) in languagesByRole {
            #expect(languages == ["fr", "en", "es", "de"], "\(role) only in \(languages.sorted())")
        }
    }
}

extension DataValidationTests {
    /// Positions use the titles' role vocabulary, so "le président X" and X's position agree.
    @Test func everyPersonRoleIsATitleRole() throws {
        let lexicon = try lexicon()
        var titleRoles: Set<String> = []
        for key in lexicon.titleKeys { for title in lexicon.titles(forFolded: key) { titleRoles.insert(title.role) } }
        let unknown = Set(lexicon.actors.values.flatMap { $0.positions.map(\.role) }).subtracting(titleRoles)
        #expect(unknown.isEmpty, "roles without a title: \(unknown.sorted())")
    }
}
