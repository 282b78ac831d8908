import Foundation
import RelGraphCore
@testable import RelGraphFormats
import RelGraphTestSupport
import Testing

/// The fast reader must accept what Foundation's JSONDecoder accepts, and read it the same way.
@Suite struct GraphJSONReaderTests {
    static func decodedByFoundation(_ text: String) throws -> RelationshipGraph {
        try JSONDecoder().decode(RelationshipGraph.self, from: Data(text.utf8))
    }

    @Test func readsWhatItWritesLikeJSONDecoder() throws {
        let text = GraphJSON.encode(GraphJSONTests.sample)
        #expect(try GraphJSONReader.read(Data(text.utf8)) == GraphJSONTests.sample)
        #expect(try GraphJSONReader.read(Data(text.utf8)) == Self.decodedByFoundation(text))
    }

    /// A graph saved by an editor that writes a UTF-8 byte order mark used to be "wrong type at
    /// top level"; the full decode and the catalog scan now read it, evidence included.
    @Test func byteOrderMarkIsSkipped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(GraphJSON.encode(GraphJSONTests.sample).utf8)
        #expect(try GraphJSON.decode(data, source: "bom.json") == GraphJSONTests.sample)
        try GraphCatalogTests.expectSameAsFullDecode(data, "with a byte order mark")
        #expect(throws: RelGraphError.self) { try GraphJSON.decode(Data([0xEF, 0xBB, 0xBF]), source: "only-bom.json") }
    }

    @Test func randomGraphsReadTheSameAsWithJSONDecoder() throws {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("aé\"\\\n\t/ Ωz😀-'«»\u{1}\u{7f}") .map(String.init)
        func word() -> String { (0 ..< Int.random(in: 0 ... 12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined() }
        for _ in 0 ..< 30 {
            let nodes = (0 ..< Int.random(in: 0 ... 15, using: &generator)).map { index in
                Actor(id: "n\(index)\(word())", type: ActorType.allCases.randomElement(using: &generator)!, label: word(),
                      aliases: (0 ..< Int.random(in: 0 ... 3, using: &generator)).map { _ in word() },
                      attributes: Bool.random(using: &generator) ? ["iso": word()] : [:])
            }
            let edges = nodes.isEmpty ? [] : (0 ..< Int.random(in: 0 ... 20, using: &generator)).map { _ in
                Relation(source: nodes.randomElement(using: &generator)!.id, target: nodes.randomElement(using: &generator)!.id,
                         type: RelationType.allCases.randomElement(using: &generator)!,
                         confidence: Double(Int.random(in: 0 ... 1000, using: &generator)) / 1000,
                         evidence: [Evidence(document: word(), sentence: word(), start: Int.random(in: 0 ... 9999, using: &generator), end: 10_000)])
            }
            let text = GraphJSON.encode(RelationshipGraph(nodes: nodes, edges: edges))
            #expect(try GraphJSONReader.read(Data(text.utf8)) == Self.decodedByFoundation(text))
        }
    }

    @Test func acceptsKeyOrderUnknownKeysNullsEscapesAndWhitespace() throws {
        let text = """
         { "edges" : [ {"type":"meet","target":"b","source":"a","confidence":null,"evidence":null,
                        "extra":{"x":[1,2.5e3,true,false,null,"s"]}} ] ,
           "nodes":[{"label":"A\\u00e9\\ud83d\\ude00\\/","id":"a","type":"person","aliases":null},
                    {"id":"b","type":"person","label":"B","attributes":{"k":"v"}}], "version": 2 }\r\n
        """
        let graph = try GraphJSONReader.read(Data(text.utf8))
        #expect(graph == (try Self.decodedByFoundation(text)))
        #expect(graph.nodes[0].label == "Aé😀/")
        #expect(graph.edges[0].confidence == 1)
    }

    @Test(arguments: [
        "", " ", "{", "[]", "null", "{\"nodes\": []}", "{\"edges\": []}",
        "{\"nodes\": [], \"edges\": []} x",
        "{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}], \"edges\": []}",
        "{\"nodes\": [{\"id\": 1, \"type\": \"person\", \"label\": \"A\"}], \"edges\": []}",
        "{\"nodes\": [{\"id\": \"a\", \"type\": \"planet\", \"label\": \"A\"}], \"edges\": []}",
        "{\"nodes\": [], \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"visit\", \"confidence\": \"high\"}]}",
        "{\"nodes\": [], \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"visit\", \"confidence\": 01}]}",
        "{\"nodes\": [{\"id\": \"a\\q\", \"type\": \"person\", \"label\": \"A\"}], \"edges\": []}",
        "{\"nodes\": [{\"id\": \"a\\ud800\", \"type\": \"person\", \"label\": \"A\"}], \"edges\": []}",
        "{\"nodes\": [{\"id\": \"a\n\", \"type\": \"person\", \"label\": \"A\"}], \"edges\": []}",
        "{\"nodes\": [], \"edges\": [], \"deep\": " + String(repeating: "[", count: 100_000) + "}",
    ])
    func rejectsMalformedInput(text: String) {
        #expect(throws: GraphJSONReader.Failure.self) { try GraphJSONReader.read(Data(text.utf8)) }
    }

    @Test func rejectsInvalidUTF8() {
        var bytes = Array("{\"nodes\": [{\"id\": \"a".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\", \"type\": \"person\", \"label\": \"A\"}], \"edges\": []}".utf8)
        #expect(throws: GraphJSONReader.Failure.self) { try GraphJSONReader.read(Data(bytes)) }
        #expect(throws: RelGraphError.self) { try GraphJSON.decode(Data(bytes), source: "g.json") }
    }

    @Test func errorsNameThePlace() {
        let text = "{\"nodes\": [{\"id\": \"a\", \"type\": \"person\", \"label\": \"A\"}], \"edges\": [{\"source\": \"a\", \"type\": \"meet\"}]}"
        #expect(throws: RelGraphError.badInput("g.json: not a relgraph JSON graph (missing 'target' at edges.0)")) {
            try GraphJSON.decode(Data(text.utf8), source: "g.json")
        }
    }
}
