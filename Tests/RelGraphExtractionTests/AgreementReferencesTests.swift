import RelGraphCore
import Testing
@testable import RelGraphExtraction

/// A bare agreement head ("the accord", "le traité") is the agreement the article named before it.
@Suite struct AgreementReferencesTests {
    private func agreementMentions(_ text: String, language: Language) -> [Mention] {
        let extractor = Fixtures.extractor
        let document = extractor.analyze(text: text, document: "t", language: language)
        return extractor.mentions(in: document).flatMap(\.mentions).filter { $0.type == .agreement }
    }

    @Test(arguments: [
        ("Chile and Peru signed the fisheries accord on Monday. The accord takes effect in March.", Language.en),
        ("Le Chili et le Pérou ont signé le traité de coopération minière lundi. Le traité entre en vigueur en mars.", Language.fr),
    ])
    func aBareHeadIsTheAgreementNamedBefore(text: String, language: Language) throws {
        let mentions = agreementMentions(text, language: language)
        #expect(mentions.count == 2)
        let named = try #require(mentions.first)
        #expect(named.tokens.count >= 2)
        #expect(Set(mentions.map(\.actorID)) == [named.actorID])
        #expect(mentions.last?.surface.count ?? 0 < named.surface.count)
    }

    @Test func aBareHeadBeforeAnyNameStaysItsOwn() {
        let mentions = agreementMentions("The accord was praised. Chile and Peru later signed the fisheries accord.", language: .en)
        #expect(Set(mentions.map(\.actorID)).count == 2)
    }
}
