import Testing
@testable import RelGraphExtraction

/// A body the lexicon does not know, named in full and then by the acronym defined after it in
/// parentheses, is one actor (`AcronymDefinitions`); with the bundled name tagger, each of these
/// made two nodes before.
@Suite struct AcronymDefinitionsTests {
    private func nodes(_ text: String, _ language: Language) -> [String: [String]] {
        let graph = Fixtures.learned.extract(text: text, document: "t", language: language)
        return Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.aliases) })
    }

    @Test func anAcronymDefinedAfterAnUnknownBodyIsThatBody() {
        let spanish = nodes("El Consejo Nacional de Pesca Artesanal (Conapa) criticó a Chile. Según el Conapa, Chile violó el acuerdo.", .es)
        #expect(spanish["organization:consejo-nacional-de-pesca-artesanal"] == ["Conapa"], "\(spanish)")
        #expect(spanish["organization:conapa"] == nil)
        let french = nodes("Le Conseil national de la pêche artisanale (CNPA) a accusé le Chili. Le CNPA exige des excuses.", .fr)
        #expect(french["organization:conseil-national-de-la-peche-artisanale"] == ["CNPA"], "\(french)")
        #expect(french["organization:cnpa"] == nil)
    }

    @Test func theBodysRelationsGoToOneNode() {
        let graph = Fixtures.learned.extract(text: "Le Conseil national de la pêche artisanale (CNPA) a accusé le Chili. Le CNPA exige des excuses.",
                                             document: "t", language: .fr)
        let accusers = Set(graph.edges.filter { $0.type == .accuse }.map(\.source))
        #expect(accusers == ["organization:conseil-national-de-la-peche-artisanale"], "\(graph.edges.map(\.key))")
    }

    @Test func aWordInParenthesesAfterAnotherKindOfActorStaysApart() {
        // A person's name, then a body in parentheses: no acronym of theirs.
        let found = nodes("Alma Quispe (Conapa) criticó a Chile.", .es)
        #expect(found["person:alma-quispe"] != nil, "\(found)")
        #expect(found["person:alma-quispe"]?.contains("Conapa") != true)
    }
}
