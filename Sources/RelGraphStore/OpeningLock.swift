import Foundation

/// An advisory lock (`flock`) on the database file for the time a store is opened, checked and
/// migrated: exclusive for a writer, shared for a reader. SQLite's own locks (`fcntl`) are
/// separate and unaffected. Waiting is bounded, so a stuck process cannot hang another forever.
final class OpeningLock {
    private var descriptor: Int32

    /// Takes the lock, creating the file for a writer; waits up to `timeout` seconds.
    init(path: String, exclusive: Bool, timeout: Double = 60) throws {
        // A missing file for a reader is reported by the store itself; no lock is needed then.
        let flags = exclusive ? (O_RDWR | O_CREAT | O_CLOEXEC) : (O_RDONLY | O_CLOEXEC)
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0 && exclusive && (errno == EACCES || errno == EROFS) {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)  // read-only file: SQLite will say so
        }
        self.descriptor = descriptor
        guard descriptor >= 0 else { return }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return }  // no locking here (some network file systems)
            guard Date() < deadline else {
                release()
                throw StoreError.busy(path)
            }
            usleep(20_000)
        }
    }

    /// Releases the lock and closes the descriptor (once).
    func release() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    deinit { release() }
}
