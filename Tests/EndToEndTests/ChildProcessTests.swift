import Foundation
import RelGraphTestSupport
import Testing

/// The way every test runs a program (``ChildProcess``, ``ProcessRunner``): a child inherits
/// nothing but its three standard descriptors, a process it leaves behind holds back neither its
/// exit nor its output, and a child that hangs is killed at its deadline. Foundation's `Process`
/// had none of the three, and one clean-clone run of the suite hung for good.
@Suite struct ChildProcessTests {
    private let shell = URL(fileURLWithPath: "/bin/sh")

    /// A pipe made the way Foundation's `Pipe` makes one (no close-on-exec) stays in this process.
    @Test func aChildGetsOnlyItsStandardDescriptors() throws {
        var inheritable: [Int32] = [-1, -1]
        try #require(pipe(&inheritable) == 0)
        defer { inheritable.forEach { close($0) } }
        let result = try ProcessRunner.run(shell, ["-c", "ls /proc/$$/fd"])
        try #require(result.status == 0, "\(result.stderr)")
        let descriptors = Set(result.stdout.split(separator: "\n").compactMap { Int32($0) })
        #expect(descriptors == [0, 1, 2], "the shell holds \(descriptors.sorted())")
    }

    /// `sh -c 'sleep 60 & echo $!'`: the shell exits at once, the sleeper keeps the shell's stdout
    /// open. The run returns while the sleeper still lives (Foundation's `Process` and a read to
    /// end of file waited for the sleeper).
    @Test func aProcessLeftBehindHoldsBackNeitherTheExitNorTheOutput() throws {
        let result = try ProcessRunner.run(shell, ["-c", "sleep 60 & echo $!"])
        let sleeper = try #require(pid_t(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(result.stdout)")
        defer { kill(sleeper, SIGKILL) }
        #expect(result.status == 0)
        #expect(kill(sleeper, 0) == 0, "the run waited until the process it left behind had ended")
    }

    @Test func aChildStillRunningAtItsDeadlineIsKilledAndReported() throws {
        #expect(throws: ProcessRunner.TimedOut.self) {
            try ProcessRunner.run(shell, ["-c", "echo started; exec sleep 60"], timeout: 1)
        }
    }

    /// What the child writes while the parent feeds it: stdin, stdout and stderr move together,
    /// so 1 MB each way never blocks on a full pipe.
    @Test func largeInputAndOutputsFlowTogether() throws {
        let input = Data((0 ..< 1_000_000).map { UInt8(truncatingIfNeeded: $0 % 251) })
        let result = try ProcessRunner.run(shell, ["-c", "tee /dev/stderr"], stdin: input)
        #expect(result.status == 0)
        #expect(result.stdoutData == input && result.stderrData == input)
    }

    @Test func signalsAndExitCodesAreReported() throws {
        let child = try ChildProcess.spawn("/bin/sh", ["-c", "exec sleep 60"])
        child.send(SIGTERM)
        #expect(child.wait().signal == SIGTERM && child.wait().exitCode == nil && child.wait().status == SIGTERM)
        #expect(try ProcessRunner.run(shell, ["-c", "exit 3"]).status == 3)
        #expect(throws: ChildProcess.SpawnError.self) { try ChildProcess.spawn("/nonexistent/tool", []) }
    }
}
