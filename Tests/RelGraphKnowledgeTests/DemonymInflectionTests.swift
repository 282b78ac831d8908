import Testing
@testable import RelGraphKnowledge

/// The grammar that expands demonym bases (invented bases where the rule, not the word, matters).
@Suite struct DemonymInflectionTests {
    func forms(_ base: String, _ language: String, _ part: DemonymInflection.Part = .adjective) -> Set<String> {
        Set(DemonymInflection.forms(of: base, language: language, part: part))
    }

    @Test func french() {
        #expect(forms("russe", "fr") == ["russe", "russes"])
        #expect(forms("nord-coréen", "fr") == ["nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes"])
        #expect(forms("français", "fr") == ["français", "française", "françaises"])
        #expect(forms("zorlandais", "fr") == ["zorlandais", "zorlandaise", "zorlandaises"])
        #expect(forms("américain", "fr") == ["américain", "américaine", "américains", "américaines"])
    }

    @Test func english() {
        #expect(forms("North Korean", "en") == ["North Korean"])
        #expect(forms("North Korean", "en", .noun) == ["North Korean", "North Koreans"])
        #expect(forms("Chinese", "en", .noun) == ["Chinese"])
        #expect(forms("Frenchwoman", "en", .noun) == ["Frenchwoman", "Frenchwomen"])
    }

    @Test func spanish() {
        #expect(forms("norcoreano", "es") == ["norcoreano", "norcoreana", "norcoreanos", "norcoreanas"])
        #expect(forms("francés", "es") == ["francés", "francesa", "franceses", "francesas"])
        #expect(forms("alemán", "es") == ["alemán", "alemana", "alemanes", "alemanas"])
        #expect(forms("español", "es") == ["español", "española", "españoles", "españolas"])
        #expect(forms("iraquí", "es") == ["iraquí", "iraquíes", "iraquís"])
        #expect(forms("belga", "es") == ["belga", "belgas"])
    }

    @Test func german() {
        #expect(forms("nordkoreanisch", "de") == ["nordkoreanisch", "nordkoreanische", "nordkoreanischen",
                                                  "nordkoreanischer", "nordkoreanisches", "nordkoreanischem"])
        #expect(forms("Nordkoreaner", "de", .noun) == ["Nordkoreaner", "Nordkoreanern", "Nordkoreanerin", "Nordkoreanerinnen"])
        #expect(forms("Russe", "de", .noun) == ["Russe", "Russen", "Russin", "Russinnen"])
    }

    @Test func literalFormsAreNotInflected() {
        #expect(forms("=grecque", "fr") == ["grecque"])
        #expect(forms("=Deutscher", "de", .noun) == ["Deutscher"])
    }
}
