import RelGraphCore
import Testing
@testable import RelGraphExtraction

/// Agreement heads beyond the plain nouns: German compounds and their inflections, contracts.
@Suite struct AgreementHeadTests {
    private func agreementSurfaces(_ text: String, language: Language) -> [String] {
        Fixtures.agreementMentions(text, language: language).map(\.surface)
    }

    @Test(arguments: ["Friedensabkommen", "Gasliefervertrag", "Handelsabkommens", "Rüstungsdeal"])
    func aGermanCompoundEndingInAHeadIsAnAgreement(word: String) {
        #expect(agreementSurfaces("Die beiden Regierungen unterzeichneten am Montag den \(word) in Berlin.", language: .de) == [word])
    }

    @Test func aVerbBeforeTheHeadIsNoPartOfTheName() {
        // Headlines drop the article: "sign defence pact". A modifier stays ("trade agreement").
        #expect(agreementSurfaces("Japan, Philippines sign defence agreement", language: .en) == ["defence agreement"])
        #expect(agreementSurfaces("Two rivals violate trade agreement", language: .en) == ["trade agreement"])
        #expect(agreementSurfaces("The cooperation agreement takes effect.", language: .en) == ["cooperation agreement"])
    }

    @Test func aNegationOrAnAuxiliaryAfterTheHeadIsNoPartOfTheName() {
        // The issue lists "accord non" and "accord était" among the junk agreements.
        #expect(agreementSurfaces("La France a signé un accord non contraignant avec le Chili.", language: .fr) == ["accord"])
        #expect(agreementSurfaces("L'accord était prévu depuis longtemps.", language: .fr) == ["accord"])
        #expect(agreementSurfaces("Chile y Perú firmaron un acuerdo no vinculante.", language: .es) == ["acuerdo"])
        // An adjective still is.
        #expect(agreementSurfaces("La France a signé un accord nucléaire avec le Chili.", language: .fr) == ["accord nucléaire"])
    }

    @Test(arguments: [
        ("The summit in Hanoi ended with no agreement.", Language.en),
        ("Le sommet s'est achevé sans accord.", Language.fr),
        ("Il n'y a pas d'accord entre les deux capitales.", Language.fr),
        ("La cumbre terminó sin acuerdo.", Language.es),
        ("Der Gipfel endete ohne Abkommen.", Language.de),
        ("Beide Seiten haben keinen Vertrag geschlossen.", Language.de),
    ])
    func anAgreementTheSentenceSaysIsNotThereIsNone(text: String, language: Language) {
        #expect(agreementSurfaces(text, language: language).isEmpty)
    }

    @Test func aNegatedVerbBeforeItsAgreementLeavesTheAgreement() {
        // The negation is the verb's when a determiner stands between: the resolutions exist.
        #expect(agreementSurfaces("La Russie ne respecte pas les résolutions du Conseil.", language: .fr) == ["résolutions du Conseil"])
        #expect(agreementSurfaces("Iran has not ratified the treaty.", language: .en) == ["treaty"])
    }

    @Test func aVerbOfSigningAfterTheHeadEndsTheName() {
        // "conclu", "firmado" state what was done with the treaty; before, they closed its name.
        #expect(agreementSurfaces("Le traité sur les armes nucléaires conclu en 1987 a expiré.", language: .fr) == ["traité sur les armes nucléaires"])
        #expect(agreementSurfaces("El acuerdo firmado ayer entra en vigor.", language: .es) == ["acuerdo"])
        // A complement still runs on over its own words.
        #expect(agreementSurfaces("Le traité sur les forces nucléaires a expiré.", language: .fr) == ["traité sur les forces nucléaires"])
    }
    @Test(arguments: [
        ("The two governments signed a declaration on maritime cooperation.", Language.en, "declaration"),
        ("Les ministres ont adopté une déclaration sur la sécurité alimentaire.", Language.fr, "déclaration"),
        ("Los cancilleres firmaron una declaración sobre la migración.", Language.es, "declaración"),
        ("Die Minister verabschiedeten eine Erklärung zur Ernährungssicherheit.", Language.de, "Erklärung"),
    ])
    func aSignedOrAdoptedDeclarationIsAnAgreement(text: String, language: Language, head: String) {
        let surfaces = agreementSurfaces(text, language: language)
        #expect(surfaces.count == 1 && surfaces[0].hasPrefix(head), "\(surfaces)")
    }

    @Test func aDeclarationAfterItsVerbInAVerbFinalClauseIsAnAgreement() {
        #expect(agreementSurfaces("Die beiden Regierungen haben eine Erklärung unterzeichnet.", language: .de) == ["Erklärung"])
    }

    @Test func aNamedDeclarationIsAnAgreement() {
        #expect(agreementSurfaces("Both sides stand by the Jeddah Declaration.", language: .en) == ["Jeddah Declaration"])
        #expect(agreementSurfaces("Los presidentes respaldan la Declaración de Lima.", language: .es).first?.hasPrefix("Declaración de Lima") == true)
        // And after an elided "of" ("d'Alger").
        #expect(agreementSurfaces("Les deux pays restent fidèles à la Déclaration d'Alger.", language: .fr).first?.hasPrefix("Déclaration d") == true)
    }

    @Test(arguments: [
        ("In a declaration, the minister condemned the strikes.", Language.en),
        ("Le ministre a fait une déclaration devant la presse.", Language.fr),
        ("El portavoz leyó una declaración ante los periodistas.", Language.es),
        ("Die Erklärung des Ministers wurde am Abend verlesen.", Language.de),
        ("Scholz Erklärung wurde am Abend verlesen.", Language.de),
    ])
    func aDeclarationNobodySignsIsAStatement(text: String, language: Language) {
        #expect(agreementSurfaces(text, language: language).isEmpty, "\(agreementSurfaces(text, language: language))")
    }

    @Test func aHeadMustBeTheEndOfALongerWordNotAWordThatHappensToEndSo() {
        // "Vertrag" alone is the plain head; "Betrag" (an amount) and "Abendessen" are no agreements.
        #expect(agreementSurfaces("Der Betrag wurde beim Abendessen genannt.", language: .de).isEmpty)
        #expect(agreementSurfaces("Der Vertrag wurde am Montag unterzeichnet.", language: .de) == ["Vertrag"])
    }

    @Test(arguments: [
        ("Turkey signed a contract for the S-400 systems with Moscow.", Language.en),
        ("La Turquie a signé un contrat pour les systèmes S-400 avec Moscou.", Language.fr),
        ("Turquía firmó un contrato por los sistemas S-400 con Moscú.", Language.es),
    ])
    func aContractIsAnAgreement(text: String, language: Language) {
        #expect(agreementSurfaces(text, language: language).contains { $0.lowercased().hasPrefix("contra") })
    }

    @Test func aHyphenatedHeadIsOneWord() {
        // The adjective after "accord-cadre" belongs to the name as after any head.
        #expect(agreementSurfaces("Le Pérou et le Chili ont signé un accord-cadre minier.", language: .fr) == ["accord-cadre minier"])
    }

    @Test(arguments: [
        ("Le Pérou et le Chili ont conclu un accord sur la pêche côtière.", Language.fr, "accord sur la pêche côtière"),
        ("Perú y Chile firmaron un acuerdo sobre pesca costera.", Language.es, "acuerdo sobre pesca costera"),
        ("Peru und Chile schlossen eine Vereinbarung über Fischereirechte.", Language.de, "Vereinbarung über Fischereirechte"),
    ])
    func theTopicOfAnAgreementBelongsToItsName(text: String, language: Language, expected: String) {
        #expect(agreementSurfaces(text, language: language) == [expected])
    }

    @Test func aCapitalisedNameRunsOnOverCapitalisedWordsAndDe() {
        #expect(agreementSurfaces("Perú y Chile firmaron el Convenio Integral de Pesca Andina en Lima.", language: .es)
            == ["Convenio Integral de Pesca Andina"])
        #expect(agreementSurfaces("Perú dejó el Tratado de Libre Pesca del Pacífico Sur.", language: .es)
            == ["Tratado de Libre Pesca del Pacífico Sur"])
        // A lowercase head names no proper name: the complement stops as before.
        #expect(agreementSurfaces("Perú firmó un acuerdo de pesca de Chile.", language: .es) == ["acuerdo de pesca"])
    }

    @Test func germanPluralHeads() {
        #expect(agreementSurfaces("Peru und Chile halten die Limaer Vereinbarungen ein.", language: .de) == ["Limaer Vereinbarungen"])
    }
}
