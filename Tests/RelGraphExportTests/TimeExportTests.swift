import Foundation
import Testing
import RelGraphCore
@testable import RelGraphExport
import RelGraphTestSupport

/// Dates in the exports and the diagram: GEXF spells read back by NetworkX, GraphML and Neo4j
/// CSV date fields, past offices drawn as past.
@Suite struct TimeExportTests {
    /// The summit sample with dated evidence and a past office.
    static let dated: RelationshipGraph = {
        var graph = SampleGraphs.summit
        graph.edges[0].attributes = ["start": "2014-05-02", "end": "2019-05-01", "status": "past"]
        graph.edges[0].evidence[0].date = "2018-03"
        graph.edges[1].evidence[0].date = "2024-06-17"
        graph.edges[1].evidence.append(Evidence(document: "u.txt", sentence: "In 2019 Silva went to Mali.", start: 0, end: 27, date: "2019"))
        return graph
    }()

    @Test func networkxReadsGEXFSpells() throws {
        let gexf = GEXFWriter.write(Self.dated)
        let script = """
        import sys, json, networkx as nx
        g = nx.read_gexf(sys.stdin.buffer)
        print(json.dumps({"directed": g.is_directed(), "mode": g.graph.get("mode"),
                          "edges": [[u, v, d] for u, v, d in g.edges(data=True)]}))
        """
        let output = try Python.run(script, input: Data(gexf.utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        #expect(object["mode"] as? String == "dynamic")
        let edges = try #require(object["edges"] as? [[Any]])
        func edge(_ source: String, _ type: String) throws -> [String: Any] {
            let found = edges.first { ($0[0] as? String) == source && (($0[2] as? [String: Any])?["type"] as? String) == type }
            return try #require(found?[2] as? [String: Any], "\(source) \(type)")
        }
        let visit = try edge("person:ana-silva", "visit")
        #expect((visit["spells"] as? [[String]]) == [["2019-01-01", "2019-12-31"], ["2024-06-17", "2024-06-17"]])
        #expect(visit["dates"] as? String == "2019; 2024-06-17")
        #expect(visit["evidence_count"] as? Int == 2)
        // The office spans its term only (not the date of the article naming it).
        let leads = try edge("person:ana-silva", "leader_of")
        #expect((leads["spells"] as? [[String]]) == [["2014-05-02", "2019-05-01"]])
        #expect(leads["status"] as? String == "past")
        // Undated relations have no spells; symmetric ones are mutual (both directions).
        let supply = try edge("country:FR", "supply")
        #expect(supply["spells"] == nil)
        #expect(edges.filter { (($0[2] as? [String: Any])?["type"] as? String) == "meet" }.count == 2)
    }

    @Test func graphMLAndCSVCarryTheDates() throws {
        let graphML = GraphMLWriter.write(Self.dated)
        #expect(graphML.contains(#"attr.name="first_date""#) && graphML.contains(#"<data key="d_first_date">2019</data>"#))
        #expect(graphML.contains(#"<data key="d_last_date">2024-06-17</data>"#))
        let csv = Neo4jCSVWriter.relationships(Self.dated)
        let lines = csv.split(separator: "\n")
        #expect(lines[0].contains("dates:string[],first_date,last_date"))
        #expect(lines.contains { $0.hasPrefix("person:ana-silva,country:ML,VISIT") && $0.contains("2019;2024-06-17,2019,2024-06-17") })
        // An undated graph's files are as before: no date columns.
        #expect(!Neo4jCSVWriter.relationships(SampleGraphs.summit).contains("first_date"))
        #expect(!GraphMLWriter.write(SampleGraphs.summit).contains("first_date"))
    }

    @Test func pastOfficesAreDrawnAsPastAndDatesLabelEdges() {
        let dot = DiagramWriter.dot(for: Self.dated, options: DiagramOptions(dateLabels: true))
        #expect(dot.contains("led, 2014–2019"))
        #expect(!dot.contains("\"leads"))
        #expect(dot.contains("2019 – 2024-06-17"))
        #expect(dot.contains("dotted"))
        let plain = DiagramWriter.dot(for: Self.dated)
        #expect(!plain.contains("2019 – 2024-06-17"))
    }
}
