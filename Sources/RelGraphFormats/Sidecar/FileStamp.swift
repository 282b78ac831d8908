#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RelGraphCore

/// A file's size, modification time and a hash of its bytes: what a sidecar records of the graph
/// file it indexes, so a later change to the file is noticed.
///
/// Size and time alone missed an edit that kept the size and restored the time (issue #15); the
/// hash (``FileContentHash``) catches it at the cost of reading the file once, far less than
/// scanning its JSON.
public struct FileStamp: Hashable, Sendable {
    /// Size in bytes.
    public var size: UInt64
    /// Modification time, whole seconds since 1970.
    public var seconds: Int64
    /// Modification time, nanoseconds past `seconds` (0…999 999 999).
    public var nanoseconds: Int64
    /// ``FileContentHash`` of the file's bytes; 0 for what is not a regular file (a pipe is not
    /// read to stamp it).
    public var contentHash: UInt64

    public init(size: UInt64, seconds: Int64, nanoseconds: Int64, contentHash: UInt64) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.contentHash = contentHash
    }

    /// The stamp of the file at `path` (its bytes read and hashed), or nil when it cannot be
    /// examined or read.
    public static func of(path: String) -> FileStamp? {
        // Non-blocking, so opening a FIFO does not wait for a writer; only regular files are read.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        var hash: UInt64 = 0
        if (info.st_mode & S_IFMT) == S_IFREG {
            guard let hashed = FileContentHash.of(descriptor: descriptor) else { return nil }
            hash = hashed
        }
        return FileStamp(size: UInt64(info.st_size), seconds: Int64(time.tv_sec), nanoseconds: Int64(time.tv_nsec),
                         contentHash: hash)
    }

    /// Whether this file was modified after `other` was.
    public func isNewer(than other: FileStamp) -> Bool {
        (seconds, nanoseconds) > (other.seconds, other.nanoseconds)
    }
}
