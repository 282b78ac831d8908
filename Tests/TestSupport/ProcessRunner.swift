import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a child process to completion and captures its output (a ``ChildProcess``: no
/// Foundation `Process`). One thread feeds stdin and drains stdout and stderr with `poll`, so no
/// pipe can fill up and block the child while the test waits on another one.
///
/// A run always ends: once the child has exited, output still held open by a process it left
/// behind is read for two more seconds at most, and a child still running after `timeout`
/// seconds is killed and reported as ``TimedOut`` — a hung child fails its test instead of
/// holding a thread of the test pool for good.
public enum ProcessRunner {
    public struct Result: Sendable {
        /// The exit code, or the signal number when a signal ended the child.
        public let status: Int32
        public let stdoutData: Data
        public let stderrData: Data
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        public var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    }

    /// A child killed for running longer than its run allowed.
    public struct TimedOut: Error, CustomStringConvertible {
        public let command: [String]
        public let seconds: Double
        public let stdout: String, stderr: String
        public var description: String {
            "\(command.joined(separator: " ")) still ran after \(seconds) s and was killed; stderr so far: \(stderr.suffix(2_000))"
        }
    }

    /// How long output may stay open after the child exited (held by a process it started).
    static let outputGrace = 2.0

    /// Runs `executable` with `arguments`; `stdin` (if any) is written then closed.
    public static func run(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
                           directory: URL? = nil, environment: [String: String]? = nil,
                           timeout: Double = 300) throws -> Result {
        let child = try ChildProcess.spawn(executable.path, arguments, environment: environment, directory: directory?.path,
                                           stdin: .pipe, stdout: .pipe, stderr: .pipe)
        let exchange = PipeExchange(input: child.standardInput!, stdin: stdin ?? Data(),
                                    output: child.standardOutput!, error: child.standardError!)
        let deadline = Date().addingTimeInterval(timeout)
        var exited: (termination: ChildProcess.Termination, at: Date)?
        var killed = false
        var pause: Int32 = 1
        while true {
            if exited == nil, let termination = child.poll() { exited = (termination, Date()) }
            if let exited, exchange.outputsClosed || Date().timeIntervalSince(exited.at) > outputGrace { break }
            if !killed && Date() > deadline {
                child.send(SIGKILL)
                killed = true
            }
            if exchange.outputsClosed {
                // Output ended before the exit was visible: wait for it in short, growing steps.
                Glibc.poll(nil, 0, pause)
                pause = min(pause * 2, 50)
            } else {
                exchange.step(waitingAtMost: 50)
            }
        }
        exchange.closeAll()
        if killed {
            throw TimedOut(command: [executable.path] + arguments, seconds: timeout,
                           stdout: String(decoding: exchange.stdout, as: UTF8.self), stderr: String(decoding: exchange.stderr, as: UTF8.self))
        }
        return Result(status: exited!.termination.status, stdoutData: exchange.stdout, stderrData: exchange.stderr)
    }

    /// `python3` (through `/usr/bin/env`) running `arguments`.
    public static func python(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, stdin: stdin)
    }

    /// Whether this run is continuous integration (`CI=true`), where a missing tool is a failure,
    /// not a reason to skip.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The built `relgraph` executable: `RELGRAPH_BIN` if set, else the one beside the test bundle.
    public static let relgraph: URL? = {
        if let path = ProcessInfo.processInfo.environment["RELGRAPH_BIN"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("relgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()
}

/// The parent's ends of a child's three pipes, served by one thread with `poll`: stdin written
/// as the child reads it, stdout and stderr read as they come.
private final class PipeExchange {
    private var input: FileHandle?, output: FileHandle?, error: FileHandle?
    private let pending: Data
    private var written = 0
    private(set) var stdout = Data(), stderr = Data()

    init(input: FileHandle, stdin: Data, output: FileHandle, error: FileHandle) {
        self.input = input
        self.output = output
        self.error = error
        pending = stdin
        for handle in [input, output, error] { _ = fcntl(handle.fileDescriptor, F_SETFL, O_NONBLOCK) }
        if pending.isEmpty { Self.finish(&self.input) }
    }

    /// Closes a pipe now (the child may hold other references to the handle).
    private static func finish(_ handle: inout FileHandle?) {
        try? handle?.close()
        handle = nil
    }

    var outputsClosed: Bool { output == nil && error == nil }

    /// Waits up to `milliseconds` for any pipe to be ready, then moves what it can.
    func step(waitingAtMost milliseconds: Int32) {
        var watched: [pollfd] = []
        if let input { watched.append(pollfd(fd: input.fileDescriptor, events: Int16(POLLOUT), revents: 0)) }
        if let output { watched.append(pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)) }
        if let error { watched.append(pollfd(fd: error.fileDescriptor, events: Int16(POLLIN), revents: 0)) }
        guard Glibc.poll(&watched, nfds_t(watched.count), milliseconds) > 0 else { return }
        for entry in watched where entry.revents != 0 {
            if entry.fd == input?.fileDescriptor { writeInput() }
            else if entry.fd == output?.fileDescriptor { if drain(entry.fd, into: &stdout) { Self.finish(&output) } }
            else if entry.fd == error?.fileDescriptor { if drain(entry.fd, into: &stderr) { Self.finish(&error) } }
        }
    }

    /// Writes what the pipe takes; closes it when all is written or the child stopped reading.
    private func writeInput() {
        guard let input else { return }
        while written < pending.count {
            let count = pending.withUnsafeBytes { bytes in
                Glibc.write(input.fileDescriptor, bytes.baseAddress! + written, min(bytes.count - written, 65_536))
            }
            if count > 0 { written += count; continue }
            if count == -1 && (errno == EAGAIN || errno == EINTR) { return }
            break  // EPIPE: the child closed its stdin
        }
        Self.finish(&self.input)
    }

    /// Reads all that is available; true at end of file.
    private func drain(_ descriptor: Int32, into data: inout Data) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count > 0 { data.append(contentsOf: buffer[0 ..< count]); continue }
            if count == -1 && errno == EINTR { continue }
            return count == 0 || errno != EAGAIN
        }
    }

    /// Closes the pipes still open.
    func closeAll() {
        Self.finish(&input)
        Self.finish(&output)
        Self.finish(&error)
    }
}
