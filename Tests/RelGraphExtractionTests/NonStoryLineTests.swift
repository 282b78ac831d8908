import Testing
@testable import RelGraphExtraction

/// Credit lines, bylines and links to other stories in pasted articles are no part of the story
/// (invented articles).
@Suite struct NonStoryLineTests {
    @Test(arguments: [
        (Language.en, "Reporting by Tomas Verhoeven and Alma Quispe; Editing by Rosalind Ferrer",
         "Peru sent medical aid to Chile on Monday."),
        (.fr, "Par Tomas Verhoeven, envoyé spécial à Lima",
         "Le Pérou a envoyé une aide médicale au Chili lundi."),
        (.es, "Por Tomas Verhoeven y Alma Quispe",
         "Perú envió ayuda médica a Chile el lunes."),
        (.de, "Von Tomas Verhoeven",
         "Peru schickte am Montag medizinische Hilfe nach Chile."),
    ])
    func journalistsAreNoActors(language: Language, credit: String, story: String) {
        for text in ["\(story)\n\n\(credit)\n", "\(credit)\n\n\(story)\n"] {
            // The rules alone, and what `relgraph extract` runs (the model pairs a byline's
            // name with the story's main actors).
            for extractor in [Fixtures.extractor, Fixtures.learned] {
                let graph = extractor.extract(text: text, document: "test.txt", language: language)
                let nodes = Set(graph.nodes.map(\.id))
                #expect(!nodes.contains { $0.hasPrefix("person:") }, "\(language): \(nodes)")
                #expect(nodes.isSuperset(of: ["country:PE", "country:CL"]), "\(language): \(nodes)")
            }
            let edges = Fixtures.edges(text, language: language)
            #expect(edges.contains("supply(country:PE,country:CL)"), "\(language): \(edges)")
        }
    }

    @Test func anAgencyCreditLineStatesNothing() {
        // Read as story, "(Avec AFP)" made France a member of the agency.
        for text in ["Le Pérou a envoyé une aide médicale au Chili lundi.\n\n(Avec AFP)\n",
                     "Perú envió ayuda médica a Chile el lunes.\n\nCon información de EFE\n",
                     "Peru schickte am Montag medizinische Hilfe nach Chile.\n\nMit Material von dpa\n"] {
            let nodes = Fixtures.nodes(text)
            #expect(!nodes.contains { $0.hasPrefix("organization:") }, "\(nodes)")
            #expect(nodes.isSuperset(of: ["country:PE", "country:CL"]))
        }
    }

    @Test func storyLinesOpeningWithTheSameWordsAreRead() {
        // One capitalised word before the comma, or a lowercase word: no byline.
        #expect(Fixtures.edges("By Monday, Peru had sent medical aid to Chile.\n", language: .en)
            .contains("supply(country:PE,country:CL)"))
        #expect(Fixtures.nodes("Von der EU kam Kritik an Peru.\n", language: .de).contains("organization:eu"))
        #expect(Fixtures.nodes("Por su parte, Perú envió ayuda médica a Chile.\n", language: .es).isSuperset(of: ["country:PE", "country:CL"]))
        // A credit phrase inside a line is story: only a line opening with it is a credit.
        #expect(Fixtures.nodes("Le Pérou, avec AFP comme témoin, a envoyé une aide au Chili.\n", language: .fr).contains("organization:afp"))
    }

    @Test func aBylineIsAWholeShortLine() {
        let document = Fixtures.extractor.analyze(text: "By Tomas Verhoeven and Alma Quispe\nBy Tomas Verhoeven and Alma Quispe Peru sent aid to Chile while the two ministers met in Lima on Monday to discuss it.\n",
                                                  document: "-", language: .en)
        #expect(NonStoryLines.sentences(in: document) == [0])
    }

    @Test func aLinkToAnotherStoryStatesNothing() {
        let links = [
            (Language.en, "Read more: Chile expels Peru's ambassador"),
            (.en, "RELATED: Chile expels Peru's ambassador"),
            (.fr, "Lire aussi Le Chili expulse l'ambassadeur du Pérou"),
            (.es, "Lea también: Chile expulsa al embajador de Perú"),
            (.de, "Lesen Sie auch: Chile weist den Botschafter Perus aus"),
        ]
        for (language, link) in links {
            let story = ["en": "Peru sent medical aid to Chile on Monday.", "fr": "Le Pérou a envoyé une aide médicale au Chili lundi.",
                         "es": "Perú envió ayuda médica a Chile el lunes.", "de": "Peru schickte am Montag medizinische Hilfe nach Chile."][language.rawValue]!
            let edges = Fixtures.edges("\(story)\n\n\(link)\n", language: language)
            #expect(edges == ["supply(country:PE,country:CL)"], "\(language): \(edges)")
        }
        // A one-word opener is a link only with a mark after it.
        #expect(Fixtures.edges("Related talks between Chile and Peru ended on Monday with a deal.\n", language: .en)
            .contains("meet(country:CL,country:PE)"))
    }
}
