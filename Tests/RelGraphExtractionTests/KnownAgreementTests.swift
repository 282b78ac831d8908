import RelGraphCore
import Testing
@testable import RelGraphExtraction

/// Agreements and initiatives that news names by a proper name are the knowledge base's actors
/// (`agreements.tsv`), in each language's wording, not words the head-noun patterns guess at.
@Suite struct KnownAgreementTests {
    private func agreementIDs(_ text: String, language: Language) -> Set<String> {
        Set(Fixtures.agreementMentions(text, language: language).map(\.actorID))
    }

    @Test(arguments: [
        ("Peru joined the Belt and Road Initiative in 2019.", Language.en),
        ("Le Pérou a rejoint les nouvelles routes de la soie en 2019.", Language.fr),
        ("El Perú se sumó a la Ruta de la Seda en 2019.", Language.es),
        ("Peru trat 2019 der Neuen Seidenstraße bei.", Language.de),
    ])
    func theBeltAndRoadIsOneAgreementInEveryLanguage(text: String, language: Language) {
        #expect(agreementIDs(text, language: language).contains("agreement:belt-and-road-initiative"))
    }

    @Test func theProtocolAndTheFrameworkThatReplacedItAreTwoAgreements() {
        let ids = agreementIDs("London and Brussels replaced the Northern Ireland Protocol with the Windsor Framework.", language: .en)
        #expect(ids.isSuperset(of: ["agreement:northern-ireland-protocol", "agreement:windsor-framework"]))
    }

    @Test func aRegionalPlanNamedByItsPointsIsAnAgreement() {
        #expect(agreementIDs("The bloc urged the junta to honour the Five-Point Consensus.", language: .en)
            == ["agreement:asean-five-point-consensus"])
    }

    @Test func anArmsTreatyIsKnownByItsOldAndNewNames() {
        let ids = agreementIDs("The new Strategic Arms Reduction Treaty replaces START I, which expired last year.", language: .en)
        #expect(ids == ["agreement:new-start", "agreement:start-i"])
        #expect(agreementIDs("Moskau setzt die Minsker Vereinbarungen nicht um.", language: .de) == ["agreement:minsk-agreements"])
    }

    @Test(arguments: [
        ("Lima welcomed the EU-Mercosur agreement on Friday.", Language.en, "agreement:eu-mercosur-agreement"),
        ("Quito invoca la Convención de Viena sobre Relaciones Diplomáticas.", Language.es,
         "agreement:vienna-convention-on-diplomatic-relations"),
        ("Lima cite la convention des Nations unies sur le droit de la mer.", Language.fr, "agreement:unclos"),
    ])
    func otherNamedTreaties(text: String, language: Language, id: String) {
        #expect(agreementIDs(text, language: language).contains(id))
    }
}
