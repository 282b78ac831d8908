import Foundation
import RelGraphCore
@testable import RelGraphExport
import RelGraphTestSupport
import Testing

@Suite struct GraphMLTests {
    /// NetworkX reads the file and every node and edge field survives.
    @Test func networkxReadsEveryAttribute() throws {
        var graph = SampleGraphs.summit
        graph.nodes[0].label = "Tricky <&> \"quotes\" 'and' \u{1} control, Путин 김정은"
        let graphML = GraphMLWriter.write(graph)
        let script = """
        import sys, json, networkx as nx
        g = nx.read_graphml(sys.stdin.buffer)
        out = {"multigraph": g.is_multigraph(), "directed": g.is_directed(),
               "nodes": {n: d for n, d in g.nodes(data=True)},
               "edges": [[u, v, d] for u, v, d in g.edges(data=True)]}
        print(json.dumps(out))
        """
        let output = try Python.run(script, input: Data(graphML.utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [String: [String: Any]])
        #expect(Set(nodes.keys) == Set(graph.nodes.map(\.id)))
        let tricky = try #require(nodes[graph.nodes[0].id])
        #expect(tricky["label"] as? String == "Tricky <&> \"quotes\" 'and' \u{FFFD} control, Путин 김정은")
        #expect(nodes["country:FR"]?["aliases"] as? String == "Paris; l'Élysée")
        #expect(nodes["country:FR"]?["iso"] as? String == "FR")
        #expect(nodes["person:omar-diallo"]?["country"] as? String == "ML")
        #expect(nodes["location:timbuktu"]?["type"] as? String == "location")

        let edges = try #require(object["edges"] as? [[Any]])
        // Symmetric relations are written both ways.
        #expect(edges.count == graph.edges.count + graph.edges.filter { $0.type.isSymmetric && $0.source != $0.target }.count)
        let leads = try #require(edges.first { ($0[2] as? [String: Any])?["type"] as? String == "leader_of" })
        let leadsData = try #require(leads[2] as? [String: Any])
        #expect(leads[0] as? String == "person:ana-silva")
        #expect(leadsData["confidence"] as? Double == 0.9)
        #expect(leadsData["evidence"] as? String == "President Ana Silva said \"enough\" & left.")
        #expect(leadsData["evidence_count"] as? Int == 1)
        #expect(leadsData["documents"] as? String == "t.txt")
        #expect(leadsData["symmetric"] as? Bool == false)
        let party = try #require(edges.first { ($0[2] as? [String: Any])?["type"] as? String == "party_to" })
        #expect((party[2] as? [String: Any])?["modality"] as? String == "possible")
    }
}

@Suite struct Neo4jCSVTests {
    /// Python's csv module (RFC 4180) reads back every row and field.
    func rows(_ csv: String) throws -> [[String]] {
        let script = "import sys, csv, json; print(json.dumps(list(csv.reader(sys.stdin))))"
        let output = try Python.run(script, input: Data(csv.utf8))
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String]])
    }

    @Test func nodeFileHasNeo4jHeadersAndOneRowPerActor() throws {
        var graph = SampleGraphs.summit
        graph.nodes[1].aliases = ["a, b", "with \"quote\"", "semi;colon"]
        let table = try rows(Neo4jCSVWriter.nodes(graph))
        #expect(table[0] == ["id:ID", ":LABEL", "name", "aliases:string[]", "aliases_json", "attributes_json", "country", "iso"])
        #expect(table.count == graph.nodes.count + 1)
        let mali = try #require(table.first { $0[0] == "country:ML" })
        #expect(mali[1] == "Actor;Country")
        #expect(mali[3] == "a, b;semi,colon;with \"quote\"")
        #expect(mali[7] == "ML")
        #expect(table.first { $0[0] == "person:ana-silva" }?[1] == "Actor;Person")
    }

    @Test func relationshipFileHasNeo4jHeadersAndTypedColumns() throws {
        var graph = SampleGraphs.summit
        graph.edges[0].evidence.append(Evidence(document: "u.txt", sentence: "Line one\nline two; \"quoted\"", start: 5, end: 9))
        let table = try rows(Neo4jCSVWriter.relationships(graph))
        #expect(table[0] == [":START_ID", ":END_ID", ":TYPE", "confidence:double", "symmetric:boolean",
                             "evidence_count:int", "evidence:string[]", "documents:string[]", "evidence_json", "attributes_json",
                             "modality"])
        #expect(table.count == graph.edges.count + 1)
        let leads = try #require(table.first { $0[2] == "LEADER_OF" })
        #expect(leads[0] == "person:ana-silva" && leads[1] == "country:FR")
        #expect(Double(leads[3]) == 0.9)
        #expect(leads[5] == "2")
        #expect(leads[6].split(separator: ";").count == 2, "one array element per sentence")
        #expect(!leads[6].contains("\n"))
        #expect(leads[7] == "t.txt;u.txt")
        #expect(table.allSatisfy { $0.count == table[0].count })
        let meet = try #require(table.first { $0[2] == "MEET" })
        #expect(meet[4] == "true")
    }
}
