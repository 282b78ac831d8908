import Foundation
import RelGraphStore

/// Where a PostgreSQL corpus lives: a `postgres://` URL, completed by libpq's environment
/// variables, with the password kept out of every message.
///
/// ```
/// postgres://user[:password]@host[:port]/database[?host=/socket/folder&sslmode=disable|prefer|require]
/// ```
/// Parts the URL leaves out come from `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD` and
/// `PGDATABASE`, then from libpq's defaults (host `localhost`, port 5432, user `$USER`, database
/// the user's name). A host starting with `/` (in the URL's `host` parameter, percent-encoded in
/// place of the host, or in `PGHOST`) is the folder of the server's Unix socket.
public struct PostgresLocation: Sendable, Equatable {
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The socket file `<folder>/.s.PGSQL.<port>`.
        case unixSocket(folder: String, port: Int)
    }

    /// How TLS is used on a TCP connection (libpq's `sslmode`); Unix sockets never use it.
    public enum TLSMode: String, Sendable {
        case disable, prefer, require
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    /// Whether `--db` names a PostgreSQL database rather than an SQLite file.
    public static func isPostgres(_ text: String) -> Bool { CorpusLocation.isPostgres(text) }

    /// The URL as messages print it: everything but the password.
    public var displayName: String {
        switch endpoint {
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return "postgres://\(user)@\(shownHost):\(port)/\(database)"
        case .unixSocket(let folder, let port):
            return "postgres://\(user)@localhost:\(port)/\(database)?host=\(folder)"
        }
    }

    /// Parses `text` (a `postgres://` or `postgresql://` URL, or `postgres:` alone for the
    /// environment's server). Throws a one-line ``PostgresLocationError`` that never contains the password.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgres(text) else { throw PostgresLocationError("not a postgres:// URL") }
        var rest = Substring(text)
        rest = rest.drop { $0 != ":" }.dropFirst()  // the scheme
        guard rest.isEmpty || rest.hasPrefix("//") else { throw PostgresLocationError("expected postgres://…") }
        rest = rest.dropFirst(2)

        var query: [String: String] = [:]
        if let mark = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: mark)...].split(separator: "&") where !pair.isEmpty {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = try Self.decode(parts[0], what: "parameter name")
                guard ["host", "port", "user", "password", "dbname", "sslmode"].contains(key) else {
                    throw PostgresLocationError("unknown URL parameter '\(key)' (known: host, port, user, password, dbname, sslmode)")
                }
                query[key] = parts.count == 2 ? try Self.decode(parts[1], what: key) : ""
            }
            rest = rest[..<mark]
        }
        var authority = rest, path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            path = rest[rest.index(after: slash)...]
        }
        var user: String?, password: String?, host: String?, port: String?
        if let at = authority.lastIndex(of: "@") {
            let credentials = authority[..<at]
            authority = authority[authority.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                user = try Self.decode(credentials[..<colon], what: "user")
                password = try Self.decode(credentials[credentials.index(after: colon)...], what: "password")
            } else {
                user = try Self.decode(credentials, what: "user")
            }
        }
        if authority.hasPrefix("[") {  // an IPv6 address
            guard let close = authority.firstIndex(of: "]") else { throw PostgresLocationError("unclosed '[' in the host") }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = String(after.dropFirst()) } else if !after.isEmpty {
                throw PostgresLocationError("unexpected text after the host")
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = try Self.decode(authority[..<colon], what: "host")
            port = String(authority[authority.index(after: colon)...])
        } else if !authority.isEmpty {
            host = try Self.decode(authority, what: "host")
        }
        if host?.isEmpty == true { host = nil }
        if port?.isEmpty == true { port = nil }

        func pick(_ values: String?...) -> String? { values.lazy.compactMap { $0 }.first { !$0.isEmpty } }
        let resolvedUser = pick(query["user"], user, environment["PGUSER"], environment["USER"]) ?? "postgres"
        let resolvedHost = pick(query["host"], host, environment["PGHOST"]) ?? "localhost"
        let portText = pick(query["port"], port, environment["PGPORT"]) ?? "5432"
        guard let resolvedPort = Int(portText), (1...65_535).contains(resolvedPort) else {
            throw PostgresLocationError("port '\(portText)' is not a number from 1 to 65535")
        }
        let databaseText = pick(query["dbname"], try Self.decode(path, what: "database"), environment["PGDATABASE"]) ?? resolvedUser
        guard !databaseText.contains("/") else { throw PostgresLocationError("the database name contains '/'") }
        let modeText = pick(query["sslmode"], environment["PGSSLMODE"]) ?? "prefer"
        guard let mode = TLSMode(rawValue: modeText) else {
            throw PostgresLocationError("sslmode '\(modeText)' is not one of disable, prefer, require")
        }

        self.user = resolvedUser
        self.password = pick(query["password"], password, environment["PGPASSWORD"])
        self.database = databaseText
        self.tls = mode
        self.endpoint = resolvedHost.hasPrefix("/")
            ? .unixSocket(folder: resolvedHost, port: resolvedPort) : .tcp(host: resolvedHost, port: resolvedPort)
    }

    private static func decode(_ text: Substring, what: String) throws -> String {
        guard let decoded = String(text).removingPercentEncoding else {
            throw PostgresLocationError("bad percent-encoding in the \(what)")
        }
        return decoded
    }
}

/// Why a `postgres://` URL cannot be used (never quotes the password).
public struct PostgresLocationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let problem: String
    init(_ problem: String) { self.problem = problem }
    public var description: String { "bad PostgreSQL URL: \(problem)" }
}
