import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// `relgraph serve`: the browser explorer over one corpus, read-only, on one address.
///
/// ```swift
/// let corpus = try ExplorerCorpus.load(database: "corpus.sqlite", lexicon: try Lexicon.load())
/// let server = ExplorerServer(corpus: corpus, configuration: .init(host: "127.0.0.1", port: 8080))
/// try await server.run { url in print("relgraph explorer: \(url)") }
/// ```
/// Concurrency: the corpus is immutable and shared by all requests; diagrams go through one
/// ``RenderGate``. The server stops on SIGINT or SIGTERM.
public struct ExplorerServer: Sendable {
    /// Where and how the server listens, and its limits.
    public struct Configuration: Sendable {
        public var host: String
        /// 0 picks a free port (tests); the URL printed says which.
        public var port: Int
        /// Connections open at once; more wait in the listen backlog.
        public var maximumConnections: Int
        /// A connection idle (or a client sending slowly) this long is closed.
        public var idleTimeout: Double
        /// Diagrams being drawn or waiting; more get a 503.
        public var renderQueue: Int
        /// Seconds a diagram may take before the request gets a 503.
        public var renderDeadline: Double

        public init(host: String = "127.0.0.1", port: Int = 8080, maximumConnections: Int = 64, idleTimeout: Double = 30,
                    renderQueue: Int = 4, renderDeadline: Double = 10) {
            self.host = host
            self.port = port
            self.maximumConnections = maximumConnections
            self.idleTimeout = idleTimeout
            self.renderQueue = renderQueue
            self.renderDeadline = renderDeadline
        }
    }

    public let corpus: ExplorerCorpus
    public let configuration: Configuration

    public init(corpus: ExplorerCorpus, configuration: Configuration) {
        self.corpus = corpus
        self.configuration = configuration
    }

    /// Serves until the process is interrupted. `onListening` gets the URL once the socket is bound.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        let assets = try PageAssets()
        let gate = RenderGate(capacity: configuration.renderQueue, deadline: configuration.renderDeadline)
        let responder = ExplorerResponder(api: ExplorerAPI(corpus: corpus, gate: gate), assets: assets)
        var logger = Logger(label: "relgraph-serve")
        logger.logLevel = .error
        let host = configuration.host
        let corpus = self.corpus
        let app = Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: .milliseconds(Int64(configuration.idleTimeout * 1000)))),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil,
                                 availableConnectionsDelegate: MaximumAvailableConnections(configuration.maximumConnections)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                onListening("http://\(shownHost):\(port)/")
                // The corpus view's rankings: Brandes' betweenness takes seconds on a large corpus.
                Thread { corpus.computeCentrality() }.start()
            },
            logger: logger)
        try await app.runService()
    }
}

/// Why the explorer cannot start.
public enum ExplorerServerError: Error, CustomStringConvertible {
    case missingResource(String)

    public var description: String {
        switch self {
        case .missingResource(let name): return "the explorer's page file \(name) is missing from the installation"
        }
    }
}
