import Foundation
import RelGraphCore
@testable import RelGraphFormats
import RelGraphTestSupport
import Testing

/// The catalog must read what ``GraphJSON/decode(_:source:)`` reads, and reject what it rejects
/// with the same message, although it never builds the relations' strings.
@Suite struct GraphCatalogTests {
    /// The catalog's view of `data` equals the full decode's: actors, and for every relation its
    /// summary, spelled ends and on-demand decode.
    static func expectSameAsFullDecode(_ data: Data, _ comment: Comment? = nil) throws {
        let full = try GraphJSON.decode(data, source: "g.json")
        let catalog = try GraphCatalog.load(data, source: "g.json")
        #expect(catalog.actors == full.nodes, comment)
        #expect(catalog.relationCount == full.edges.count, comment)
        for (position, edge) in full.edges.enumerated() {
            #expect(try catalog.relation(at: position) == edge, comment)
            let summary = catalog.summary(ofRelation: position)
            #expect(catalog.actors[Int(summary.source)].id == edge.source, comment)
            #expect(catalog.actors[Int(summary.target)].id == edge.target, comment)
            #expect(summary.type == edge.type && summary.confidence == edge.confidence, comment)
            #expect(summary.evidenceCount == edge.evidence.count, comment)
            let ends = catalog.endIDs(ofRelation: position)
            #expect(ends.source.utf8.elementsEqual(edge.source.utf8) && ends.target.utf8.elementsEqual(edge.target.utf8), comment)
        }
        for (position, actor) in full.nodes.enumerated() {
            #expect(catalog.position(ofActorID: actor.id) == Int32(position), comment)
        }
    }

    /// The error each loader gives for `data`, or nil when it loads.
    static func messages(_ data: Data) -> (full: String?, catalog: String?) {
        func message(_ body: () throws -> Void) -> String? {
            do { try body(); return nil } catch { return "\(error)" }
        }
        return (message { _ = try GraphJSON.decode(data, source: "g.json") },
                message { _ = try GraphCatalog.load(data, source: "g.json") })
    }

    @Test func randomHostileGraphsLoadLikeTheFullDecode() throws {
        var random = SeededGenerator(seed: 7)
        for round in 0 ..< 60 {
            // Now and then more relations than the scan resolves in one batch.
            let graph = HostileGraphs.graph(using: &random, relations: round % 10 == 0 ? 200 : nil)
            // Half the time as `extract` writes it, half with escapes, odd spacing and shuffled keys.
            let text = round.isMultiple(of: 2) ? GraphJSON.encode(graph) : HostileGraphs.scrambledJSON(graph, using: &random)
            try Self.expectSameAsFullDecode(Data(text.utf8), "round \(round)")
        }
    }

    @Test func everyTruncationFailsWithTheFullDecodesMessage() throws {
        var random = SeededGenerator(seed: 11)
        let text = HostileGraphs.scrambledJSON(HostileGraphs.graph(using: &random, actors: 4, relations: 5), using: &random)
        let bytes = Array(text.utf8)
        for cut in 0 ..< bytes.count {
            let result = Self.messages(Data(bytes[..<cut]))
            #expect(result.full != nil, "a truncated graph must not load (cut \(cut))")
            #expect(result.catalog == result.full, "cut \(cut)")
        }
    }

    @Test func corruptedBytesFailOrLoadExactlyAsTheFullDecode() throws {
        var random = SeededGenerator(seed: 13)
        let text = HostileGraphs.scrambledJSON(HostileGraphs.graph(using: &random, actors: 5, relations: 8), using: &random)
        let bytes = Array(text.utf8)
        let replacements: [UInt8] = Array("\"\\{}[],:0-.eu tnfx".utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xED, 0xF4, 0xFF]
        var failures = 0
        for _ in 0 ..< 3000 {
            var corrupted = bytes
            corrupted[Int.random(in: 0 ..< bytes.count, using: &random)] = replacements.randomElement(using: &random)!
            let result = Self.messages(Data(corrupted))
            #expect(result.catalog == result.full, "\(String(decoding: corrupted, as: UTF8.self).debugDescription)")
            if result.full == nil {
                try Self.expectSameAsFullDecode(Data(corrupted))
            } else {
                failures += 1
            }
        }
        #expect(failures > 1000, "the corruptions should mostly break the graph (\(failures) did)")
    }

    @Test(arguments: [
        // Errors deep inside the evidence the catalog skips.
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":[{"document":"d","sentence":"bad \q escape","start":0,"end":1}]}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":[{"document":"d","sentence":"lone \ud800 surrogate","start":0,"end":1}]}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":[{"document":"d","sentence":"\ude00 low first","start":0,"end":1}]}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":[{"document":"d","sentence":"short \u12","start":0,"end":1}]}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":[{"document":"d","sentence":"s","start":0.5,"end":1}]}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":[{"document":"d","start":0,"end":1}]}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":[{"document":7,"sentence":"s","start":0,"end":1}]}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":{"document":"d"}}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","attributes":{"modality":3}}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","extra":[1,{"k":tru}]}]}"#,
        // Schema errors and what validation rejects.
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meets"}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","type":"meet"}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"b","type":"meet"}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","confidence":1.5}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","confidence":1.5},{"source":"z","target":"a","type":"visit"}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"},{"id":"a","type":"country","label":"B"}],"edges":[{"source":"x","target":"a","type":"meet"}]}"#,
        #"{"nodes":[{"id":"caf\u00e9","type":"person","label":"A"},{"id":"cafe\u0301","type":"person","label":"B"}],"edges":[]}"#,
        #"{"edges":[{"source":"q","target":"a","type":"meet"}],"nodes":[{"id":"a","type":"person","label":"A"}]}"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[]} []"#,
        #"{"nodes":[{"id":"a","type":"person","label":"A"}]}"#,
        #"{"nodes":[{"id":"","type":"person","label":"A"},{"id":"","type":"person","label":"B"}],"edges":[]}"#,
        #"{"nodes":[{"id":"","type":"person","label":"A"}],"edges":[{"source":"","target":"x","type":"meet"}]}"#,
        "",
        "\u{FEFF}{}",
    ])
    func badInputFailsAtLoadWithTheSameMessage(text: String) {
        let result = Self.messages(Data(text.utf8))
        #expect(result.full != nil)
        #expect(result.catalog == result.full)
    }

    @Test func invalidUTF8InASkippedSentenceIsRejectedAtLoad() {
        for bad: [UInt8] in [[0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], [0xE2, 0x82]] {
            var bytes = Array(#"{"nodes":[{"id":"a","type":"person","label":"A"}],"edges":[{"source":"a","target":"a","type":"meet","evidence":[{"document":"d","sentence":"x"#.utf8)
            bytes += bad + Array(#"y","start":0,"end":1}]}]}"#.utf8)
            let result = Self.messages(Data(bytes))
            #expect(result.full?.contains("invalid UTF-8") == true, "\(bad)")
            #expect(result.catalog == result.full, "\(bad)")
        }
    }

    @Test func keyOrderEscapedKeysAndRepeatedKeysReadAsInTheFullDecode() throws {
        let texts = [
            // Edges before nodes: ends are resolved once the actors are known.
            #"{"edges":[{"type":"visit","target":"b","source":"a","evidence":[{"end":2,"start":1,"sentence":"s","document":"d"}]}],"nodes":[{"id":"a","type":"person","label":"A"},{"id":"b","type":"country","label":"B"}]}"#,
            // Escaped keys and values; a repeated key keeps its last value.
            #"{"nodes":[{"id":"a","type":"person","label":"A"},{"id":"b","type":"country","label":"B"}],"edges":[{"\u0073ource":"\u0061","target":"a","target":"b","typ\u0065":"vi\u0073it","attributes":{"modality":"possible"}}]}"#,
            // Nodes given twice around the edges: the last list is the graph's.
            #"{"nodes":[{"id":"x","type":"person","label":"X"}],"edges":[{"source":"b","target":"a","type":"meet"}],"nodes":[{"id":"a","type":"person","label":"A"},{"id":"b","type":"person","label":"B"}]}"#,
            // An empty id is an id.
            #"{"nodes":[{"id":"","type":"person","label":"A"}],"edges":[{"source":"","target":"","type":"meet"}]}"#,
            // An end spelled differently from its actor's id but equal as a Swift string.
            #"{"nodes":[{"id":"caf\u00e9","type":"person","label":"A"}],"edges":[{"source":"cafe\u0301","target":"caf\u00e9","type":"meet"}]}"#,
        ]
        for text in texts { try Self.expectSameAsFullDecode(Data(text.utf8), "\(text)") }
    }

    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var random = SeededGenerator(seed: 17)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0 ..< 20_000 {
            let bytes = (0 ..< Int.random(in: 1 ... 5, using: &random)).map { _ in interesting.randomElement(using: &random)! }
            let standard = String(validating: bytes, as: UTF8.self) != nil
            let ours = bytes.withUnsafeBufferPointer { buffer in
                var offset = 0
                while offset < buffer.count {
                    if buffer[offset] < 0x80 { offset += 1; continue }
                    let length = GraphJSONReader.utf8SequenceLength(buffer, at: offset)
                    if length == 0 { return false }
                    offset += length
                }
                return true
            }
            #expect(ours == standard, "\(bytes)")
        }
    }

    @Test func eightByteSkipFindsTheFirstSpecialByte() {
        var random = SeededGenerator(seed: 19)
        let bytes: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xFF, 0x41]
        for _ in 0 ..< 20_000 {
            let word = (0 ..< 8).map { _ in bytes.randomElement(using: &random)! }
            let isSpecial = word.map { !($0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C) }
            let flags = word.withUnsafeBufferPointer { GraphJSONReader.specialBytes($0, at: 0) }
            #expect((flags == 0) == !isSpecial.contains(true), "\(word)")
            if let first = isSpecial.firstIndex(of: true) {
                #expect(flags.trailingZeroBitCount >> 3 == first, "the first special byte of \(word)")
            }
        }
    }

    @Test func shortNumbersParseExactlyAsTheStandardLibrary() {
        var random = SeededGenerator(seed: 23)
        var texts = ["0", "-0", "1", "0.5", "0.55", "1.0", "0.001", "-12.25", "123456789012345", "0.1234567890123",
                     "9007199254740993", "1e3", "0.30000000000000004", "999999999999999.9"]
        for _ in 0 ..< 20_000 {
            let whole = String(Int.random(in: 0 ... 99_999, using: &random))
            let fraction = String(UInt64.random(in: 0 ... 999_999_999_999, using: &random))
            let padding = String(repeating: "0", count: Int.random(in: 0 ... 3, using: &random))
            texts.append((Bool.random(using: &random) ? "-" : "") + whole + "." + padding + fraction)
        }
        for text in texts {
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer { GraphJSONReader.shortDecimal($0, 0 ..< $0.count) }
            if let fast { #expect(fast.bitPattern == Double(text)!.bitPattern, "\(text)") }
            let integer = bytes.withUnsafeBufferPointer { GraphJSONReader.shortInteger($0, 0 ..< $0.count) }
            #expect(integer == Int(text), "\(text)")
        }
    }
}
