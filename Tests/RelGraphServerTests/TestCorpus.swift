import Foundation
import RelGraphCore
import RelGraphKnowledge
@testable import RelGraphServer

/// One explorer per test process, on a free loopback port, over a small invented graph: a star
/// of 150 satellites around one hub (for the neighbourhood cap), the sample's cast (for names the
/// knowledge base knows), and hostile labels (for escaping).
enum TestServer {
    static let hostileScript = "<script>alert(1)</script>"
    static let hostileImage = "\"><img src=x onerror=alert(2)>"

    static let graph: RelationshipGraph = {
        var nodes = [
            Actor(id: "person:vladimir-putin", type: .person, label: "Vladimir Putin", aliases: []),
            Actor(id: "country:KP", type: .country, label: "North Korea", aliases: ["Corée du Nord"], attributes: ["iso": "KP"]),
            Actor(id: "country:UA", type: .country, label: "Ukraine"),
            Actor(id: "country:RU", type: .country, label: "Russia", aliases: ["Russie"]),
            Actor(id: "person:hostile", type: .person, label: hostileScript),
            Actor(id: "organization:hostile", type: .organization, label: hostileImage),
            Actor(id: "organization:hub", type: .organization, label: "Hub"),
        ]
        func evidence(_ sentence: String, _ document: String = "story.txt", date: String? = nil) -> Evidence {
            Evidence(document: document, sentence: sentence, start: 0, end: sentence.unicodeScalars.count, date: date)
        }
        var edges = [
            Relation(source: "person:vladimir-putin", target: "country:KP", type: .visit, confidence: 0.9,
                     evidence: [evidence("Vladimir Putin arrived in North Korea."), evidence("Putin landed in Corée du Nord.", "other.txt", date: "2024-06-18")]),
            Relation(source: "person:vladimir-putin", target: "country:RU", type: .leaderOf, confidence: 0.99,
                     evidence: [evidence("Russia's president Vladimir Putin spoke.")]),
            Relation(source: "country:RU", target: "country:UA", type: .attack, confidence: 0.8,
                     evidence: [evidence("Russia attacked Ukraine again.")]),
            Relation(source: "person:hostile", target: "organization:hostile", type: .meet, confidence: 0.7,
                     evidence: [evidence("\(hostileScript) met \(hostileImage) today.")]),
        ]
        for number in 0 ..< 150 {
            let id = String(format: "organization:satellite-%03d", number)
            nodes.append(Actor(id: id, type: .organization, label: String(format: "Satellite %03d", number)))
            // Satellite n has n % 7 + 1 sentences: the strongest are the ones with 7.
            let sentences = (0 ... number % 7).map { evidence("Hub works with satellite \(number), sentence \($0).") }
            edges.append(Relation(source: "organization:hub", target: id, type: .cooperate, confidence: 0.6, evidence: sentences))
        }
        return RelationshipGraph(nodes: nodes, edges: edges).canonicalized()
    }()

    static let corpus: ExplorerCorpus = {
        let corpus = ExplorerCorpus.load(graph: graph, sourceName: "test.json", lexicon: try? Lexicon.load())
        corpus.computeCentrality()
        return corpus
    }()

    /// The running server, started by the first test that asks; later callers wait for its URL.
    /// A server that stops or fails before it listens fails every waiting test with its error
    /// (its waiters were never resumed before: the suites' `init` then waited for ever).
    private actor Launcher {
        private var port: UInt16?
        private var failure: (any Error)?
        private var waiting: [CheckedContinuation<UInt16, any Error>] = []
        private var starting = false

        struct StoppedBeforeListening: Error {}

        func port() async throws -> UInt16 {
            if let port { return port }
            if let failure { throw failure }
            if !starting {
                starting = true
                let server = ExplorerServer(corpus: corpus, configuration: .init(host: "127.0.0.1", port: 0))
                Task.detached {
                    do {
                        try await server.run { url in
                            let port = UInt16(URLComponents(string: url)!.port!)
                            Task { await self.started(port) }
                        }
                        await self.ended(StoppedBeforeListening())
                    } catch {
                        await self.ended(error)
                    }
                }
            }
            return try await withCheckedThrowingContinuation { waiting.append($0) }
        }

        private func started(_ port: UInt16) {
            self.port = port
            for continuation in waiting { continuation.resume(returning: port) }
            waiting = []
        }

        /// The server's run ended; waiters still waiting (it never listened) get the error.
        private func ended(_ error: any Error) {
            guard port == nil else { return }
            failure = error
            for continuation in waiting { continuation.resume(throwing: error) }
            waiting = []
        }
    }

    private static let launcher = Launcher()

    /// A client of the running server (started on first use, never blocking a thread while it starts).
    static func client() async throws -> LoopbackClient { LoopbackClient(port: try await launcher.port()) }
}
