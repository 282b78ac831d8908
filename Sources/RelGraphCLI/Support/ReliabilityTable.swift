import Foundation
import RelGraphCore

/// How often edges of each confidence band are right: a calibrated confidence of 0.7 should be
/// right about 70 % of the time.
struct ReliabilityTable {
    static let bands: [ClosedRange<Double>] = [0...0.2, 0.2...0.4, 0.4...0.6, 0.6...0.8, 0.8...1]

    let rows: [(band: ClosedRange<Double>, count: Int, meanConfidence: Double, correct: Double)]

    init(_ judged: [(type: RelationType, confidence: Double, correct: Bool)]) {
        rows = Self.bands.enumerated().map { index, band in
            // Each band holds its upper bound; the first also its lower one.
            let inBand = judged.filter { band.contains($0.confidence) && (index == 0 || $0.confidence > band.lowerBound) }
            let count = inBand.count
            let mean = count == 0 ? 0 : inBand.map(\.confidence).reduce(0, +) / Double(count)
            let right = count == 0 ? 0 : Double(inBand.filter(\.correct).count) / Double(count)
            return (band, count, mean, right)
        }
    }

    var text: String {
        var lines = ["  confidence   edges   mean confidence   share correct"]
        for row in rows {
            lines.append(String(format: "  %.1f–%.1f   %6d   %15.3f   %13.3f", row.band.lowerBound, row.band.upperBound, row.count,
                                row.meanConfidence, row.correct))
        }
        return lines.joined(separator: "\n")
    }
}
