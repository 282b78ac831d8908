import Foundation
import RelGraphCore

/// A learned relation classifier: one logistic regression per ``RelationLabel`` over hashed
/// features (``PairFeatures``), and the decision threshold chosen on validation articles.
///
/// The file format (``RelationModel/encoded()``) is documented in `Learning/MODELFORMAT.md`.
public struct RelationModel: Sendable, Equatable {
    /// Version of the feature extractor the weights were learned with; a model learned with other
    /// features would score nonsense, so loading refuses it.
    public static let featureVersion: UInt32 = 2

    public var labels: [RelationLabel]
    /// One bias per label.
    public var biases: [Float]
    /// Weights by feature slot, only the non-zero ones (rebuilt from ``index`` when read: for
    /// training and reports, not for scoring).
    public var weights: SparseWeights {
        get { index.sparseWeights }
        set { index = WeightIndex(newValue) }
    }
    /// The weights as the scoring table: built from ``weights``, or a format 3 file's table
    /// where the file is mapped.
    private(set) var index: WeightIndex
    /// A relation is emitted when its probability reaches this…
    public var threshold: Double
    /// … or this type's own threshold, where validation chose one. A threshold of 1 means the
    /// model never decides the type alone: validation found the hand-written rules better at it.
    public var typeThresholds: [RelationType: Double] = [:]

    /// How often the hand-written rules' relations of each type are right on the training
    /// articles: the confidence a rule's relation carries beside the model's own.
    public var ruleConfidences: [RelationType: Double] = [:]

    /// The map from an article's raw confidence in a relation to a calibrated probability,
    /// learned out of fold by `relgraph train` (identity in a file written before format 4).
    public var calibration = ConfidenceCalibration.identity

    /// The probability a relation of `type` needs.
    public func threshold(for type: RelationType) -> Double { typeThresholds[type] ?? threshold }

    public init(labels: [RelationLabel], biases: [Float], weights: SparseWeights, threshold: Double) {
        self.labels = labels
        self.biases = biases
        index = WeightIndex(weights)
        self.threshold = threshold
    }

    /// A model whose weights are `index` already (a model file's table).
    init(labels: [RelationLabel], biases: [Float], index: WeightIndex, threshold: Double) {
        self.labels = labels
        self.biases = biases
        self.index = index
        self.threshold = threshold
    }

    /// The probability of each label (in ``labels`` order) for one feature vector.
    public func probabilities(_ features: FeatureVector) -> [Double] {
        probabilities(features, rows: index)
    }

    /// The probabilities with `rows` standing for ``weights``.
    func probabilities(_ features: FeatureVector, rows: some WeightRows) -> [Double] {
        probabilities(ofSlots: features.slots, rows: rows)
    }

    /// The probabilities of feature slots without repeats, added in their order: any order when
    /// ``WeightIndex/orderFreeSumTerms(startingFrom:)`` of the weights and ``biases`` allows as many.
    func probabilities(ofSlots slots: [Int32], rows: some WeightRows) -> [Double] {
        var scores = biases.map(Double.init)
        rows.accumulate(slots: slots, into: &scores)
        return scores.map(Self.sigmoid)
    }

    static func sigmoid(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }

}

/// Why a model file was refused.
public enum RelationModelError: Error, Equatable, CustomStringConvertible {
    case missingBundledModel
    case unreadable(path: String)
    case malformed(reason: String)

    public var description: String {
        switch self {
        case .missingBundledModel: return "the bundled relation model is missing from the package resources"
        case .unreadable(let path): return "\(path): cannot read the relation model"
        case .malformed(let reason): return "relation model: \(reason)"
        }
    }
}
