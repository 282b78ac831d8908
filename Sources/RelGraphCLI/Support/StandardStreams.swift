import Foundation
import RelGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// C's `stdout` stream, which `print` buffers into. Looked up by symbol: Swift 6 refuses any
/// reference to the C global `stdout` (shared mutable state); nil (then `fflush(nil)` flushes
/// every stream) if the C library does not export it.
nonisolated(unsafe) private let cStandardOutput: UnsafeMutablePointer<FILE>? = {
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "stdout") else { return nil }
    return symbol.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
}()

/// stdout and stderr written with plain `write(2)`, so a full disk or a reader that has gone is an
/// error the CLI reports in one line (exit 1), not a trap: Foundation's non-throwing
/// `FileHandle.write(_:)` traps on any write error.
enum StandardStreams {
    /// Called once at start-up: a closed pipe then fails the write with EPIPE, which is reported,
    /// instead of killing the process with SIGPIPE (exit 141, no message).
    static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes all of `data` to stdout, after anything `print` has buffered.
    static func writeOutput(_ data: Data) throws {
        guard fflush(cStandardOutput) == 0 else { throw outputError(errno) }
        do {
            try FileDescriptorWriter.writeAll(data, to: STDOUT_FILENO)
        } catch let error as FileDescriptorWriter.WriteError {
            throw outputError(error.code)
        }
    }

    /// Flushes what `print` buffered; a failure (full disk, closed pipe) becomes a one-line error.
    static func flushOutput() throws {
        if fflush(cStandardOutput) != 0 || (cStandardOutput.map { ferror($0) != 0 } ?? false) { throw outputError(errno) }
    }

    /// One line on stderr; if stderr itself cannot be written there is nobody left to tell.
    static func writeError(_ line: String) {
        try? FileDescriptorWriter.writeAll(Data((line.hasSuffix("\n") ? line : line + "\n").utf8), to: STDERR_FILENO)
    }

    private static func outputError(_ code: Int32) -> RelGraphError {
        RelGraphError.badInput("cannot write to stdout: \(FileDescriptorWriter.describe(code))")
    }
}


/// `write(2)` in a loop: short writes continued, EINTR retried, errors thrown with their errno.
enum FileDescriptorWriter {
    struct WriteError: Error { let code: Int32 }

    static func writeAll(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var pointer = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(code: errno)
                }
                pointer += written
                remaining -= written
            }
        }
    }

    /// errno as words a user can act on.
    static func describe(_ code: Int32) -> String {
        switch code {
        case EPIPE: return "the reading end has gone (broken pipe)"
        case ENOSPC: return "no space left on device"
        case EFBIG: return "file too large for this file system or limit"
        default: return String(cString: strerror(code))
        }
    }
}
