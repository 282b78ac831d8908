import Foundation
import Testing
import RelGraphExport
import RelGraphRendering
@testable import RelGraphServer

/// Hostile requests and hostile labels: nothing outside the page's three files is ever served,
/// only GET, bounded requests, every label escaped, renders bounded.
@Suite struct SafetyTests {
    let client: LoopbackClient

    init() async throws { client = try await TestServer.client() }


    @Test func pathTraversalReachesNoFile() async throws {
        for target in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "//etc/passwd",
                       "/app.js/../../../etc/passwd", "/..%2f..%2fetc%2fpasswd", "/api/../../etc/passwd",
                       "/Resources/app.js", "/index.html", "/api/document?name=%2Fetc%2Fpasswd",
                       "/api/document?name=..%2F..%2F..%2Fetc%2Fpasswd", "/%00"] {
            let reply = try await client.get(target)
            #expect(reply.status == 404 || reply.status == 400, "\(target) → \(reply.status)")
            #expect(!reply.text.contains("root:"), "\(target) leaked a file")
        }
        let page = try await client.get("/")
        #expect(page.status == 200 && page.text.contains("<script src=\"/app.js\""))
        #expect(page.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(try await client.get("/app.js").headers["content-type"]?.hasPrefix("text/javascript") == true)
    }

    @Test func onlyGetAndHead() async throws {
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            let reply = try await client.get("/api/actors?q=putin", method: method, extraHeaders: "Content-Length: 0\r\n")
            #expect(reply.status == 405, "\(method) → \(reply.status)")
            #expect(reply.headers["allow"] == "GET, HEAD")
        }
        let head = try await client.get("/api/documents", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
    }

    @Test func requestSizeIsBounded() async throws {
        let long = try await client.get("/api/actors?q=" + String(repeating: "a", count: 9_000))
        #expect(long.status == 414 || long.status == 431 || long.status == 400, "long target → \(long.status)")
        let body = try await client.get("/api/documents", extraHeaders: "Content-Length: 5\r\n", body: "hello")
        #expect(body.status == 413)
        let tooLongValue = try await client.get("/api/actors?q=" + String(repeating: "a", count: 1_500))
        #expect(tooLongValue.status == 400)
        // A burst of garbage is answered (or the connection closed), and the server goes on.
        _ = try? await client.send("\u{1}\u{2}GARBAGE\r\n\r\n")
        #expect(try await client.get("/api/documents").status == 200)
    }

    @Test func hostileLabelsAreEscapedEverywhere() async throws {
        let suggestions = try await client.get("/api/actors?q=script")
        let found = try #require(try suggestions.json() as? [[String: Any]])
        #expect(found.first?["label"] as? String == TestServer.hostileScript)  // JSON carries the text as is; the page sets textContent
        let svg = try await client.get("/api/svg/neighbors?actor=person%3Ahostile")
        #expect(svg.status == 200)
        #expect(!svg.text.contains("<script>") && !svg.text.contains("<img"))
        #expect(svg.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.text.contains("&lt;img src=x onerror=alert(2)&gt;") || svg.text.contains("&lt;img src=x"))
        let json = try await client.get("/api/evidence?source=person%3Ahostile&target=organization%3Ahostile")
        #expect(json.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(json.headers["x-content-type-options"] == "nosniff")
    }

    @Test func svgIDsCannotCarryMarkup() async {
        #expect(ExplorerDiagram.svgIDPart("\"><img src=x>") == "%22%3E%3Cimg%20src%3Dx%3E")
        #expect(ExplorerDiagram.svgIDPart("person:kim-jong-un") == "person%3Akim%2Djong%2Dun")
    }

    /// A gate of one: while a render runs, the next one is refused at once as busy, and a render
    /// past its deadline is answered as timed out (a layout of 1,000 actors takes far over 1 ms).
    /// Whether its slot is still taken afterwards depends on when the layout ends, so it is not asserted here.
    @Test func rendersAreQueuedAndTimed() async throws {
        let gate = RenderGate(capacity: 1, deadline: 0.001)
        var dot = DOTWriter(name: "big")
        for number in 0 ..< 1_000 { dot.edge(from: "n\(number)", to: "n\((number * 7 + 3) % 1_000)") }
        let source = dot.finish()
        @Sendable func attempt() async -> String {
            do {
                _ = try await gate.svg(dot: source, engine: .neato)
                return "rendered"
            } catch {
                switch error {
                case .busy: return "busy"
                case .timedOut: return "timed out"
                case .failed(let reason): return "failed: \(reason)"
                }
            }
        }
        let first = Task { await attempt() }
        while gate.admittedCount == 0 { try await Task.sleep(nanoseconds: 100_000) }
        #expect(await attempt() == "busy")
        #expect(await first.value == "timed out")
    }
}
