import Foundation
import RelGraphCore
import RelGraphKnowledge
import Testing
@testable import RelGraphExtraction

/// Extraction hashes features from their pieces and never builds their names; training reports
/// and these tests build the names. Both must give the slots the bundled models were learned with.
@Suite struct FeatureHashingTests {
    /// Features as pieces, written to cover ASCII, accents, other scripts, combining marks and emoji.
    static let pieces: [[String]] = [
        ["bias"], ["w=", "paris"], ["w-1=", "société"], ["prev=", "B-organization", "|shape=", "Xx"],
        ["s3=", "été"], ["w1|shape=", "москва", "|", "Xx"], ["tw", "B", "=", "sanction"],
        ["w=", "e\u{301}te\u{301}"], ["w=", "北京"], ["bw=", "🇫🇷"], ["", "", "x"], ["p:", "«"],
    ]

    @Test func piecesHashLikeTheirJoinedName() {
        for parts in Self.pieces {
            var hasher = FeatureHasher()
            for part in parts { hasher.append(part) }
            #expect(Int(hasher.slot) == FeatureHashing.slot(parts.joined()), "\(parts)")
            // A Substring piece hashes as its String does.
            var fromSubstrings = FeatureHasher()
            for part in parts { fromSubstrings.append(part[...]) }
            #expect(fromSubstrings.slot == hasher.slot)
        }
    }

    /// The slots of FNV-1a with the high bits folded in, as the bundled models were learned:
    /// computed outside relgraph (Python), so a change of the function cannot go unnoticed.
    @Test func slotsAreThoseTheModelsWereLearnedWith() {
        #expect(FeatureHashing.slot("bias") == 636_282)
        #expect(FeatureHashing.slot("w=paris") == 590_623)
        #expect(FeatureHashing.slot("prev=B-organization|shape=Xx") == 549_772)
        #expect(FeatureHashing.slot("s3=été") == 603_352)
        var hasher = FeatureHasher()
        for part in ["prev=", "B-organization", "|shape=", "Xx"] { hasher.append(part) }
        #expect(hasher.slot == 549_772)
    }

    @Test func slotSinkMakesTheVectorOfTheNames() {
        var names = FeatureNames(), slots = FeatureSlots()
        for parts in Self.pieces + Self.pieces.prefix(3) {  // repeats are dropped
            switch parts.count {
            case 1: names.add(parts[0]); slots.add(parts[0])
            case 2: names.add(parts[0], parts[1]); slots.add(parts[0], parts[1])
            case 3: names.add(parts[0], parts[1], parts[2]); slots.add(parts[0], parts[1], parts[2])
            default: names.add(parts[0], parts[1], parts[2], parts[3]); slots.add(parts[0], parts[1], parts[2], parts[3])
            }
        }
        #expect(names.names.count == Self.pieces.count + 3)
        #expect(names.names.contains("w1|shape=москва|Xx"))
        let vector = slots.vector()
        #expect(vector == FeatureVector(names.names))
        #expect(vector.slots == Array(Set(names.names.map { Int32(FeatureHashing.slot($0)) })).sorted())
    }

    static let article = """
        Le président péruvien Alma Quispe a rencontré à Lima le ministre chilien Luis Paredes — à l'OTAN, Москва, 北京市 et Zoë (ÉTATS-UNIS) 🇫🇷.
        Le Conseil militaire de transition du Niger a signé l'accord de défense mutuelle avec la Russie, selon l'AFP.
        Mais le Pérou n'a pas envoyé d'armes au Chili ; il pourrait « sanctionner » Moscou en 2025.
        """

    /// Every token's features and every candidate pair's: the slots extraction uses equal the
    /// hashed names the tests and training reports see.
    @Test func taggerAndPairFeaturesHashAsTheirNames() {
        let extractor = Fixtures.learned
        let document = extractor.analyze(text: Self.article, document: "t.txt", language: .fr)
        let readings = extractor.mentions(in: document)
        let tokenFeatures = TokenFeatures(document: document, readings: readings)
        #expect(document.tokens.count > 50)
        for index in document.tokens.indices {
            var slots = FeatureSlots()
            tokenFeatures.addFeatures(at: index, to: &slots)
            let names = tokenFeatures.features(at: index)
            #expect(slots.vector() == FeatureVector(names))
            #expect(slots.slots.count == names.count)
            // The word's parts are cut by Characters, as the model was trained with.
            let word = document.foldedTokens[index]
            for expected in ["w=" + word, "shape=" + tokenFeatures.shape(at: index), "p3=" + FeatureText.prefix(word, 3),
                             "s3=" + FeatureText.suffix(word, 3), "s4=" + FeatureText.suffix(word, 4)] {
                #expect(names.contains(expected), "\(expected) in \(names)")
            }
            // The tagger's transition features from precomputed keys are those training hashes
            // from the shape's String, for every previous label.
            for previous in NameTagger.labels.indices {
                var fromKeys = FeatureSlots(), fromNames = FeatureNames()
                tokenFeatures.addTransitionFeatures(at: index, previous: previous, to: &fromKeys)
                NameTagger.addTransitionFeatures(previous: previous, shape: tokenFeatures.shape(at: index), to: &fromNames)
                #expect(fromKeys.slots == fromNames.names.map { Int32(FeatureHashing.slot($0)) })
            }
        }
        var pairCount = 0
        let context = DocumentContext(readings: readings)
        for (index, reading) in readings.enumerated() {
            let featurizer = PairFeatures(document: document, reading: reading, lexicon: extractor.lexicon, ruleRelations: [],
                                          isHeadline: index == 0)
            let pronouns = context.pronounMentions(in: reading, index: index, document: document)
            for pair in SentenceCandidates.pairs(in: reading, pronouns: pronouns, topics: context.topics) {
                pairCount += 1
                #expect(featurizer.vector(of: pair) == FeatureVector(featurizer.features(of: pair)))
            }
        }
        #expect(pairCount > 3)
    }

    /// The first token's names as the tagger has always written them.
    @Test func tokenFeatureNamesAreUnchanged() {
        let extractor = Fixtures.learned
        let document = extractor.analyze(text: "Le Conseil de Lima", document: "t.txt", language: .fr)
        let features = TokenFeatures(document: document, readings: extractor.mentions(in: document))
        let names = features.features(at: 1)  // "Conseil"
        for expected in ["bias", "w=conseil", "shape=Xx", "p3=con", "s3=eil", "s4=seil", "w-1=le", "shape-1=Xx", "w1=de",
                         "shape1=x", "w-1|shape=le|Xx", "w1|shape=de|Xx", "w-2=<edge>", "w2=lima", "shape2=Xx", "of1"] {
            #expect(names.contains(expected), "\(expected) in \(names)")
        }
        // How common "conseil" is, alone and with the shape.
        #expect(names.filter { $0.hasPrefix("freq=") }.count == 2)
        #expect(names.contains { $0.hasPrefix("freq=") && $0.hasSuffix("|Xx") })
        #expect(features.features(at: 3).contains { $0.hasPrefix("freq=") })  // "Lima" is a word too
    }

    @Test func wordPartsAreCutByCharacters() {
        let words = ["", "a", "ab", "abc", "abcd", "abcdefgh", "société", "e\u{301}te\u{301}e\u{301}", "москва", "a\r\nb",
                     "北京市", "🇫🇷🇩🇪x", "naïve-ish", "abc\u{301}d"]
        for word in words {
            for count in 0...7 {
                #expect(FeatureText.prefix(word, count) == word.prefix(count), "prefix \(count) of \(word)")
                #expect(FeatureText.suffix(word, count) == word.suffix(count), "suffix \(count) of \(word)")
            }
        }
    }

    @Test func vectorsAreSortedWithoutRepeats() {
        #expect(FeatureVector(slots: [5, 3, 5, 1, 3, 9]).slots == [1, 3, 5, 9])
        #expect(FeatureVector(slots: []).slots == [])
        #expect(FeatureVector(slots: [7]).slots == [7])
    }
}

@Suite struct WeightIndexTests {
    /// The constant-time rows add exactly what the binary search adds, slot by slot, for slots
    /// with and without rows, on a small model and on both bundled ones.
    @Test func addsWhatTheBinarySearchAdds() throws {
        let small = SparseWeights([(7, 0, 0.5), (3, 2, -0.25), (7, 4, 1.0), (64, 1, 2), (63, 3, -1), (Int32(FeatureHashing.slotCount - 1), 0, 3)])
        var random = SplitMix64(seed: 7)
        let bundled = [try NameTagger.bundled().weights, try RelationModel.bundled().weights]
        for weights in [small] + bundled {
            let index = WeightIndex(weights)
            var probes: [Int32] = [0, 3, 7, 63, 64, 65, Int32(FeatureHashing.slotCount - 1), -1, Int32(FeatureHashing.slotCount)]
            probes += weights.slots.prefix(2_000)
            probes += (0..<2_000).map { _ in Int32(random.next() % UInt64(FeatureHashing.slotCount)) }
            var found = 0
            for slot in probes {
                var expected = [Double](repeating: 0.5, count: 24), actual = expected
                weights.accumulate(slot: slot, into: &expected)
                index.accumulate(slot: slot, into: &actual)
                #expect(actual == expected, "slot \(slot)")
                if expected != [Double](repeating: 0.5, count: 24) { found += 1 }
            }
            #expect(found >= min(weights.slotCount, 2_000))
        }
    }

    /// A label with no score is skipped, the others of its row still added.
    @Test func skipsLabelsPastTheScores() {
        let weights = SparseWeights([(7, 0, 0.5), (7, 2, 1.0), (7, 4, 2.0), (9, 1, -1), (9, 3, 4)])
        let index = WeightIndex(weights)
        var scores = [Double](repeating: 0, count: 3)
        index.accumulate(slots: [7, 9], into: &scores)
        #expect(scores == [0.5, -1, 1.0])
        scores = [0, 0, 0]
        index.accumulate(slot: 7, into: &scores)
        #expect(scores == [0.5, 0, 1.0])
    }

    /// A decision's slots looked up together add the same sums, in the same order, as one
    /// lookup per slot.
    @Test func batchedLookupAddsWhatSingleLookupsAdd() throws {
        var random = SplitMix64(seed: 11)
        for weights in [try NameTagger.bundled().weights, try RelationModel.bundled().weights] {
            let index = WeightIndex(weights)
            for _ in 0..<200 {
                var slots = (0..<20).map { _ in weights.slots[Int(random.next() % UInt64(weights.slotCount))] }
                slots += (0..<20).map { _ in Int32(random.next() % UInt64(FeatureHashing.slotCount)) } + [-1]
                slots.sort()
                var expected = [Double](repeating: 0.25, count: 24), actual = expected
                for slot in slots { weights.accumulate(slot: slot, into: &expected) }
                index.accumulate(slots: slots, into: &actual)
                #expect(actual == expected)
            }
        }
    }

    /// A sum that starts from a bias counts the bias among its terms: a bias finer than every
    /// weight leaves fewer terms free to be added in any order, and one term goes to the bias.
    @Test func orderFreeTermsCountTheStartingValue() {
        let index = WeightIndex(SparseWeights([(1, 0, 1.0), (2, 0, 0.5)]))
        // Weights are multiples of 2^-24 below 2^1: 2^(53 - 25) terms.
        #expect(index.orderFreeSumTerms() == 1 << 28)
        #expect(index.orderFreeSumTerms(startingFrom: [0.5]) == (1 << 28) - 1)
        // 2^-20 is a multiple of 2^-43 only: 2^(53 - 44) terms, one of them the bias.
        #expect(index.orderFreeSumTerms(startingFrom: [1 / Float(1 << 20)]) == (1 << 9) - 1)
        #expect(index.orderFreeSumTerms(startingFrom: [.nan]) == 0)
    }

    /// The walk over exponent fields gives what the definition gives from each weight's own
    /// exponent and last bit, subnormal, negative and non-finite weights included.
    @Test func orderFreeTermsFromExponentFieldsMatchTheDefinition() {
        func byDefinition(_ values: [Float], starts: [Float]) -> Int {
            var lowest = Int.max, top = Int.min
            for value in values + starts where value != 0 {
                guard value.isFinite else { return 0 }
                lowest = min(lowest, Int(value.ulp.exponent))
                top = max(top, Int(value.exponent) + 1)
            }
            guard lowest <= top else { return Int.max }
            let spare = Double.significandBitCount + 1 - (top - lowest)
            let terms = spare < 0 ? 0 : 1 << min(spare, 62)
            return starts.isEmpty ? terms : max(terms - 1, 0)
        }
        var random = SplitMix64(seed: 11)
        let unusual: [Float] = [0, -0.0, .leastNonzeroMagnitude, -.leastNormalMagnitude, Float(bitPattern: 0x0000_1234),
                                .greatestFiniteMagnitude, 1e-30, -3.5e12, .infinity]
        for round in 0..<60 {
            var values = (0..<40).map { _ in Float(bitPattern: UInt32(truncatingIfNeeded: random.next()) & 0xBFFF_FFFF) }
                .filter(\.isFinite)
            values += unusual.prefix(round % (unusual.count + 1))
            let weights = SparseWeights(values.enumerated().map { (Int32($0.offset), UInt16(0), $0.element) })
            let starts: [Float] = round.isMultiple(of: 2) ? [] : [Float(round) / 7]
            #expect(WeightIndex(weights).orderFreeSumTerms(startingFrom: starts) == byDefinition(values, starts: starts), "\(values)")
        }
    }

    /// The relation model's pairs, summed in the order their features come (as the classifier
    /// does when the model allows it), score as their sorted vectors do.
    @Test func aPairsSlotsInAnyOrderScoreAsItsSortedVector() throws {
        let model = try RelationModel.bundled()
        let terms = model.index.orderFreeSumTerms(startingFrom: model.biases)
        #expect(terms >= FeatureSlots.insertionSortLimit)
        var random = SplitMix64(seed: 5)
        let weights = model.weights
        for _ in 0..<200 {
            let slots = (0..<60).map { _ in weights.slots[Int(random.next() % UInt64(weights.slotCount))] }
            var unordered = FeatureSlots(slots: slots)
            unordered.removeRepeats()
            #expect(model.probabilities(ofSlots: unordered.slots, rows: model.index)
                    == model.probabilities(FeatureVector(slots: slots)))
        }
    }
}

@Suite struct ScalarStringTests {
    @Test func equalsTheUnicodeScalarViewString() {
        for text in ["", "a", "Élysée", "москва 北京", "🇫🇷 e\u{301}", "tab\there\r\n", String(repeating: "ü", count: 40)] {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars[...]) == text)
            #expect(Array(String(scalars: scalars[...]).utf8) == Array(text.utf8))
            if scalars.count > 2 {
                #expect(String(scalars: scalars[1..<(scalars.count - 1)]) == String(String.UnicodeScalarView(scalars[1..<(scalars.count - 1)])))
            }
        }
    }
}
