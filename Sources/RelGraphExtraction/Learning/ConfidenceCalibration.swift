import Foundation

/// Turns the confidence an article gives a relation into a calibrated probability: of the
/// relations given 0.7, about 70 % are right.
///
/// The raw confidence mixes the model's per-sentence probabilities, the rules' precision per
/// type and their combination over sentences (`MergePolicy`); none of them is calibrated on
/// unseen articles (a model is sure of what it was taught). The map is Platt scaling: a logistic
/// regression over the raw confidence's log-odds, `p = σ(slope · logit(raw) + intercept)`,
/// learned by `relgraph train` on relations extracted from training articles by models that did
/// not learn from them (two folds). The slope is positive, so the map keeps the order of
/// relations: it changes no decision, only what the number says.
public struct ConfidenceCalibration: Sendable, Equatable {
    /// How strongly the raw log-odds count: below 1 the raw confidence is overconfident.
    public var slope: Double
    /// The log-odds added to every relation.
    public var intercept: Double

    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }

    /// The map that leaves every confidence as it is (a model file without a calibration).
    public static let identity = ConfidenceCalibration(slope: 1, intercept: 0)

    /// Log-odds are taken within these bounds, so 0 and 1 stay finite.
    static let bounds = 1e-4...(1 - 1e-4)

    /// The calibrated probability of a raw confidence.
    public func callAsFunction(_ confidence: Double) -> Double {
        guard self != .identity else { return confidence }
        return RelationModel.sigmoid(slope * Self.logit(confidence) + intercept)
    }

    /// The log-odds of a probability, taken within ``bounds``.
    static func logit(_ probability: Double) -> Double {
        let clamped = min(max(probability, bounds.lowerBound), bounds.upperBound)
        return log(clamped / (1 - clamped))
    }

    /// The fewest relations of each outcome (right, wrong) a calibration is learned from; with
    /// fewer the fit is noise and ``fitted(to:)`` gives nil.
    public static let minimumPerOutcome = 10

    /// The Platt map that best explains `outcomes` (maximum likelihood by Newton's method), or nil
    /// when there are too few of either outcome or the fit would reverse the order of confidences.
    ///
    /// As in Platt's method, the targets are softened from 1 and 0 to `(right + 1) / (right + 2)`
    /// and `1 / (wrong + 2)`, so a small sample cannot drive the map to certainty.
    public static func fitted(to outcomes: [(confidence: Double, correct: Bool)]) -> ConfidenceCalibration? {
        let right = outcomes.filter(\.correct).count, wrong = outcomes.count - right
        guard right >= minimumPerOutcome, wrong >= minimumPerOutcome else { return nil }
        let high = (Double(right) + 1) / (Double(right) + 2), low = 1 / (Double(wrong) + 2)
        let samples = outcomes.map { (x: logit($0.confidence), target: $0.correct ? high : low) }
        var slope = 1.0, intercept = 0.0
        for _ in 0..<100 {
            // Gradient and Hessian of the negative log-likelihood in (slope, intercept).
            var gradient = (0.0, 0.0), hessian = (0.0, 0.0, 0.0)
            for sample in samples {
                let p = RelationModel.sigmoid(slope * sample.x + intercept)
                let error = p - sample.target, weight = max(p * (1 - p), 1e-12)
                gradient.0 += error * sample.x
                gradient.1 += error
                hessian.0 += weight * sample.x * sample.x
                hessian.1 += weight * sample.x
                hessian.2 += weight
            }
            // A small ridge keeps the 2×2 system solvable when every x is the same.
            let a = hessian.0 + 1e-9, b = hessian.1, d = hessian.2 + 1e-9
            let determinant = a * d - b * b
            guard determinant > 0 else { break }
            let stepSlope = (d * gradient.0 - b * gradient.1) / determinant
            let stepIntercept = (a * gradient.1 - b * gradient.0) / determinant
            slope -= stepSlope
            intercept -= stepIntercept
            if abs(stepSlope) < 1e-10, abs(stepIntercept) < 1e-10 { break }
        }
        guard slope.isFinite, intercept.isFinite, slope > 0 else { return nil }
        return ConfidenceCalibration(slope: slope, intercept: intercept)
    }
}
