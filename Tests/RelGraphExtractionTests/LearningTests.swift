import Foundation
import RelGraphCore
import RelGraphKnowledge
import Testing
@testable import RelGraphExtraction

/// A few news-style articles written for these tests, annotated as eval/SCHEMA.md says.
enum InventedCorpus {
    static let articles: [(id: String, text: String, gold: String)] = [
        ("en-a", "Valdoria sends tanks to Norland\\nThe government of Valdoria sent forty tanks to Norland on Monday. Officials in Norland welcomed the delivery.\\n",
         #"{"id":"en-a","lang":"en","actors":[{"key":"valdoria","type":"organization","names":["Valdoria"]},{"key":"norland","type":"organization","names":["Norland"]}],"relations":[{"type":"supply","source":"valdoria","target":"norland","evidence":"The government of Valdoria sent forty tanks to Norland on Monday."}]}"#),
        ("en-b", "Norland thanks Ostmark\\nOstmark sent food to Norland after the floods. Norland said the aid arrived quickly.\\n",
         #"{"id":"en-b","lang":"en","actors":[{"key":"ostmark","type":"organization","names":["Ostmark"]},{"key":"norland","type":"organization","names":["Norland"]}],"relations":[{"type":"supply","source":"ostmark","target":"norland","evidence":"Ostmark sent food to Norland after the floods."}]}"#),
        ("en-c", "Ostmark and Valdoria\\nValdoria sent engineers to Ostmark last week. Ostmark praised the engineers.\\n",
         #"{"id":"en-c","lang":"en","actors":[{"key":"ostmark","type":"organization","names":["Ostmark"]},{"key":"valdoria","type":"organization","names":["Valdoria"]}],"relations":[{"type":"supply","source":"valdoria","target":"ostmark","evidence":"Valdoria sent engineers to Ostmark last week."}]}"#),
    ]

    /// Writes the corpus as `articles/` and `gold/` in a new temporary folder.
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-invented-\(UUID().uuidString)")
        for sub in ["articles", "gold"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for article in articles {
            try article.text.replacingOccurrences(of: "\\n", with: "\n")
                .write(to: root.appendingPathComponent("articles/\(article.id).txt"), atomically: true, encoding: .utf8)
            try article.gold.write(to: root.appendingPathComponent("gold/\(article.id).json"), atomically: true, encoding: .utf8)
        }
        return root
    }

    /// The articles read back from a written folder, the invented lexicon, the rules extractor
    /// over it and the relation training examples it reads from the articles.
    static func loaded() throws -> (articles: [AnnotatedArticle], lexicon: Lexicon, rules: Extractor, examples: [TrainingExample]) {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let articles = try AnnotatedCorpus.load(folder: root)
        let lexicon = try lexicon()
        let rules = try Extractor(lexicon: lexicon, decider: .rules, model: nil)
        return (articles, lexicon, rules, articles.flatMap { rules.trainingExamples(for: $0).examples })
    }

    /// A lexicon that knows the invented organizations, so the test is about relations alone.
    static func lexicon() throws -> Lexicon {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-invented-orgs-\(getpid()).tsv").path
        try """
            #relgraph-lexicon 1 organizations
            id\tlabel\tcategory\tparent\ten\tfr\tes\tde\tacronyms
            valdoria\tValdoria\tgovernment\t\tValdoria\t\t\t\t
            norland\tNorland\tgovernment\t\tNorland\t\t\t\t
            ostmark\tOstmark\tgovernment\t\tOstmark\t\t\t\t

            """.write(toFile: path, atomically: true, encoding: .utf8)
        return try Lexicon.load(extraFiles: [path])
    }
}

@Suite struct RelationModelTrainingTests {
    @Test func aTinyModelLearnsItsArticles() throws {
        let (articles, lexicon, _, examples) = try InventedCorpus.loaded()
        #expect(articles.count == 3)
        #expect(examples.contains { !$0.positives.isEmpty })
        let model = RelationTrainer().train(examples, threshold: 0.5)
        let learned = try Extractor(lexicon: lexicon, decider: .model, model: model)
        var total = GoldScore()
        for article in articles {
            total = total + GoldScore(graph: learned.extract(text: article.text, document: article.name, language: .en), gold: article.gold)
        }
        #expect(total.truePositives == 3)
        #expect(total.falsePositives == 0)
        // And a sentence it has not seen, in the same pattern.
        let unseen = learned.extract(text: "Norland sent doctors to Valdoria on Friday.", document: "n.txt", language: .en)
        #expect(unseen.edges.map { "\($0.type.rawValue)(\($0.source),\($0.target))" }.contains("supply(organization:norland,organization:valdoria)"))
    }

    /// An article that teaches only some types leaves the others untaught: its supply pairs are
    /// neither positives nor negatives of supply, while a type it teaches is taught as usual.
    @Test func anArticleTeachesOnlyTheTypesItIsGiven() throws {
        let (articles, _, rules, _) = try InventedCorpus.loaded()
        let supply = Set(RelationLabel.all.indices.filter { RelationLabel.all[$0].type == .supply })
        let all = rules.trainingExamples(for: articles[0]).examples
        #expect(all.contains { !$0.positives.isDisjoint(with: supply) })
        let withoutSupply = rules.trainingExamples(for: articles[0], teaching: [.attack, .accuse])
        #expect(withoutSupply.count == all.count)
        #expect(withoutSupply.allSatisfy { $0.positives.isDisjoint(with: supply) && supply.isSubset(of: $0.ignored) })
        let withSupply = rules.trainingExamples(for: articles[0], teaching: [.supply])
        #expect(withSupply.map(\.positives) == all.map(\.positives))
    }

    /// Validation may turn the model off for a type (threshold 1): the model then never asserts it,
    /// even where it is sure, and the file keeps that choice.
    @Test func aTypeThresholdOfOneSilencesTheModelForThatType() throws {
        let (_, lexicon, _, examples) = try InventedCorpus.loaded()
        var model = RelationTrainer().train(examples, threshold: 0.5)
        let sentence = "Norland sent doctors to Valdoria on Friday."
        let before = try Extractor(lexicon: lexicon, decider: .model, model: model).extract(text: sentence, document: "n.txt", language: .en)
        #expect(before.edges.contains { $0.type == .supply })
        model.typeThresholds[.supply] = 1
        let reloaded = try RelationModel(decoding: model.encoded())
        #expect(reloaded.typeThresholds[.supply] == 1)
        let after = try Extractor(lexicon: lexicon, decider: .model, model: reloaded).extract(text: sentence, document: "n.txt", language: .en)
        #expect(!after.edges.contains { $0.type == .supply })
    }

    /// The bundled model averages fits made in different example orders: its biases are the
    /// mean of the single fits', and the orders really differ.
    @Test func averagedFitsAreTheMeanOfSingleFits() throws {
        let examples = try InventedCorpus.loaded().examples
        var trainer = RelationTrainer()
        trainer.rounds = 3
        let averaged = trainer.train(examples)
        let singles = (0..<3).map { round -> RelationModel in
            var single = RelationTrainer()
            single.rounds = 1
            single.seed = trainer.seed + UInt64(round)
            return single.train(examples)
        }
        #expect(singles[0].biases != singles[1].biases)
        for label in averaged.biases.indices {
            let mean = singles.map { $0.biases[label] }.reduce(0, +) / 3
            #expect(abs(averaged.biases[label] - mean) < 1e-5)
        }
    }

    @Test func trainingIsDeterministic() throws {
        let (articles, _, rules, examples) = try InventedCorpus.loaded()
        #expect(RelationTrainer().train(examples).encoded() == RelationTrainer().train(examples).encoded())
        let sentences = articles.flatMap { rules.taggerSentences(for: $0) }
        #expect(NameTagger.train(sentences).encoded() == NameTagger.train(sentences).encoded())
    }

    @Test func evidenceIsFoundInItsSentence() throws {
        let extractor = Fixtures.extractor
        let document = extractor.analyze(text: "First sentence here. Ostmark sent food to Norland after the floods. Last one.", document: "x")
        #expect(EvidenceLocator.sentences(stating: "Ostmark sent food to Norland after the floods.", in: document) == [1])
        #expect(EvidenceLocator.sentences(stating: "nothing in common at all", in: document).isEmpty)
    }
}

@Suite struct ModelFileTests {
    static func smallModel() -> RelationModel {
        RelationModel(labels: RelationLabel.all, biases: RelationLabel.all.map { _ in -1.5 },
                      weights: SparseWeights([(7, 0, 0.5), (3, 2, -0.25), (7, 4, 1.0)]), threshold: 0.3)
    }

    @Test func roundTripsByteForByte() throws {
        let bytes = Self.smallModel().encoded()
        let decoded = try RelationModel(decoding: bytes)
        #expect(decoded == Self.smallModel())
        #expect(decoded.encoded() == bytes)
    }

    @Test func refusesDamagedFiles() {
        let bytes = Self.smallModel().encoded()
        for cut in [0, 3, 10, bytes.count / 2, bytes.count - 1] {
            #expect(throws: RelationModelError.self) { try RelationModel(decoding: Array(bytes[..<cut])) }
        }
        for offset in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[offset] ^= 0x5A
            #expect(throws: RelationModelError.self) { try RelationModel(decoding: damaged) }
        }
    }

    /// The last 50 bytes of the small model's format 2 file: its weight columns (2 slots, 3
    /// weights) and the checksum.
    static let smallModelWeightBytes = 8 + 2 * 4 + 2 * 4 + 3 * 2 + 3 * 4 + 8

    /// A file `relgraph train` wrote before the weight columns (format 1: triples, byte-wise
    /// checksum) still loads, as the same model.
    @Test func readsFormatOneFiles() throws {
        let current = Self.smallModel().encoded(format: 2)
        var old = ModelBytesWriter()
        old.bytes = Array(current[..<(current.count - Self.smallModelWeightBytes)])
        old.bytes.replaceSubrange(4..<8, with: [1, 0, 0, 0])
        old.u32(3)
        for (slot, label, weight) in [(3, 2, -0.25), (7, 0, 0.5), (7, 4, 1.0)] as [(UInt32, UInt16, Float)] {
            old.u32(slot)
            old.u16(label)
            old.f32(weight)
        }
        old.u64(ModelChecksum.bytes(old.bytes[...]))
        #expect(try RelationModel(decoding: old.bytes) == Self.smallModel())
        old.bytes[old.bytes.count - 12] ^= 1
        #expect(throws: RelationModelError.self) { try RelationModel(decoding: old.bytes) }
    }

    /// A file of format 2 (weight columns, before the scoring table) still loads, as the same model.
    @Test func readsFormatTwoFiles() throws {
        let columns = Self.smallModel().encoded(format: 2)
        #expect(columns != Self.smallModel().encoded())
        #expect(try RelationModel(decoding: columns) == Self.smallModel())
    }

    /// A file of format 4 (the checksum folded in one lane) still loads, as the same model; one
    /// of format 5 (four lanes) refuses a changed byte anywhere, as the one-lane checksum did.
    @Test func readsFormatFourFilesAndChecksFourLanes() throws {
        let oneLane = Self.smallModel().encoded(format: 4), fourLanes = Self.smallModel().encoded()
        #expect(oneLane.dropLast(8).elementsEqual(fourLanes.dropLast(8).enumerated().map { $0.offset == 4 ? 4 : $0.element }))
        #expect(try RelationModel(decoding: oneLane) == Self.smallModel())
        #expect(try RelationModel(decoding: fourLanes) == Self.smallModel())
        for offset in stride(from: 8, to: fourLanes.count - 8, by: 7) {
            var damaged = fourLanes
            damaged[offset] ^= 0x21
            #expect(throws: RelationModelError.self) { try RelationModel(decoding: damaged) }
        }
        // Two words of different lanes swapped make another digest, as do the lanes' words rotated.
        let words = (1...9).flatMap { word in (0..<8).map { UInt8(word * 8 + $0) } }
        let swapped = Array(words[8..<16] + words[0..<8] + words[16...])
        let rotated = Array(words[8..<32] + words[0..<8] + words[32...])
        let digests = Set([words, swapped, rotated].map { $0.withUnsafeBytes(SnapshotDigest.ofFourLanes) })
        #expect(digests.count == 3)
    }

    /// Format 2 columns that break the model's invariants behind a valid checksum (a hostile
    /// file) are refused.
    @Test func refusesColumnsOutOfOrderOrRange() throws {
        let bytes = Self.smallModel().encoded(format: 2)
        let columns = bytes.count - Self.smallModelWeightBytes
        let labels = columns + 8 + 16, values = labels + 6
        func resealed(_ change: (inout [UInt8]) -> Void) -> [UInt8] {
            var damaged = Array(bytes[..<(bytes.count - 8)])
            change(&damaged)
            var out = ModelBytesWriter()
            out.bytes = damaged
            out.finish(format: 2)
            return out.bytes
        }
        let cases: [[UInt8]] = [
            resealed { $0[columns + 8] = 9 },                                 // slots no longer ascend (9, 7)
            resealed { $0[columns + 8 + 8] = 0 },                             // an empty first row
            resealed { $0[columns + 8 + 12] = 4 },                            // rows end past the weights
            resealed { $0[labels + 2] = 4 },                                  // labels of slot 7: 4, 4
            resealed { $0[labels + 4] = 200 },                                // label 200 of 17
            resealed { $0.replaceSubrange(values..<(values + 4), with: [0, 0, 0xC0, 0x7F]) },  // NaN
        ]
        #expect(try RelationModel(decoding: resealed { _ in }) == Self.smallModel())
        for damaged in cases {
            #expect(throws: RelationModelError.self) { try RelationModel(decoding: damaged) }
        }
    }

    /// The bundled files are in the format `relgraph train` writes now: decoded and encoded
    /// again, they come back byte for byte.
    @Test func bundledModelsAreInTheCurrentFormat() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/RelGraphExtraction/Model").standardizedFileURL
        let relations = [UInt8](try Data(contentsOf: folder.appendingPathComponent("relations.rgmodel")))
        #expect(try RelationModel(decoding: relations).encoded() == relations)
        let names = [UInt8](try Data(contentsOf: folder.appendingPathComponent("names.rgmodel")))
        #expect(try NameTagger(decoding: names).encoded() == names)
    }

    @Test func bundledModelsLoad() throws {
        let model = try RelationModel.bundled()
        #expect(model.labels == RelationLabel.all)
        #expect(model.threshold > 0 && model.threshold < 1)
        #expect(try NameTagger.bundled().slotCount > 1000)
    }

    @Test func probabilitiesFollowTheWeights() {
        let model = Self.smallModel()
        let vector = FeatureVector([])
        #expect(model.probabilities(vector).allSatisfy { abs($0 - RelationModel.sigmoid(-1.5)) < 1e-12 })
    }
}

@Suite struct PairFeatureTests {
    static func features(_ text: String, language: Language = .en, first: String, second: String) -> [String] {
        let extractor = Fixtures.extractor
        let document = extractor.analyze(text: text, document: "t", language: language)
        let reading = extractor.mentions(in: document)[0]
        let featurizer = PairFeatures(document: document, reading: reading, lexicon: extractor.lexicon,
                                      ruleRelations: [], isHeadline: true)
        let pair = SentenceCandidates.pairs(in: reading).first { Set([$0.first.actorID, $0.second.actorID]) == Set([first, second]) }!
        return featurizer.features(of: pair)
    }

    @Test func triggerBetweenTheTwoActors() {
        let names = Self.features("France sent tanks to Ukraine.", first: "country:FR", second: "country:UA")
        #expect(names.contains("tB=supply"))
        #expect(names.contains("types=country>country"))
        #expect(names.contains("bw=sent"))
        #expect(!names.contains("sentence-negation"))
    }

    @Test func aTriggerBetweenBelongsToTheNearerActor() {
        let nearFirst = Self.features("France accused the old allies and partners of Ukraine.", first: "country:FR", second: "country:UA")
        #expect(nearFirst.contains("tB=accuse|near1|country>country"))
        #expect(nearFirst.contains("tB=accuse|d1=0|d2=5-7"))
        let nearSecond = Self.features("France and its old allies and partners accused Ukraine.", first: "country:FR", second: "country:UA")
        #expect(nearSecond.contains("tB=accuse|near2|country>country"))
        #expect(!nearSecond.contains("tB=accuse|near1|country>country"))
    }

    @Test func anotherActorNearerATriggerIsSeen() {
        // Spain travels; France only criticises the trip.
        let sentence = "France criticised the trip of Spain to Ukraine."
        let blocked = Self.features(sentence, first: "country:FR", second: "country:UA")
        #expect(blocked.contains("tB=visit|blocked01"))
        #expect(blocked.contains("tB=accuse|blocked01"))
        let open = Self.features(sentence, first: "country:FR", second: "country:ES")
        #expect(open.contains("tB=accuse|blocked00"))
        // A trigger before the pair, with another actor between it and the first of the two.
        let left = Self.features("Sanctions by France on Spain and Ukraine were announced.", first: "country:ES", second: "country:UA")
        #expect(left.contains { $0.hasPrefix("tL=sanction|blocked") })
        let unblocked = Self.features("Sanctions on Spain and Ukraine were announced.", first: "country:ES", second: "country:UA")
        #expect(!unblocked.contains { $0.hasSuffix("|blocked") })
    }

    @Test func aFirstActorOpeningTheSentenceIsSeen() {
        let opening = Self.features("France accused Spain and Ukraine.", first: "country:FR", second: "country:UA")
        #expect(opening.contains("tB=accuse|opens"))
        let later = Self.features("France said that Spain accused Ukraine.", first: "country:ES", second: "country:UA")
        #expect(later.contains { $0.hasPrefix("tB=accuse|blocked") })
        #expect(!later.contains("tB=accuse|opens"))
    }

    /// A sentence's actor paired with one of the article's main actors the sentence does not name.
    @Test func anotherActorNearerATriggerIsSeenForATopic() {
        let extractor = Fixtures.extractor
        func topicFeatures(_ text: String, named: String) -> [String] {
            let document = extractor.analyze(text: text, document: "t", language: .en)
            let reading = extractor.mentions(in: document)[0]
            let featurizer = PairFeatures(document: document, reading: reading, lexicon: extractor.lexicon,
                                          ruleRelations: [], isHeadline: false)
            let topic = Mention(tokens: 0..<0, actorID: "country:CL", type: .country, kind: .name, surface: "Chile", label: "Chile")
            let mention = reading.mentions.first { $0.actorID == named }!
            let pair = CandidatePair(context: .topic, first: mention, second: topic, firstIsModifier: false, secondIsModifier: false)
            return featurizer.features(of: pair)
        }
        let blocked = topicFeatures("Sanctions by France on Spain were announced.", named: "country:ES")
        #expect(blocked.contains("topic|tL=sanction|blocked"))
        let open = topicFeatures("Sanctions on Spain were announced.", named: "country:ES")
        #expect(open.contains("topic|tL=sanction"))
        #expect(!open.contains("topic|tL=sanction|blocked"))
    }

    @Test func crowdedSentencesAreSeen() {
        let two = Self.features("France sent tanks to Ukraine.", first: "country:FR", second: "country:UA")
        #expect(two.contains("actors=2|country>country"))
        let list = Self.features("France, Spain, Italy, Chile, Peru, Japan and Ukraine met.", first: "country:FR", second: "country:UA")
        #expect(list.contains("actors=6|country>country"))
        #expect(!list.contains { $0.hasPrefix("actors=2") })
    }

    @Test func negationAndPassiveAreSeen() {
        let negated = Self.features("France did not send tanks to Ukraine.", first: "country:FR", second: "country:UA")
        #expect(negated.contains("sentence-negation"))
        let passive = Self.features("Ukraine was attacked by Russia.", first: "country:UA", second: "country:RU")
        #expect(passive.contains("passive-between"))
        #expect(passive.contains("agent-before2"))
    }

    @Test func aBrokenRelationshipIsANegatedCooperation() {
        // "froze ties": the relationship noun is a cooperation trigger the sanction word breaks.
        let broken = Self.features("Chile froze its ties with Peru.", first: "country:CL", second: "country:PE")
        #expect(broken.contains("tB=cooperate|negated"))
        let kept = Self.features("Chile strengthened its ties with Peru.", first: "country:CL", second: "country:PE")
        #expect(kept.contains("tB=cooperate") && !kept.contains("tB=cooperate|negated"))
    }

    @Test func knowledgeOfOfficesIsAFeature() {
        let names = Self.features("Alma Quispe visited Chile.", first: "person:alma-quispe", second: "country:CL")
        #expect(!names.contains("kbf=office|current"))
        let office = Self.features("Alma Quispe spoke in Peru.", first: "person:alma-quispe", second: "country:PE")
        #expect(office.contains("kbf=office|current"))
    }

    @Test func listedMembershipsAreKnowledge() {
        let member = Self.features("Estonia hosted a NATO exercise.", first: "country:EE", second: "organization:nato")
        #expect(member.contains("kbf=member"))
        let reversed = Self.features("NATO thanked Estonia.", first: "organization:nato", second: "country:EE")
        #expect(reversed.contains("kbb=member"))
        let outsider = Self.features("Russia warned NATO.", first: "country:RU", second: "organization:nato")
        #expect(!outsider.contains { $0.hasSuffix("=member") })
    }

    @Test func pronounsStandForThePersonNamedBefore() {
        let extractor = Fixtures.extractor
        let document = extractor.analyze(text: "Alma Quispe arrived in Lima. She met Tomas Verhoeven.", document: "t", language: .en)
        let readings = extractor.mentions(in: document)
        let context = DocumentContext(readings: readings)
        let pronouns = context.pronounMentions(in: readings[1], index: 1, document: document)
        #expect(pronouns.map(\.actorID) == ["person:alma-quispe"])
    }
}

@Suite struct LearnedExtractionTests {
    @Test func bundledModelsReadPlainNews() {
        let edges = Set(Fixtures.learned.extract(text: "Alma Quispe met Tomas Verhoeven in Lima on Tuesday.", document: "t", language: .en)
            .edges.map { "\($0.type.rawValue)(\($0.source),\($0.target))" })
        #expect(edges.contains("meet(person:alma-quispe,person:tomas-verhoeven)"))
    }

    @Test func confidencesAreProbabilities() {
        let graph = Fixtures.learned.extract(text: "France sent tanks to Ukraine. Russia attacked Ukraine.", document: "t", language: .en)
        #expect(!graph.edges.isEmpty)
        #expect(graph.edges.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
    }
}

@Suite struct CandidatePairTests {
    static func pairs(_ text: String) -> [CandidatePair] {
        let extractor = Fixtures.extractor
        let document = extractor.analyze(text: text, document: "t", language: .en)
        return SentenceCandidates.pairs(in: extractor.mentions(in: document)[0])
    }

    @Test func actorsNamedOnceMakeOnePair() {
        let pairs = Self.pairs("France sent tanks to Ukraine.")
        #expect(pairs.count == 1)
        #expect(pairs.map { [$0.first.actorID, $0.second.actorID] } == [["country:FR", "country:UA"]])
    }

    @Test func actorsNamedTwiceMakeTheirClosestMentionPairsFirst() {
        // Peru twice, Chile twice: four mention pairs, of which the three closest are kept.
        let text = "Peru said on Monday that Chile and Peru would sign a treaty, which Chile welcomed."
        let pairs = Self.pairs(text).filter { Set([$0.first.actorID, $0.second.actorID]) == ["country:PE", "country:CL"] }
        #expect(pairs.count == SentenceCandidates.mentionPairsPerActorPair)
        let gaps = pairs.map { $0.second.tokens.lowerBound - $0.first.tokens.upperBound }
        #expect(gaps == gaps.sorted())
        // The closest: "Chile and Peru".
        #expect(gaps.first == 1)
        #expect(Set(pairs.map { "\($0.first.tokens)-\($0.second.tokens)" }).count == pairs.count)
    }

    @Test func actorsNamedHundredsOfTimesStillMakeThreePairs() {
        let text = Array(repeating: "Peru and Chile", count: 200).joined(separator: ", ") + " signed."
        let pairs = Self.pairs(text)
        #expect(pairs.count == SentenceCandidates.mentionPairsPerActorPair)
        #expect(pairs.allSatisfy { $0.second.tokens.lowerBound - $0.first.tokens.upperBound <= 1 })
    }
}

