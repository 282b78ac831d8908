import Testing
@testable import RelGraphExtraction

/// German puts the verb second in a main clause and last in a subordinate one, and writes its
/// nouns with a capital (invented sentences, the hand-written rules alone).
@Suite struct GermanWordOrderTests {
    @Test(arguments: [
        "Peru hat Chile am Montag angegriffen.",
        "Peru greift Chile an.",
        "Die Regierung erklärte, dass Peru Chile mit Raketen angegriffen habe.",
        "Peru hat Stellungen in Chile bombardiert.",
        // A passive's agent follows "von", its auxiliary before or after the participle.
        "Chile wurde am Montag von Peru angegriffen.",
        "Die Regierung erklärte, dass Chile von Peru angegriffen worden sei.",
    ])
    func aLowercaseFormOfANounRowIsTheVerb(text: String) {
        // The attack row lists "Angriff" and "angegriffen" alike; written in lower case it is the
        // verb, whose subject and object may both stand before it.
        let edges = Fixtures.edges(text, language: .de)
        #expect(edges.contains("attack(country:PE,country:CL)"), "\(edges)")
        #expect(!edges.contains("attack(country:CL,country:PE)"))
    }

    @Test func aCapitalisedNounKeepsItsOwnArguments() {
        // "Der peruanische Angriff auf Chile": the adjective is the attacker, the clause has no verb trigger.
        #expect(Fixtures.edges("Der peruanische Angriff auf Chile dauert an.", language: .de).contains("attack(country:PE,country:CL)"))
    }

    @Test func aPlaceComplementClosesTheObjectOfAVerbFinalClause() {
        // The object is the actor before "in Chile", not Chile.
        let edges = Fixtures.edges("Bolivien hat den peruanischen Angriff in Chile scharf verurteilt.", language: .de)
        #expect(edges.contains("accuse(country:BO,country:PE)"), "\(edges)")
        #expect(!edges.contains { $0.hasPrefix("accuse(country:PE") })
    }
}
