#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files an output write has open, so SIGINT, SIGTERM and SIGHUP remove them
/// before the process ends (SIGKILL cannot be caught; the file names start with a dot and end
/// in `.relgraph-XXXXXX` so such leftovers are recognisable).
///
/// The signal handler may only call async-signal-safe functions, so the paths live in a fixed
/// table of C strings allocated up front, read by the handler with `unlink` alone.
enum TemporaryFileRegistry {
    private static let capacity = 8
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()

    /// Installs the handlers; called once at start-up.
    static func removeOnSignals() {
        _ = slots
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                TemporaryFileRegistry.unlinkAll()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func add(_ path: String) {
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return
        }
        // More than `capacity` files at once: still written and cleaned up on errors, only not on signals.
    }

    /// Forgets `path`; returns whether it was registered (and so not yet renamed or removed).
    @discardableResult
    static func remove(_ path: String) -> Bool {
        for index in 0..<capacity {
            if let entry = slots[index], String(cString: entry) == path {
                slots[index] = nil
                free(entry)
                return true
            }
        }
        return false
    }

    private static func unlinkAll() {
        for index in 0..<capacity {
            if let entry = slots[index] { unlink(entry) }
        }
    }
}
