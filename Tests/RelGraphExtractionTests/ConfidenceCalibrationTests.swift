import Foundation
import RelGraphCore
import Testing
@testable import RelGraphExtraction

@Suite struct ConfidenceCalibrationTests {
    /// Relations whose share of right ones at each raw confidence follows `truth` exactly: 200 at
    /// each of 19 confidences, the first `round(200 · truth(c))` of them right.
    static func outcomes(following truth: ConfidenceCalibration) -> [(confidence: Double, correct: Bool)] {
        stride(from: 0.05, through: 0.95, by: 0.05).flatMap { confidence in
            let right = Int((200 * truth(confidence)).rounded())
            return (0..<200).map { (confidence: confidence, correct: $0 < right) }
        }
    }

    @Test func recoversTheMapBehindItsOutcomes() throws {
        let truth = ConfidenceCalibration(slope: 0.55, intercept: 0.2)
        let fitted = try #require(ConfidenceCalibration.fitted(to: Self.outcomes(following: truth)))
        // Platt's softened targets pull the fit a hair towards 0.5; 3,800 relations make that tiny.
        #expect(abs(fitted.slope - truth.slope) < 0.01)
        #expect(abs(fitted.intercept - truth.intercept) < 0.01)
        for confidence in [0.1, 0.5, 0.9] {
            #expect(abs(fitted(confidence) - truth(confidence)) < 0.005)
        }
    }

    @Test func aCalibratedModelIsLeftAlmostAsItIs() throws {
        let fitted = try #require(ConfidenceCalibration.fitted(to: Self.outcomes(following: .identity)))
        #expect(abs(fitted.slope - 1) < 0.02)
        #expect(abs(fitted.intercept) < 0.02)
    }

    @Test func theIdentityChangesNothingAndTheMapKeepsTheOrder() {
        for confidence in [0.0, 0.1234, 0.5, 1.0] {
            #expect(ConfidenceCalibration.identity(confidence) == confidence)
        }
        let map = ConfidenceCalibration(slope: 0.5, intercept: -0.3)
        let mapped = stride(from: 0.0, through: 1.0, by: 0.01).map { map($0) }
        #expect(zip(mapped, mapped.dropFirst()).allSatisfy { $0 < $1 })
        #expect(mapped.allSatisfy { $0 > 0 && $0 < 1 })
        // A slope below 1 draws the extremes in: an overconfident model's 0.95 says less.
        #expect(map(0.95) < 0.95 && map(0.05) > 0.05)
    }

    @Test func refusesToLearnFromTooFewOrReversedOutcomes() {
        let fewWrong = (0..<100).map { (confidence: 0.8, correct: $0 >= ConfidenceCalibration.minimumPerOutcome - 1) }
        #expect(ConfidenceCalibration.fitted(to: fewWrong) == nil)
        #expect(ConfidenceCalibration.fitted(to: []) == nil)
        // The more confident, the more often wrong: no increasing map explains that.
        let reversed = Self.outcomes(following: ConfidenceCalibration(slope: 1, intercept: 0))
            .map { (confidence: 1 - $0.confidence, correct: $0.correct) }
        #expect(ConfidenceCalibration.fitted(to: reversed) == nil)
    }
}

@Suite struct CalibratedModelFileTests {
    static func calibratedModel() -> RelationModel {
        var model = ModelFileTests.smallModel()
        model.calibration = ConfidenceCalibration(slope: 0.5676, intercept: 0.1128)
        return model
    }

    @Test func theCalibrationIsStoredAndReadBack() throws {
        let bytes = Self.calibratedModel().encoded()
        let decoded = try RelationModel(decoding: bytes)
        #expect(decoded.calibration == Self.calibratedModel().calibration)
        #expect(decoded.encoded() == bytes)
    }

    /// A file of format 3 (before the calibration) loads with the identity map.
    @Test func aFormatThreeFileHasNoCalibration() throws {
        let old = Self.calibratedModel().encoded(format: 3)
        let decoded = try RelationModel(decoding: old)
        #expect(decoded.calibration == .identity)
        #expect(decoded.labels == Self.calibratedModel().labels)
        #expect(decoded.weights == Self.calibratedModel().weights)
    }

    /// A map that would flatten or reverse the order of confidences is refused, even behind a
    /// valid checksum.
    @Test func refusesAMapThatIsNotIncreasing() {
        for slope in [0, -0.5, .nan, .infinity] as [Double] {
            var model = Self.calibratedModel()
            model.calibration.slope = slope
            #expect(throws: RelationModelError.malformed(reason: "confidence calibration out of range")) {
                try RelationModel(decoding: model.encoded())
            }
        }
    }

    /// Extraction maps each relation's confidence in the article through the model's calibration:
    /// the same relations, each with the mapped confidence.
    @Test func extractionAppliesTheCalibration() throws {
        let lexicon = Fixtures.extractor.lexicon
        var plain = try RelationModel.bundled()
        plain.calibration = .identity
        var calibrated = plain
        calibrated.calibration = ConfidenceCalibration(slope: 0.5, intercept: 0.4)
        let text = "France sent tanks to Ukraine. Russia attacked Ukraine. Emmanuel Macron met Volodymyr Zelensky in Kyiv."
        func edges(_ model: RelationModel) throws -> [RelationKey: Double] {
            let graph = try Extractor(lexicon: lexicon, decider: .union, model: model, tagger: NameTagger.bundled())
                .extract(text: text, document: "t", language: .en)
            return Dictionary(uniqueKeysWithValues: graph.edges.map { ($0.key, $0.confidence) })
        }
        let raw = try edges(plain), mapped = try edges(calibrated)
        #expect(raw.count >= 3)
        #expect(Set(raw.keys) == Set(mapped.keys))
        for (key, confidence) in raw {
            // Both are rounded to three decimals; the map's slope of 0.5 halves the first rounding.
            #expect(abs(mapped[key]! - calibrated.calibration(confidence)) <= 0.001)
        }
    }
}
