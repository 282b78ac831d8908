import Dispatch

/// Runs `work` on another thread at once; ``value()`` waits for its result.
///
/// For independent loads at start-up (the extractor's models while the lexicon is read): on a
/// machine with two cores their times overlap instead of adding up.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the worker before `finished` is signalled; read only after waiting on it.
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result(catching: work)
            self.finished.signal()
        }
    }

    /// The value `work` returned, or the error it threw; waits until it is done.
    func value() throws -> Value {
        finished.wait()
        defer { finished.signal() }  // a second call returns at once
        return try result!.get()
    }
}
