/// Learns a ``RelationModel`` from training examples: one logistic regression per label, fitted
/// by AdaGrad over the examples in a seeded order, so the same examples give the same bytes.
/// Several fits, each in its own order, are averaged into one model.
public struct RelationTrainer: Sendable {
    public var epochs = 10
    /// Fits averaged, the i-th learning the examples in the order of `seed + i`. One fit's
    /// validation F1 moves by up to 0.01 with the order alone; the average of four keeps the
    /// mean of single fits without that spread (`Benchmarks/EVALUATION.md`), at no cost when
    /// extracting: the average of linear models is one linear model.
    public var rounds = 4
    public var learningRate: Float = 0.1
    /// L2 pull towards zero, applied to the weights an example touches.
    public var l2: Float = 3e-2
    /// Weights smaller than this are left out of the model file.
    public var pruneBelow: Float = 5e-2
    public var seed: UInt64 = 20_241_203

    public init() {}

    public func train(_ examples: [TrainingExample], labels: [RelationLabel] = RelationLabel.all, threshold: Double = 0.5) -> RelationModel {
        let slots = FeatureHashing.slotCount, labelCount = labels.count
        var weights = [Float](repeating: 0, count: slots * labelCount)
        var biases = [Float](repeating: 0, count: labelCount)
        let share = 1 / Float(max(1, rounds))
        for round in 0..<max(1, rounds) {
            let (fitted, fittedBiases) = fit(examples, labelCount: labelCount, seed: seed &+ UInt64(round))
            for i in fitted.indices where fitted[i] != 0 { weights[i] += fitted[i] * share }
            for i in fittedBiases.indices { biases[i] += fittedBiases[i] * share }
        }
        var sparse = SparseWeights()
        for slot in 0..<slots {
            for label in 0..<labelCount {
                let weight = weights[slot * labelCount + label]
                if abs(weight) >= pruneBelow { sparse.append(slot: Int32(slot), label: UInt16(label), weight: weight) }
            }
        }
        return RelationModel(labels: labels, biases: biases, weights: sparse, threshold: threshold)
    }

    /// One fit: the dense weights (slot-major, `labelCount` per slot) and the biases.
    private func fit(_ examples: [TrainingExample], labelCount: Int, seed: UInt64) -> (weights: [Float], biases: [Float]) {
        let slots = FeatureHashing.slotCount
        var weights = [Float](repeating: 0, count: slots * labelCount)
        var squares = [Float](repeating: 1e-8, count: slots * labelCount)
        var biases = [Float](repeating: 0, count: labelCount)
        var biasSquares = [Float](repeating: 1e-8, count: labelCount)
        var order = Array(examples.indices)
        var random = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            // Fisher–Yates with the seeded generator.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                let j = Int(random.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            for index in order {
                let example = examples[index]
                for label in 0..<labelCount where !example.ignored.contains(label) {
                    var score = biases[label]
                    for slot in example.features.slots { score += weights[Int(slot) * labelCount + label] }
                    let probability = Float(RelationModel.sigmoid(Double(score)))
                    let gradient = probability - (example.positives.contains(label) ? 1 : 0)
                    if abs(gradient) < 1e-4 { continue }
                    for slot in example.features.slots {
                        let at = Int(slot) * labelCount + label
                        let g = gradient + l2 * weights[at]
                        squares[at] += g * g
                        weights[at] -= learningRate * g / squares[at].squareRoot()
                    }
                    biasSquares[label] += gradient * gradient
                    biases[label] -= learningRate * gradient / biasSquares[label].squareRoot()
                }
            }
        }
        return (weights, biases)
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same sequence everywhere.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
