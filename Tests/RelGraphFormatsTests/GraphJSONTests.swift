import Foundation
import RelGraphCore
@testable import RelGraphFormats
import Testing

@Suite struct GraphJSONTests {
    static let sample = RelationshipGraph(
        nodes: [
            Actor(id: "country:RU", type: .country, label: "Russia", aliases: ["Russie", "le Kremlin"], attributes: ["iso": "RU"]),
            Actor(id: "person:ana-lópez", type: .person, label: "Ana \"La\" López\\\n", aliases: ["Лопес", "로페스"]),
        ],
        edges: [
            Relation(source: "person:ana-lópez", target: "country:RU", type: .visit, confidence: 0.875,
                     evidence: [Evidence(document: "a.txt", sentence: "Tab\there « quoted »\u{1}", start: 3, end: 40)],
                     attributes: ["modality": "possible"]),
        ])

    @Test func roundTripKeepsEveryField() throws {
        let text = GraphJSON.encode(Self.sample)
        let decoded = try GraphJSON.decode(Data(text.utf8))
        #expect(decoded == Self.sample)
    }

    @Test func outputIsValidJSONForFoundation() throws {
        let text = GraphJSON.encode(Self.sample)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((object?["nodes"] as? [Any])?.count == 2)
    }

    @Test func encodingIsByteStable() {
        #expect(GraphJSON.encode(Self.sample.canonicalized()) == GraphJSON.encode(Self.sample.canonicalized()))
    }

    @Test(arguments: [
        "", "{", "[]", "{\"nodes\": []}",
        "{\"nodes\": [{\"id\": \"a\", \"type\": \"planet\", \"label\": \"A\", \"aliases\": [], \"attributes\": {}}], \"edges\": []}",
        "{\"nodes\": [], \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"visit\", \"confidence\": 1, \"evidence\": [], \"attributes\": {}}]}",
    ])
    func malformedGraphsAreRejectedWithAMessage(text: String) {
        #expect(throws: RelGraphError.self) { try GraphJSON.decode(Data(text.utf8), source: "g.json") }
    }
}

@Suite struct GraphMergeTests {
    @Test func mergeUnitesAliasesAndEvidence() {
        let e1 = Evidence(document: "a", sentence: "s1", start: 0, end: 2)
        let e2 = Evidence(document: "b", sentence: "s2", start: 5, end: 7)
        var graph = RelationshipGraph(
            nodes: [Actor(id: "x", type: .person, label: "X", aliases: ["Xa"]), Actor(id: "y", type: .person, label: "Y")],
            edges: [Relation(source: "x", target: "y", type: .meet, confidence: 0.5, evidence: [e1])])
        graph.merge(RelationshipGraph(
            nodes: [Actor(id: "x", type: .person, label: "X", aliases: ["Xb"])],
            edges: [Relation(source: "y", target: "x", type: .meet, confidence: 0.5, evidence: [e2])]))
        #expect(graph.nodes.map(\.id) == ["x", "y"])
        #expect(graph.nodes[0].aliases == ["Xa", "Xb"])
        #expect(graph.edges.count == 1, "a symmetric relation stated both ways is one edge")
        #expect(graph.edges[0].evidence == [e1, e2])
        #expect(graph.edges[0].confidence == 0.75)
    }

    @Test func directedRelationsKeepDirection() {
        let graph = RelationshipGraph(
            nodes: [Actor(id: "x", type: .country, label: "X"), Actor(id: "y", type: .country, label: "Y")],
            edges: [Relation(source: "y", target: "x", type: .attack, confidence: 0.5),
                    Relation(source: "x", target: "y", type: .attack, confidence: 0.5)]).canonicalized()
        #expect(graph.edges.count == 2)
    }
}

@Suite struct NameFoldingTests {
    @Test func foldsCaseAccentsDashesAndApostrophes() {
        #expect(NameFolding.fold("Kim Jong-un") == NameFolding.fold("KIM  JONG UN"))
        #expect(NameFolding.fold("Corée du Nord") == "coree du nord")
        #expect(NameFolding.fold("l’Élysée") == NameFolding.fold("l'elysee"))
        #expect(NameFolding.fold("Weiße Haus") == "weisse haus")
    }

    @Test func slugsAreIdSafe() {
        #expect(NameFolding.slug("Vladimir Poutine") == "vladimir-poutine")
        #expect(NameFolding.slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan")
    }

    @Test func editDistance() {
        #expect(NameFolding.editDistance("russia", "rusia") == 1)
        #expect(NameFolding.editDistance("", "abc") == 3)
    }
}

@Suite struct LenientDecodingTests {
    @Test func optionalFieldsMayBeOmitted() throws {
        let text = """
        {"nodes": [{"id": "a", "type": "country", "label": "A"}, {"id": "b", "type": "person", "label": "B"}],
         "edges": [{"source": "b", "target": "a", "type": "leader_of"}]}
        """
        let graph = try GraphJSON.decode(Data(text.utf8))
        #expect(graph.edges.first?.confidence == 1)
        #expect(graph.nodes.first?.aliases == [])
    }
}

@Suite struct JSONQuoteTests {
    /// Strings without anything to escape are copied whole; the result is what escaping scalar
    /// by scalar gives, including the line and paragraph separators whose lead byte other
    /// characters share (’ is E2 80 99).
    @Test func escapesExactlyWhatRFC8259Requires() {
        #expect(GraphJSON.quote("") == "\"\"")
        #expect(GraphJSON.quote("l’accord « de paix »") == "\"l’accord « de paix »\"")
        #expect(GraphJSON.quote("a\u{2028}b\u{2029}c") == "\"a\\u2028b\\u2029c\"")
        #expect(GraphJSON.quote("say \"no\"\\\n\t\r\u{1}") == "\"say \\\"no\\\"\\\\\\n\\t\\r\\u0001\"")
        #expect(GraphJSON.quote("\u{2027}\u{202A}") == "\"\u{2027}\u{202A}\"")
    }
}
