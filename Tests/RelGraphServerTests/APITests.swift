import Foundation
import Testing
import RelGraphCore
import RelGraphQuery
@testable import RelGraphServer

/// The JSON API over loopback: shapes, the CLI's path JSON, the neighbourhood cap, 404s and 400s.
@Suite struct APITests {
    let client: LoopbackClient

    init() async throws { client = try await TestServer.client() }


    func jsonArray(_ target: String) async throws -> [[String: Any]] {
        let reply = try await client.get(target)
        #expect(reply.status == 200, "\(target): \(reply.text)")
        return try #require(try reply.json() as? [[String: Any]])
    }

    func jsonObject(_ target: String, status: Int = 200) async throws -> [String: Any] {
        let reply = try await client.get(target)
        #expect(reply.status == status, "\(target): \(reply.status) \(reply.text)")
        #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true)
        return try #require(try reply.json() as? [String: Any])
    }

    @Test func autocompleteIgnoresCaseAndAccentsAndKnowsTheKnowledgeBase() async throws {
        for query in ["putin", "PUTIN", "vladimir p", "Poutine", "poutíne"] {
            let found = try await jsonArray("/api/actors?q=" + query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(found.first?["id"] as? String == "person:vladimir-putin", "\(query): \(found)")
            #expect(found.first?["type"] as? String == "person")
        }
        // "Poutine" is in no label or alias of this graph: only the knowledge base knows it.
        let poutine = try await jsonArray("/api/actors?q=poutine")
        #expect(poutine.first?["match"] as? String == "Poutine")
        // An alias the text used, found by a later word.
        let korea = try await jsonArray("/api/actors?q=du%20nord")
        #expect(korea.contains { $0["id"] as? String == "country:KP" })
        #expect(try await jsonArray("/api/actors?q=zzzzqqq").isEmpty)
        #expect(try await client.get("/api/actors").status == 400)
        #expect(try await client.get("/api/actors?q=a&limit=0").status == 400)
    }

    @Test func neighboursKeepTheStrongestAndSayHowManyMore() async throws {
        let answer = try await jsonObject("/api/neighbors?actor=organization%3Ahub&depth=1&limit=20")
        let nodes = try #require(answer["nodes"] as? [[String: Any]])
        #expect(nodes.count == 21)
        #expect(nodes[0]["id"] as? String == "organization:hub" && nodes[0]["depth"] as? Int == 0)
        // Satellites with 7 sentences (n % 7 == 6) are the strongest: 21 of them, 20 drawn.
        for node in nodes.dropFirst() {
            let number = Int((node["id"] as! String).suffix(3))!
            #expect(number % 7 == 6, "\(node["id"]!) is not among the strongest")
        }
        #expect(answer["hidden"] as? [Int] == [130])
        #expect((answer["message"] as? String)?.contains("130 more") == true)
        let edges = try #require(answer["edges"] as? [[String: Any]])
        #expect(edges.count == 20)
        #expect(edges.allSatisfy { ($0["evidence"] as? [Any])?.count ?? 0 <= ExplorerAPI.evidencePerEdge && $0["evidenceCount"] as? Int == 7 })
        let all = try await jsonObject("/api/neighbors?actor=organization%3Ahub&limit=100")
        #expect((all["nodes"] as? [Any])?.count == 101)
    }

    @Test func neighbourFiltersApply() async throws {
        let onlyVisits = try await jsonObject("/api/neighbors?actor=person%3Avladimir-putin&relations=visit")
        #expect((onlyVisits["nodes"] as? [[String: Any]])?.map { $0["id"] as! String } == ["person:vladimir-putin", "country:KP"])
        let twoSentences = try await jsonObject("/api/neighbors?actor=person%3Avladimir-putin&minEvidence=2")
        #expect((twoSentences["nodes"] as? [Any])?.count == 2)
        let otherDocument = try await jsonObject("/api/neighbors?actor=person%3Avladimir-putin&document=other.txt")
        #expect((otherDocument["nodes"] as? [Any])?.count == 2)
        let depthTwo = try await jsonObject("/api/neighbors?actor=person%3Avladimir-putin&depth=2")
        #expect((depthTwo["nodes"] as? [[String: Any]])?.contains { $0["id"] as? String == "country:UA" && $0["depth"] as? Int == 2 } == true)
        // Only the visit has a dated sentence (2024-06-18): a window keeps it alone.
        let june = try await jsonObject("/api/neighbors?actor=person%3Avladimir-putin&since=2024-06&until=2024")
        #expect((june["nodes"] as? [[String: Any]])?.map { $0["id"] as! String } == ["person:vladimir-putin", "country:KP"])
        let before = try await jsonObject("/api/neighbors?actor=person%3Avladimir-putin&until=2023-12-31")
        #expect((before["nodes"] as? [Any])?.count == 1)
        for bad in ["since=2024-13", "since=yesterday", "since=2025&until=2024"] {
            #expect(try await client.get("/api/neighbors?actor=person%3Avladimir-putin&" + bad).status == 400, "\(bad)")
        }
        let noCountries = try await jsonObject("/api/neighbors?actor=person%3Avladimir-putin&actorTypes=person,organization")
        #expect((noCountries["nodes"] as? [Any])?.count == 1)
    }

    @Test func pathAnswersWithTheCLIsJSON() async throws {
        let reply = try await client.get("/api/path?from=person%3Avladimir-putin&to=country%3AUA&k=3")
        #expect(reply.status == 200)
        let corpus = TestServer.corpus
        let expected = QueryJSON.paths(
            KShortestPaths.find(in: corpus.index, from: corpus.actor(id: "person:vladimir-putin")!, to: corpus.actor(id: "country:UA")!,
                                k: 3, maxHops: ExplorerAPI.maximumHops),
            graph: corpus.queryable)
        #expect(reply.text == expected)
        #expect(reply.text.hasPrefix("{\"paths\":[{\"nodes\":[\"person:vladimir-putin\",\"country:RU\",\"country:UA\"]"))
        #expect(try await client.get("/api/path?from=country%3AKP&to=organization%3Ahub").text == "{\"paths\":[]}\n")
    }

    @Test func unknownActorsAre404AndBadParametersAre400() async throws {
        let unknown = try await jsonObject("/api/neighbors?actor=person%3Anobody", status: 404)
        #expect((unknown["error"] as? String)?.contains("person:nobody") == true)
        _ = try await jsonObject("/api/path?from=person%3Anobody&to=country%3AUA", status: 404)
        _ = try await jsonObject("/api/svg/neighbors?actor=person%3Anobody", status: 404)
        for target in ["/api/neighbors?actor=country%3AKP&depth=3", "/api/neighbors?actor=country%3AKP&depth=x",
                       "/api/neighbors?actor=country%3AKP&limit=1000", "/api/neighbors?actor=country%3AKP&relations=hug",
                       "/api/neighbors?actor=country%3AKP&actorTypes=planet", "/api/neighbors?actor=country%3AKP&minConfidence=2",
                       "/api/neighbors?actor=country%3AKP&minConfidence=nan", "/api/neighbors?actor=country%3AKP&document=nope.txt",
                       "/api/neighbors", "/api/path?from=country%3AKP&to=country%3AKP", "/api/path?from=country%3AKP&to=country%3AUA&k=11",
                       "/api/actors?q=%ZZ", "/api/actors?q=%FF%FE", "/api/actors?q=a%00b", "/api/document",
                       "/api/evidence?source=country%3AKP&target=country%3AUA&type=hug"] {
            let reply = try await client.get(target)
            #expect(reply.status == 400, "\(target) → \(reply.status) \(reply.text)")
            #expect(((try? reply.json()) as? [String: Any])?["error"] is String, "\(target): \(reply.text)")
        }
        _ = try await jsonObject("/api/evidence?source=country%3AKP&target=country%3AUA", status: 404)
        _ = try await jsonObject("/api/document?index=99", status: 404)
    }

    @Test func evidenceMarksBothActors() async throws {
        let answer = try await jsonObject("/api/evidence?source=country%3AKP&target=person%3Avladimir-putin")
        let relations = try #require(answer["relations"] as? [[String: Any]])
        #expect(relations.count == 1 && relations[0]["type"] as? String == "visit")
        let evidence = try #require(relations[0]["evidence"] as? [[String: Any]])
        #expect(evidence.count == 2)
        let first = evidence.first { ($0["sentence"] as? String)?.hasPrefix("Vladimir") == true }!
        let sentence = Array((first["sentence"] as! String).unicodeScalars)
        let marked = (first["marks"] as! [[String: Any]]).map { mark in
            String(String.UnicodeScalarView(sentence[(mark["start"] as! Int) ..< (mark["end"] as! Int)])) + "=" + (mark["actor"] as! String)
        }
        #expect(marked == ["Vladimir Putin=person:vladimir-putin", "North Korea=country:KP"])
        let second = evidence.first { ($0["sentence"] as? String)?.hasPrefix("Putin landed") == true }!
        #expect((second["marks"] as! [[String: Any]]).map { $0["actor"] as! String } == ["country:KP"])
    }

    @Test func documentsAndCorpusSummary() async throws {
        let documents = try await jsonArray("/api/documents")
        #expect(documents.map { $0["name"] as! String } == ["other.txt", "story.txt"])
        let corpus = try await jsonObject("/api/corpus")
        #expect(corpus["actors"] as? Int == TestServer.graph.nodes.count)
        let central = try #require(corpus["central"] as? [String: Any])
        #expect(central["ready"] as? Bool == true)
        let degree = try #require(central["degree"] as? [[String: Any]])
        #expect(degree.first?["id"] as? String == "organization:hub" && degree.first?["value"] as? Double == 150)
        let betweenness = try #require(central["betweenness"] as? [[String: Any]])
        #expect(betweenness.first?["id"] as? String == "organization:hub")
        // The documents of this invented graph do not exist on disk: a clear 404, nothing read.
        let missing = try await jsonObject("/api/document?index=0", status: 404)
        #expect((missing["error"] as? String)?.contains("cannot be read here") == true)
    }

    @Test func svgIsRenderedInProcessWithClickableIDs() async throws {
        let reply = try await client.get("/api/svg/neighbors?actor=person%3Avladimir-putin&depth=1")
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "image/svg+xml")
        #expect(reply.text.contains("<svg") && reply.text.contains("id=\"a~person%3Avladimir%2Dputin\""))
        #expect(reply.text.contains("id=\"e~country%3AKP~person%3Avladimir%2Dputin~visit\""))
        let path = try await client.get("/api/svg/path?from=person%3Avladimir-putin&to=country%3AUA")
        #expect(path.status == 200 && path.text.contains("id=\"a~country%3AUA\""))
    }
}
