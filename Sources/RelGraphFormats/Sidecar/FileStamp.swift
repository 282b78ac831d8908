#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RelGraphCore

/// A file's size and modification time: what a sidecar records of the graph file it indexes, so a
/// later change to the file is noticed without reading it.
public struct FileStamp: Hashable, Sendable {
    /// Size in bytes.
    public var size: UInt64
    /// Modification time, whole seconds since 1970.
    public var seconds: Int64
    /// Modification time, nanoseconds past `seconds` (0…999 999 999).
    public var nanoseconds: Int64

    public init(size: UInt64, seconds: Int64, nanoseconds: Int64) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// The stamp of the file at `path`, or nil when it cannot be examined.
    public static func of(path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStamp(size: UInt64(info.st_size), seconds: Int64(time.tv_sec), nanoseconds: Int64(time.tv_nsec))
    }

    /// Whether this file was modified after `other` was.
    public func isNewer(than other: FileStamp) -> Bool {
        (seconds, nanoseconds) > (other.seconds, other.nanoseconds)
    }
}
