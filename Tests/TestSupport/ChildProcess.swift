import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`: what every test that
/// runs a program uses instead of Foundation's `Process`.
///
/// Why not `Process`: on Linux it learns of a child's exit through one end of a socket pair that
/// the child inherits, and from the EOF on the other end, which comes only when *every* process
/// holding that end has closed it. Its pipes and that socket are created without close-on-exec,
/// so a process spawned by another thread in the same instant inherits them too. Tests run in
/// parallel and spawn hundreds of children; when the inheritor is the PostgreSQL test server
/// (a daemon living until `make test` stops it), the test whose descriptors leaked waits for
/// ever — in `readDataToEndOfFile` or in `waitUntilExit` — on one of the test pool's two
/// threads (shown with the cluster script: the daemon keeps an inheritable pipe of its starter
/// open, and its reader never sees end of file). Here every pipe is close-on-exec, a child receives its three standard descriptors
/// and nothing else (`posix_spawn_file_actions_addclosefrom_np`), and an exit is read from
/// `waitpid`, which no other process can hold back.
public final class ChildProcess: @unchecked Sendable {
    /// Where one of the child's standard descriptors comes from or goes to.
    public enum Stream {
        /// `/dev/null`, opened by the child.
        case null
        /// A new pipe; the parent's end is ``standardInput``, ``standardOutput`` or ``standardError``.
        case pipe
        /// A descriptor of the caller's, duplicated into the child (the caller still owns it).
        case descriptor(Int32)
    }

    /// How a child ended.
    public struct Termination: Sendable, Equatable, CustomStringConvertible {
        /// The exit code, when the child called `exit`.
        public let exitCode: Int32?
        /// The signal that ended it, otherwise.
        public let signal: Int32?

        init(waitStatus status: Int32) {
            if status & 0x7f == 0 {
                exitCode = (status >> 8) & 0xff
                signal = nil
            } else {
                exitCode = nil
                signal = status & 0x7f
            }
        }

        /// The exit code, or the signal number when a signal ended the child (Foundation's
        /// `terminationStatus`).
        public var status: Int32 { exitCode ?? signal ?? -1 }

        public var description: String { exitCode.map { "exit \($0)" } ?? "signal \(signal ?? 0)" }
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public let executable: String
        public let code: Int32
        public var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }

    public let pid: pid_t
    /// The parent's ends of the pipes asked for with ``Stream/pipe``.
    public let standardInput: FileHandle?
    public let standardOutput: FileHandle?
    public let standardError: FileHandle?

    private let lock = NSLock()
    private var termination: Termination?

    private init(pid: pid_t, input: FileHandle?, output: FileHandle?, error: FileHandle?) {
        self.pid = pid
        standardInput = input
        standardOutput = output
        standardError = error
    }

    /// Starts `executable` (a path; no `PATH` search) with `arguments`. `environment` nil keeps
    /// this process's. Signals the child has are all at their defaults, none blocked.
    public static func spawn(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                             directory: String? = nil, stdin: Stream = .null, stdout: Stream = .null,
                             stderr: Stream = .null) throws -> ChildProcess {
        _ = ignoreBrokenPipes
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The child's ends of new pipes: closed here once the child has its copies.
        var childEnds: [Int32] = []
        defer { childEnds.forEach { close($0) } }

        /// Sets up `target` (0, 1 or 2) in the child; returns the parent's end of a new pipe.
        func connect(_ stream: Stream, to target: Int32) throws -> FileHandle? {
            switch stream {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
                return nil
            case .descriptor(let descriptor):
                posix_spawn_file_actions_adddup2(&actions, descriptor, target)
                return nil
            case .pipe:
                var ends: [Int32] = [-1, -1]
                guard GNU.pipe2(&ends, O_CLOEXEC) == 0 else { throw SpawnError(executable: executable, code: errno) }
                let (parent, child) = target == 0 ? (ends[1], ends[0]) : (ends[0], ends[1])
                childEnds.append(child)
                posix_spawn_file_actions_adddup2(&actions, child, target)
                return FileHandle(fileDescriptor: parent, closeOnDealloc: true)
            }
        }
        // On a failure the parent's ends close with their FileHandles.
        let input = try connect(stdin, to: 0), output = try connect(stdout, to: 1), error = try connect(stderr, to: 2)
        _ = GNU.addClosefrom(&actions, 3)
        if let directory { _ = GNU.addChdir(&actions, directory) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = CStrings([executable] + arguments)
        let envp = environment.map { CStrings($0.map { "\($0.key)=\($0.value)" }) }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp?.pointers ?? environ)
        guard code == 0 else { throw SpawnError(executable: executable, code: code) }
        return ChildProcess(pid: pid, input: input, output: output, error: error)
    }

    /// A new pipe, both ends close-on-exec (a ``Stream/descriptor(_:)`` end is still given to the child).
    public static func pipe() throws -> (reading: FileHandle, writing: FileHandle) {
        var ends: [Int32] = [-1, -1]
        guard GNU.pipe2(&ends, O_CLOEXEC) == 0 else { throw SpawnError(executable: "pipe", code: errno) }
        return (FileHandle(fileDescriptor: ends[0], closeOnDealloc: true), FileHandle(fileDescriptor: ends[1], closeOnDealloc: true))
    }

    /// Sends `signal` (SIGKILL, SIGTERM…) to the child, if it has not been reaped yet.
    public func send(_ signal: Int32) {
        lock.withLock { if termination == nil { _ = kill(pid, signal) } }
    }

    /// Waits for the child to end (blocking this thread) and reaps it.
    @discardableResult
    public func wait() -> Termination {
        if let ended = lock.withLock({ termination }) { return ended }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno == EINTR { continue }
            // Reaped by a concurrent wait() or poll() on another thread.
            return lock.withLock { termination } ?? Termination(waitStatus: 0x7f)
        }
        return record(status)
    }

    /// The child's end, if it has ended; never blocks.
    public func poll() -> Termination? {
        if let ended = lock.withLock({ termination }) { return ended }
        var status: Int32 = 0
        let reaped = waitpid(pid, &status, WNOHANG)
        if reaped == pid { return record(status) }
        if reaped == -1 && errno == ECHILD { return lock.withLock { termination } }
        return nil
    }

    private func record(_ status: Int32) -> Termination {
        let ended = Termination(waitStatus: status)
        lock.withLock { termination = ended }
        return ended
    }

    /// A test process must never die of SIGPIPE when a child stops reading its stdin early;
    /// children get the default back (`POSIX_SPAWN_SETSIGDEF`).
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()
}

/// A NULL-terminated C array of C strings, freed with the value.
private final class CStrings {
    let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointers = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
        pointers[strings.count] = nil
    }

    deinit {
        for index in 0 ..< count { free(pointers[index]) }
        pointers.deallocate()
    }
}

/// The three glibc extensions this file needs. Swift's Glibc module leaves out what only
/// `_GNU_SOURCE` declares, so they are looked up by name (glibc 2.34 has all three; relgraph
/// builds on Debian 12's 2.36).
enum GNU {
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    private typealias AddClosefrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    private static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let address = dlsym(nil, name) else { fatalError("glibc lacks \(name) (glibc 2.34 or later is needed)") }
        return unsafeBitCast(address, to: type)
    }

    private static let pipe2Function = function("pipe2", as: Pipe2.self)
    private static let addClosefromFunction = function("posix_spawn_file_actions_addclosefrom_np", as: AddClosefrom.self)
    private static let addChdirFunction = function("posix_spawn_file_actions_addchdir_np", as: AddChdir.self)

    /// `pipe2(2)`: both ends created with `flags` (`O_CLOEXEC`) at once, never inheritable.
    static func pipe2(_ ends: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32 { pipe2Function(ends, flags) }

    /// The child closes every descriptor from `lowest` up (after its `dup2`s).
    static func addClosefrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32 {
        addClosefromFunction(actions, lowest)
    }

    /// The child changes to `directory` before it runs.
    static func addChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ directory: String) -> Int32 {
        directory.withCString { addChdirFunction(actions, $0) }
    }
}
