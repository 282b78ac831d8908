import RelGraphCore
import Testing
@testable import RelGraphExtraction

/// Agreement heads beyond the plain nouns: German compounds and their inflections, contracts.
@Suite struct AgreementHeadTests {
    private func agreementSurfaces(_ text: String, language: Language) -> [String] {
        let extractor = Fixtures.extractor
        let document = extractor.analyze(text: text, document: "t", language: language)
        return extractor.mentions(in: document).flatMap(\.mentions).filter { $0.type == .agreement }.map(\.surface)
    }

    @Test(arguments: ["Friedensabkommen", "Gasliefervertrag", "Handelsabkommens", "Rüstungsdeal"])
    func aGermanCompoundEndingInAHeadIsAnAgreement(word: String) {
        #expect(agreementSurfaces("Die beiden Regierungen unterzeichneten am Montag den \(word) in Berlin.", language: .de) == [word])
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
}
