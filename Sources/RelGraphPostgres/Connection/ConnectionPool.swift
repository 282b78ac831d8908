import Foundation
import Logging
import NIOSSL
import PostgresNIO
import RelGraphStore

/// The connections of one store: one per concurrent transaction or claim, opened on demand and
/// kept for the next call. PostgresNIO's shared event loops start only when the first connection
/// opens, so relgraph verbs that never touch PostgreSQL never start them.
///
/// Thread-safe: every call may come from any thread (the ingester's workers).
final class ConnectionPool: @unchecked Sendable {
    let location: PostgresLocation
    private let lock = NSLock()
    private var idle: [PostgresConnection] = []
    private var opened = 0
    private var closed = false
    /// PostgresNIO logs through swift-log; relgraph reports errors itself, in one line.
    static let logger = Logger(label: "relgraph.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    init(location: PostgresLocation) {
        self.location = location
    }

    /// Lends a connection to `body`; a connection that broke is dropped, not reused.
    func withConnection<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await take()
        do {
            let value = try await body(connection)
            giveBack(connection)
            return value
        } catch {
            // After a failure the connection may be mid-transaction or dead: never lend it again.
            try? await connection.close()
            throw error
        }
    }

    func take() async throws -> PostgresConnection {
        let reused: PostgresConnection? = lock.withLock {
            while let connection = idle.popLast() {
                if !connection.isClosed { return connection }
            }
            opened += 1
            return nil
        }
        if let reused { return reused }
        return try await PostgresConnection.connect(configuration: try configuration(), id: opened, logger: Self.logger)
    }

    func giveBack(_ connection: PostgresConnection) {
        let keep = lock.withLock {
            guard !closed, !connection.isClosed else { return false }
            idle.append(connection)
            return true
        }
        if !keep { connection.close().whenComplete { _ in } }
    }

    /// Closes every idle connection; connections lent out close when given back.
    func closeAll() async {
        let connections = lock.withLock {
            closed = true
            defer { idle = [] }
            return idle
        }
        for connection in connections { try? await connection.close() }
    }

    private func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch location.endpoint {
        case .unixSocket(let folder, let port):
            configuration = .init(unixSocketPath: "\(folder)/.s.PGSQL.\(port)", username: location.user,
                                  password: location.password, database: location.database)
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS
            switch location.tls {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            configuration = .init(host: host, port: port, username: location.user, password: location.password,
                                  database: location.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(15)
        return configuration
    }
}

/// Runs async PostgresNIO code for relgraph's synchronous callers (the command line, the
/// ingester's worker threads). The caller's thread waits; the work runs on a Dispatch queue of
/// its own (``QueueExecutor``) and NIO's event loops, never on Swift's cooperative pool — so a
/// caller that is itself on that pool (a test, a server) cannot starve the work it waits for.
enum Blocking {
    private final class Outcome<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    private static let executor = QueueExecutor()

    static func run<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached(executorPreference: executor) {
            do { outcome.result = .success(try await body()) } catch { outcome.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try outcome.result!.get()
    }
}

/// A task executor on a concurrent Dispatch queue: tasks started by ``Blocking`` run here rather
/// than on the cooperative pool, whose few threads blocked callers may be holding.
final class QueueExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "relgraph.postgres.blocking", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
