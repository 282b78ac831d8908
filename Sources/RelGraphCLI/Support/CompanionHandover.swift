import Foundation
import RelGraphCore
import RelGraphStore

/// What `relgraph` leaves to its companion executable `relgraph-serve`, built beside it: the
/// explorer (`serve`, on Hummingbird) and PostgreSQL corpora (`--db postgres://…`, on
/// postgres-nio). Both run on SwiftNIO, and every start of a program that links it pays for its
/// runtime records and relocations (Benchmarks/startup), so `relgraph` does not link them: it
/// replaces itself with the companion, which runs the same commands with both linked in.
package enum CompanionHandover {
    /// The companion's name; `swift build` builds it beside `relgraph`.
    static let executableName = "relgraph-serve"

    /// Before parsing: hands the command line over when it may name a PostgreSQL database and
    /// this program cannot open one; returns otherwise.
    static func handOverIfPostgres() throws {
        guard CorpusDatabaseOption.openPostgres == nil else { return }
        let arguments = Array(CommandLine.arguments.dropFirst())
        let fromEnvironment = getenv(CorpusDatabaseOption.environmentVariable).map { String(cString: $0) }
        guard mayNamePostgres(arguments, environment: fromEnvironment) else { return }
        try replaceProcess(for: "--db postgres://…")
    }

    /// Whether an argument, the value of a `--option=value` argument, or `RELGRAPH_DB` is a
    /// PostgreSQL URL. Errs towards yes: the companion runs every command as `relgraph` does.
    static func mayNamePostgres(_ arguments: [String], environment: String?) -> Bool {
        if let environment, CorpusLocation.isPostgres(environment) { return true }
        return arguments.contains { argument in
            if CorpusLocation.isPostgres(argument) { return true }
            guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return false }
            return CorpusLocation.isPostgres(String(argument[argument.index(after: equals)...]))
        }
    }

    /// Replaces this process with the companion and the same arguments; returns only by throwing.
    /// `purpose` names what needs it, for the message when it is missing.
    static func replaceProcess(for purpose: String) throws {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath().deletingLastPathComponent()
        let path = folder.appendingPathComponent(executableName).path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw RelGraphError.badInput("\(purpose) needs \(executableName) beside relgraph (\(path)); `swift build -c release` builds both")
        }
        let arguments = [path] + CommandLine.arguments.dropFirst()
        var argv = arguments.map { strdup($0) } + [nil]
        execv(path, &argv)
        let reason = String(cString: strerror(errno))
        throw RelGraphError.badInput("cannot start \(path): \(reason)")
    }
}
