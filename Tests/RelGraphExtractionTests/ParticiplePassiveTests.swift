import Testing
@testable import RelGraphExtraction

/// A participle with its agent and no auxiliary ("Chile, accused by Peru", "le Chili étant accusé
/// par le Pérou") is a passive: the agent is the source. The issue lists "la Russie étant
/// accusée" read as Russia accusing.
@Suite struct ParticiplePassiveTests {
    @Test(arguments: [
        ("Chile, accused by Peru of hiding the documents, denied it.", Language.en),
        ("Le Chili, accusé par le Pérou d'avoir caché les documents, dément.", Language.fr),
        ("Lima a protesté, le Chili étant accusé par le Pérou d'avoir caché les documents.", Language.fr),
        ("Chile, acusado por Perú de ocultar los documentos, lo negó.", Language.es),
    ])
    func theAgentOfAParticipleIsTheSource(text: String, language: Language) {
        let edges = Fixtures.edges(text, language: language)
        #expect(edges.contains("accuse(country:PE,country:CL)"), "\(edges)")
        #expect(!edges.contains("accuse(country:CL,country:PE)"), "\(edges)")
    }

    @Test func aPresentTenseBeforeParIsNoPassive() {
        // "accuse par ailleurs": the French present tense is written without the accent.
        let edges = Fixtures.edges("Le Chili accuse par ailleurs le Pérou de cacher les documents.", language: .fr)
        #expect(edges.contains("accuse(country:CL,country:PE)"), "\(edges)")
    }

    @Test func aParticipleQualifiesOnlyTheActorRightBeforeIt() {
        // The session was chaired by the prime minister; the broadcaster reporting it is no patient.
        let edges = Fixtures.edges("Voice of America said the talks came after a session chaired by Prime Minister Alma Quispe in Lima.", language: .en)
        #expect(!edges.contains { $0.hasPrefix("leader_of") && $0.contains("voice-of-america") }, "\(edges)")
    }

    @Test func pastParticiplesAreToldByTheirEndings() {
        let cues = Fixtures.extractor.cues
        #expect(RelationExtractor.isPastParticiple("accused", endings: cues[.en].participleEndings))
        #expect(!RelationExtractor.isPastParticiple("red", endings: cues[.en].participleEndings))
        #expect(RelationExtractor.isPastParticiple("accusée", endings: cues[.fr].participleEndings))
        #expect(!RelationExtractor.isPastParticiple("accuse", endings: cues[.fr].participleEndings))
        #expect(RelationExtractor.isPastParticiple("acusadas", endings: cues[.es].participleEndings))
        #expect(!RelationExtractor.isPastParticiple("beschuldigt", endings: cues[.de].participleEndings))
    }

    @Test func theModelsReversalOfARuleIsDropped() {
        let rule = FoundRelation(source: "country:PE", target: "country:CL", type: .accuse, confidence: 0.7, modality: nil)
        let learned = [
            FoundRelation(source: "country:CL", target: "country:PE", type: .accuse, confidence: 0.4, modality: nil),
            FoundRelation(source: "country:PE", target: "country:CL", type: .accuse, confidence: 0.6, modality: nil),
            FoundRelation(source: "country:CL", target: "country:PE", type: .sanction, confidence: 0.5, modality: nil),
            FoundRelation(source: "country:CL", target: "country:PE", type: .cooperate, confidence: 0.5, modality: nil),
        ]
        let kept = Extractor.withoutReversals(learned, of: [rule])
        #expect(kept.map { "\($0.type.rawValue) \($0.source)" } == ["accuse country:PE", "sanction country:CL", "cooperate country:CL"])
        // Where the rules read both directions, both stand.
        let both = [rule, FoundRelation(source: "country:CL", target: "country:PE", type: .accuse, confidence: 0.7, modality: nil)]
        #expect(Extractor.withoutReversals(learned, of: both).count == 4)
    }
}
