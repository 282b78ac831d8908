import Testing
import RelGraphCore
@testable import RelGraphExtraction

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("Le gouvernement a déclaré hier que ces deux États signeront un accord dans leur capitale.", Language.fr),
        ("The government said that the two countries will sign a deal in the capital.", Language.en),
        ("El gobierno dijo que los dos países firmarán un acuerdo en la capital.", Language.es),
        ("Die Regierung sagte, dass die beiden Länder ein Abkommen in der Hauptstadt unterzeichnen.", Language.de),
        // A headline or a one-line dispatch has few stop words, often shared with another
        // language ("a" is French and Spanish); the letters only one language writes decide.
        ("España expulsó a dos diplomáticos rusos.", Language.es),
        ("Rusia expulsa a diplomáticos alemanes", Language.es),
        ("ÉL CONDENÓ A ESPAÑA", Language.es),
        ("Scholz trifft Macron in München", Language.de),
        ("Poutine à Pyongyang", Language.fr),
        ("Putin in Pyongyang", Language.en),
    ])
    func detectsTheLanguage(text: String, language: Language) {
        #expect(Fixtures.extractor.analyze(text: text, document: "t").language == language)
    }

    @Test func aShortSpanishDispatchIsReadAsSpanish() {
        // Read as French before, "rusos" named no state and the expulsion no sanction.
        let graph = Fixtures.graph("España expulsó a dos diplomáticos rusos.")
        #expect(graph.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["country:ES sanction country:RU"])
    }
}

@Suite struct ModalityTests {
    @Test func negatedStatementsGiveNoRelation() {
        #expect(Fixtures.edges("La France n'a pas attaqué la Belgique.").isEmpty)
        #expect(Fixtures.edges("Germany did not sanction Austria.").isEmpty)
        #expect(Fixtures.edges("Alemania no ha sancionado a Austria.").isEmpty)
        #expect(Fixtures.edges("Frankreich hat Belgien nicht angegriffen.").isEmpty)
        // The sentences were read: their actors are there, only the negated relation is not.
        #expect(Fixtures.nodes("La France n'a pas attaqué la Belgique.") == ["country:FR", "country:BE"])
        #expect(Fixtures.nodes("Alemania no ha sancionado a Austria.") == ["country:DE", "country:AT"])
    }

    @Test func speculationIsMarkedPossible() {
        let graph = Fixtures.graph("Le Portugal pourrait livrer des armes à la Pologne.")
        #expect(graph.edges.count == 1)
        #expect(graph.edges.first?.type == .supply)
        #expect(graph.edges.first?.attributes["modality"] == "possible")
    }

    @Test func assertedStatementIsNotMarked() {
        let graph = Fixtures.graph("Le Portugal a livré des armes à la Pologne.")
        #expect(graph.edges.first?.attributes["modality"] == nil)
        #expect(graph.edges.map(\.source) == ["country:PT"])
    }
}

/// Cue forms already folded skip the folder (start-up); every other form is folded as before.
@Suite struct CueFoldingTests {
    @Test(arguments: [
        "rencontre", "a rencontré", "Met", "met with", " met", "met ", "met  with", "meet-up", "o'brien", "u.s.", "a_b",
        "a,b", "`x", "fünf", "ÉTATS", "a\tb", "", " ", "42 ans", "x*y", "ABC", "straße",
    ])
    func foldingEqualsTheFolders(form: String) {
        var fast = NameFolder(), slow = NameFolder()
        #expect(CuePhrase.fold(form, with: &fast) == slow.fold(form))
    }

    @Test func everyBundledTriggerFormFoldsAsTheFolderFoldsIt() throws {
        var fast = NameFolder(), slow = NameFolder()
        var forms = 0
        for table in Fixtures.extractor.lexicon.tables(named: "triggers") {
            for row in table.rows {
                for form in table.value("forms", in: row).split(separator: "|").map(String.init) {
                    #expect(CuePhrase.fold(form, with: &fast) == slow.fold(form), "\(form)")
                    forms += 1
                }
            }
        }
        #expect(forms > 1000)
    }
}
