import Foundation
import RelGraphTestSupport

/// `relgraph` run under conditions a user's machine can have: a full disk, a reader that has gone.
extension CLIRunner {
    /// Runs relgraph under a 512-byte file size limit with SIGXFSZ ignored, so a larger write
    /// fails with EFBIG the way it fails with ENOSPC on a full disk; `shellRedirect` (for example
    /// `> out.txt`) is appended to the shell command.
    static func runWithFileSizeLimit(_ arguments: [String], shellRedirect: String = "") throws -> ProcessRunner.Result {
        let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let script = "ulimit -f 1; trap '' XFSZ; exec \(quoted.joined(separator: " ")) \(shellRedirect)"
        return try ProcessRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script], directory: packageRoot)
    }

    /// What a run whose stdout is a pipe with no reader left ended with.
    struct ClosedPipeResult {
        let status: Int32
        let endedBySignal: Bool
        let stderr: String
    }

    /// Runs relgraph with stdout on a pipe whose reading end is closed before the child starts,
    /// as when `relgraph … | head -1` has already exited.
    static func runWithClosedStdout(_ arguments: [String]) throws -> ClosedPipeResult {
        let output = try ChildProcess.pipe()
        try output.reading.close()
        let process = try ChildProcess.spawn(binary.path, arguments, directory: packageRoot.path,
                                             stdout: .descriptor(output.writing.fileDescriptor), stderr: .pipe)
        try output.writing.close()
        let stderr = process.standardError!.readDataToEndOfFile()
        let ended = process.wait()
        return ClosedPipeResult(status: ended.status, endedBySignal: ended.signal != nil, stderr: String(decoding: stderr, as: UTF8.self))
    }
}
