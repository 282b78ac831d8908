import Foundation

/// Runs a child process to completion and captures its output. stdin is written, and stdout and
/// stderr are drained, on threads of their own, so no pipe can fill up and block the child while
/// the test waits on another one.
public enum ProcessRunner {
    public struct Result: Sendable {
        public let status: Int32
        public let stdoutData: Data
        public let stderrData: Data
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        public var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    }

    /// Runs `executable` with `arguments`; `stdin` (if any) is written then closed.
    public static func run(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
                           directory: URL? = nil, environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()

        let group = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: group) {
            if let stdin { input.fileHandleForWriting.write(stdin) }
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) { collected.set(stdout: output.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: group) { collected.set(stderr: errors.fileHandleForReading.readDataToEndOfFile()) }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdoutData: collected.stdout, stderrData: collected.stderr)
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

/// The two outputs, filled from two threads.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data(), err = Data()

    func set(stdout data: Data) { lock.lock(); out = data; lock.unlock() }
    func set(stderr data: Data) { lock.lock(); err = data; lock.unlock() }
    var stdout: Data { lock.lock(); defer { lock.unlock() }; return out }
    var stderr: Data { lock.lock(); defer { lock.unlock() }; return err }
}
