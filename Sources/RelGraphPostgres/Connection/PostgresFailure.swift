import Foundation
import NIOCore
import PostgresNIO
import RelGraphStore

/// PostgresNIO's errors in relgraph's terms: one line naming the database (never its password),
/// and whether retrying the transaction can succeed.
enum PostgresFailure {
    /// SQLSTATEs after which PostgreSQL asks the client to run the transaction again:
    /// serialization_failure and deadlock_detected.
    static let retryableStates: Set<String> = ["40001", "40P01"]

    static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    static func isRetryable(_ error: any Error) -> Bool {
        sqlState(of: error).map(retryableStates.contains) ?? false
    }

    /// A ``StoreError`` for `error`, naming the database as `name`.
    static func describe(_ error: any Error, name: String) -> any Error {
        if error is StoreError { return error }
        guard let error = error as? PSQLError else { return StoreError.database(name, message: "\(error)") }
        if let info = error.serverInfo {
            let state = info[.sqlState] ?? "?"
            let message = info[.message] ?? "server error"
            switch state {
            case "3D000": return StoreError.database(name, message: "no such database on the server (create it: createdb)")
            case "28000", "28P01": return StoreError.database(name, message: "authentication failed: \(message)")
            case "53100": return StoreError.diskFull(name)
            case "25006": return StoreError.readOnly(name)
            default: return StoreError.database(name, message: "\(message) [SQLSTATE \(state)]")
            }
        }
        switch error.code {
        case .connectionError, .unexpectedBackendMessage, .uncleanShutdown, .serverClosedConnection:
            let cause = error.underlying.map { "\($0)" } ?? "\(error.code)"
            return StoreError.database(name, message: "cannot reach the server (\(cause))")
        case .sslUnsupported:
            return StoreError.database(name, message: "the server does not offer TLS (sslmode=require)")
        default:
            return StoreError.database(name, message: "\(error.code)")
        }
    }
}
