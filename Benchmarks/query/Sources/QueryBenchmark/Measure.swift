import Foundation
import RelGraphCore
import RelGraphFormats

/// Monotonic seconds.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Seconds `body` takes.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let value = try body()
    return (value, now() - start)
}

/// Runs `body` on every pair `rounds` times; each pair's time is its best pass (a single pass on a
/// shared machine catches other processes' bursts). Answers come from the last pass.
func bestOfRounds(_ pairs: [(Int32, Int32)], rounds: Int, _ body: (Int32, Int32) -> Int) -> (times: [Double], answers: [Int]) {
    var times = [Double](repeating: .infinity, count: pairs.count)
    var answers = [Int](repeating: 0, count: pairs.count)
    for _ in 0 ..< max(rounds, 1) {
        for (position, (from, to)) in pairs.enumerated() {
            let (answer, seconds) = timed { body(from, to) }
            times[position] = min(times[position], seconds)
            answers[position] = answer
        }
    }
    return (times, answers)
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Peak resident memory of this process, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}

/// Seconds each of 1000 `relation(at:)` calls takes on random relations: what printing one hop costs.
func relationDecodeTimes(_ catalog: GraphCatalog) -> [Double] {
    var random = SystemRandomNumberGenerator()
    return (0 ..< 1000).map { _ in
        let position = Int.random(in: 0 ..< max(catalog.relationCount, 1), using: &random)
        return timed { try? catalog.relation(at: position) }.1
    }
}
