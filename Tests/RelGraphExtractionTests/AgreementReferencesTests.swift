import RelGraphCore
import Testing
@testable import RelGraphExtraction

/// A bare agreement head ("the accord", "le traité") is the agreement the article named before it.
@Suite struct AgreementReferencesTests {
    private func agreementMentions(_ text: String, language: Language) -> [Mention] {
        Fixtures.agreementMentions(text, language: language)
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

    @Test func aBareHeadBeforeTheNameIsThatAgreementToo() {
        let mentions = agreementMentions("The accord was praised. Chile and Peru later signed the fisheries accord.", language: .en)
        #expect(mentions.count == 2)
        #expect(Set(mentions.map(\.actorID)).count == 1)
    }

    @Test(arguments: [
        ("Belgium and Ukraine signed a bilateral security agreement on Tuesday. The security pact covers air defence.", Language.en),
        ("La Belgique et l'Ukraine ont signé mardi un accord bilatéral de sécurité. Le pacte de défense, valable dix ans, couvre la défense aérienne.",
         Language.fr),
    ])
    func twoWordingsAreOneAgreementNamedByTheLonger(text: String, language: Language) throws {
        let mentions = agreementMentions(text, language: language)
        #expect(mentions.count >= 2)
        #expect(Set(mentions.map(\.actorID)).count == 1)
        let longest = try #require(mentions.max { $0.tokens.count < $1.tokens.count })
        #expect(mentions.allSatisfy { $0.label == longest.surface }, "labels: \(mentions.map(\.label))")
    }

    @Test(arguments: [
        ("Peru left the Intermediate-Range Nuclear Forces Treaty. The nuclear forces treaty had banned such missiles.", Language.en,
         "agreement:inf-treaty"),
        ("Perú abandonó el Tratado de Fuerzas Nucleares de Alcance Intermedio. El tratado de fuerzas nucleares firmado prohibía esos misiles.",
         Language.es, "agreement:inf-treaty"),
        ("Le Pérou a quitté le traité sur les forces nucléaires à portée intermédiaire. Le traité sur les armes nucléaires interdisait ces missiles.",
         Language.fr, "agreement:inf-treaty"),
        ("Peru lobte das Wiener Atomabkommen. Das Wiener Abkommen über das Atomprogramm gilt bis 2030.", Language.de, "agreement:jcpoa"),
    ])
    func aRestatedNameIsTheTreatyTheLexiconKnows(text: String, language: Language, id: String) {
        let mentions = agreementMentions(text, language: language)
        #expect(mentions.count >= 2)
        #expect(Set(mentions.map(\.actorID)) == [id], "\(mentions.map(\.surface)) → \(mentions.map(\.actorID))")
    }

    @Test func aTreatyTheLexiconKnowsStaysApart() {
        // The Paris Agreement is a lexicon actor; the deal the article found by its words is another.
        let mentions = agreementMentions(
            "Both leaders recalled the Paris Agreement. They then signed a new hydrogen supply deal in Berlin.", language: .en)
        #expect(Set(mentions.map(\.actorID)).count == 2)
    }
}
