import Foundation
import RelGraphRendering

/// Admits SVG renders one at a time, a few waiting, each with a deadline.
///
/// Graphviz is not thread-safe (``Renderer`` holds one process-wide lock), so renders run one
/// after another anyway; the gate bounds the queue so a burst of diagram requests gets quick
/// "busy" answers instead of piling up, and gives each request a deadline. A layout cannot be
/// interrupted: one that overruns keeps its slot until it really ends, so an overload shows as
/// refusals, never as an unbounded number of threads. JSON requests never wait here.
final class RenderGate: @unchecked Sendable {
    enum Failure: Error {
        /// Too many renders running or waiting.
        case busy
        /// The layout did not finish in time (it goes on in the background and is discarded).
        case timedOut(seconds: Double)
        case failed(String)
    }

    private let lock = NSLock()
    private var admitted = 0
    /// Deadlines fire on a queue of their own so busy global workers cannot delay them.
    private static let timers = DispatchQueue(label: "relgraph.render-deadlines")
    /// Renders running or waiting for the Graphviz lock.
    let capacity: Int
    let deadline: Double

    init(capacity: Int, deadline: Double) {
        self.capacity = capacity
        self.deadline = deadline
    }

    /// Renders `dot` to SVG with `engine` on a thread of its own, waiting at most ``deadline``.
    func svg(dot: String, engine: LayoutEngine) async throws(Failure) -> Data {
        guard admit() else { throw .busy }
        let result: Result<Data, Failure>? = await withCheckedContinuation { continuation in
            let once = Once(continuation)
            let started = DispatchTime.now()
            let worker = Thread { [self] in
                let outcome: Result<Data, Failure>
                do { outcome = .success(try Renderer.shared.render(dot: dot, format: .svg, engine: engine)) } catch {
                    outcome = .failure(.failed("\(error)"))
                }
                release()
                // The timer below may fire late on a starved dispatch pool; a render that overran
                // is answered as timed out whichever side reaches the continuation first.
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
                once.resume(seconds > deadline ? nil : outcome)
            }
            worker.stackSize = 64 << 20  // Graphviz's layouts recurse deeply
            worker.start()
            Self.timers.asyncAfter(deadline: started + deadline) { once.resume(nil) }
        }
        guard let result else { throw .timedOut(seconds: deadline) }
        return try result.get()
    }

    private func admit() -> Bool {
        lock.withLock {
            guard admitted < capacity else { return false }
            admitted += 1
            return true
        }
    }

    private func release() { lock.withLock { admitted -= 1 } }

    /// Renders admitted and not yet finished (tests watch it).
    var admittedCount: Int { lock.withLock { admitted } }

    /// Resumes a continuation the first time only: the render and the deadline race.
    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Result<Data, Failure>?, Never>?
        init(_ continuation: CheckedContinuation<Result<Data, Failure>?, Never>) { self.continuation = continuation }
        func resume(_ value: Result<Data, Failure>?) {
            let pending: CheckedContinuation<Result<Data, Failure>?, Never>? = lock.withLock {
                defer { continuation = nil }
                return continuation
            }
            pending?.resume(returning: value)
        }
    }
}
