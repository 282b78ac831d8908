import Foundation
import Testing
import RelGraphCore
@testable import RelGraphFormats

/// A graph file that states one relation twice is refused alike by every reader (issue #15:
/// `stats` counted 75 relations where `export` merged them into 74).
@Suite struct DuplicateRelationTests {
    private func graph(_ edges: [(String, String, String)]) -> Data {
        let nodes = ["country:FR", "country:DE", "country:CL"].map {
            #"{"id":"\#($0)","type":"country","label":"\#($0)","aliases":[],"attributes":{}}"#
        }
        let written = edges.map { #"{"source":"\#($0.0)","target":"\#($0.2)","type":"\#($0.1)","confidence":0.5,"evidence":[]}"# }
        return Data(#"{"nodes":[\#(nodes.joined(separator: ","))],"edges":[\#(written.joined(separator: ","))]}"#.utf8)
    }

    /// The message of each reader, or "accepted".
    private func messages(_ data: Data) -> (decode: String, catalog: String) {
        func message(_ body: () throws -> Void) -> String {
            do { try body(); return "accepted" } catch { return "\(error)" }
        }
        return (message { _ = try GraphJSON.decode(data, source: "g.json") },
                message { _ = try GraphCatalog.load(data, source: "g.json") })
    }

    @Test func aRelationStatedTwiceIsRefusedByEveryReader() {
        let twice = messages(graph([("country:FR", "meet", "country:DE"), ("country:CL", "accuse", "country:DE"),
                                    ("country:FR", "meet", "country:DE")]))
        #expect(twice.decode == twice.catalog)
        #expect(twice.decode.contains("g.json: relation country:FR meet country:DE appears twice"), "\(twice.decode)")
        // A symmetric relation is the same relation either way round.
        let reversed = messages(graph([("country:FR", "meet", "country:DE"), ("country:DE", "meet", "country:FR")]))
        #expect(reversed.decode == reversed.catalog)
        #expect(reversed.decode.contains("relation country:DE meet country:FR appears twice"), "\(reversed.decode)")
    }

    @Test func directedRelationsBothWaysAndDifferentTypesAreDistinct() {
        let data = graph([("country:FR", "accuse", "country:DE"), ("country:DE", "accuse", "country:FR"),
                          ("country:FR", "meet", "country:DE"), ("country:FR", "cooperate", "country:DE")])
        #expect(messages(data) == ("accepted", "accepted"))
    }
}
