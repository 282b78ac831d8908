import Foundation
import RelGraphCore
@testable import RelGraphFormats
import RelGraphTestSupport
import Testing

/// A sidecar must give back the catalog it was written from, notice when its JSON file changed,
/// and turn any damage into ``GraphSidecar/Problem`` — never a trap.
@Suite struct GraphSidecarTests {
    /// `text` written to a fresh file: its path, the scanned catalog and the file's stamp.
    static func graphFile(_ text: String) throws -> (path: String, catalog: GraphCatalog, stamp: FileStamp) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-sidecar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("g.json")
        try Data(text.utf8).write(to: url)
        let catalog = try GraphCatalog.load(try Data(contentsOf: url), source: url.path)
        return (url.path, catalog, try #require(FileStamp.of(path: url.path)))
    }

    static func expectSame(_ decoded: GraphCatalog, _ scanned: GraphCatalog, _ comment: Comment? = nil) {
        #expect(decoded.actors == scanned.actors, comment)
        #expect(decoded.relationCount == scanned.relationCount, comment)
        for position in 0 ..< scanned.relationCount {
            #expect(decoded.summary(ofRelation: position) == scanned.summary(ofRelation: position), comment)
            let (a, b) = (decoded.endIDs(ofRelation: position), scanned.endIDs(ofRelation: position))
            #expect(a.source.utf8.elementsEqual(b.source.utf8) && a.target.utf8.elementsEqual(b.target.utf8), comment)
            let relation = try? scanned.relation(at: position)
            #expect(relation != nil, comment)
            #expect((try? decoded.relation(at: position)) == relation, comment)
        }
        for (position, actor) in scanned.actors.enumerated() {
            #expect(decoded.position(ofActorID: actor.id) == Int32(position), comment)
        }
    }

    @Test func randomHostileGraphsRoundTrip() throws {
        var random = SeededGenerator(seed: 21)
        for round in 0 ..< 40 {
            let graph = HostileGraphs.graph(using: &random, relations: round % 10 == 0 ? 150 : nil)
            let text = round.isMultiple(of: 2) ? GraphJSON.encode(graph) : HostileGraphs.scrambledJSON(graph, using: &random)
            let file = try Self.graphFile(text)
            let sidecar = GraphSidecar.encode(file.catalog, stamp: file.stamp)
            let decoded = try GraphSidecar.decode(sidecar, graphPath: file.path, stamp: file.stamp)
            Self.expectSame(decoded, file.catalog, "round \(round)")
            #expect(GraphSidecar.encode(decoded, stamp: file.stamp) == sidecar, "round \(round): re-encoding is byte-identical")
        }
    }

    @Test func endsSpelledUnlikeTheirActorsIDRoundTrip() throws {
        // "é" precomposed in the id, decomposed in the relation: the same id to Swift, other bytes.
        let text = """
        {"nodes": [{"id": "caf\\u00e9", "type": "location", "label": "Café"}, {"id": "b", "type": "person", "label": "B"}],
         "edges": [{"source": "b", "target": "cafe\\u0301", "type": "visit"}, {"source": "b", "target": "caf\\u00e9", "type": "meet"}]}
        """
        let file = try Self.graphFile(text)
        #expect(file.catalog.endIDs(ofRelation: 0).target.unicodeScalars.count == 5)
        let decoded = try GraphSidecar.decode(GraphSidecar.encode(file.catalog, stamp: file.stamp), graphPath: file.path, stamp: file.stamp)
        Self.expectSame(decoded, file.catalog)
    }

    /// A file rewritten in place with the same size and stamp used to reach a never-returning
    /// callback (fatalError by default); the library now throws and the caller decides.
    @Test func aFileRewrittenBehindItsIndexThrowsWhenARelationIsRead() throws {
        let text = """
        {"nodes": [{"id": "a", "type": "person", "label": "A"}, {"id": "b", "type": "person", "label": "B"}],
         "edges": [{"source": "a", "target": "b", "type": "attack"}]}
        """
        let file = try Self.graphFile(text)
        let sidecar = GraphSidecar.encode(file.catalog, stamp: file.stamp)
        try Data(text.replacingOccurrences(of: "attack", with: "accuse").utf8).write(to: URL(fileURLWithPath: file.path))
        let decoded = try GraphSidecar.decode(sidecar, graphPath: file.path, stamp: file.stamp)
        #expect(throws: GraphFileChanged(path: file.path, position: 0, kind: .differs)) { try decoded.relation(at: 0) }
        try Data(text.replacingOccurrences(of: "\"attack\"", with: "[1,2,3]!").utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(throws: GraphFileChanged.self) { try decoded.relation(at: 0) }
        // The reason reads as a sentence, not as `Failure(message: "wrong type at …")`.
        do {
            _ = try decoded.relation(at: 0)
        } catch {
            #expect(error.description.hasPrefix("\(file.path): relation 0 can no longer be read from the file (wrong type at edges.0"),
                    "\(error.description)")
        }
    }

    @Test func aSidecarForAnotherStateOfTheFileIsStale() throws {
        var random = SeededGenerator(seed: 5)
        let file = try Self.graphFile(GraphJSON.encode(HostileGraphs.graph(using: &random, actors: 3, relations: 4)))
        let sidecar = GraphSidecar.encode(file.catalog, stamp: file.stamp)
        var grown = file.stamp
        grown.size += 1
        var touched = file.stamp
        touched.nanoseconds = (touched.nanoseconds + 1) % 1_000_000_000
        var edited = file.stamp
        edited.contentHash ^= 1
        for stamp in [grown, touched, edited] {
            #expect(throws: GraphSidecar.Problem.stale(recorded: file.stamp)) {
                try GraphSidecar.decode(sidecar, graphPath: file.path, stamp: stamp)
            }
        }
    }

    /// A small sidecar with every section non-empty.
    static func smallSidecar() throws -> (data: [UInt8], file: (path: String, catalog: GraphCatalog, stamp: FileStamp)) {
        var random = SeededGenerator(seed: 33)
        var graph = HostileGraphs.graph(using: &random, actors: 4, relations: 6)
        graph.nodes[0].aliases = ["x"]
        graph.nodes[0].attributes = ["iso": "XX"]
        let file = try graphFile(GraphJSON.encode(graph))
        return (Array(GraphSidecar.encode(file.catalog, stamp: file.stamp)), file)
    }

    static func outcome(_ bytes: [UInt8], _ file: (path: String, catalog: GraphCatalog, stamp: FileStamp)) -> GraphSidecar.Problem? {
        do {
            let catalog = try GraphSidecar.decode(Data(bytes), graphPath: file.path, stamp: file.stamp)
            // Whatever was accepted must be safe to read through: every end names an actor.
            for position in 0 ..< catalog.relationCount {
                let summary = catalog.summary(ofRelation: position)
                _ = (catalog.actors[Int(summary.source)], catalog.actors[Int(summary.target)], catalog.endIDs(ofRelation: position))
            }
            return nil
        } catch {
            return error
        }
    }

    @Test func everyTruncationIsRejected() throws {
        let (bytes, file) = try Self.smallSidecar()
        for cut in 0 ..< bytes.count {
            #expect(Self.outcome(Array(bytes[..<cut]), file) != nil, "cut at \(cut)")
        }
        #expect(Self.outcome(bytes + [0], file) != nil, "a padded sidecar")
    }

    @Test func everySingleByteCorruptionIsRejected() throws {
        let (bytes, file) = try Self.smallSidecar()
        var random = SeededGenerator(seed: 44)
        for offset in 0 ..< bytes.count {
            for _ in 0 ..< 3 {
                var damaged = bytes
                damaged[offset] ^= UInt8.random(in: 1 ... 255, using: &random)
                #expect(Self.outcome(damaged, file) != nil, "byte \(offset)")
            }
        }
    }

    /// Damage behind a valid checksum (a hostile file, not an accident) is caught by the checks of
    /// every count, position and range, or yields a catalog that is safe to read.
    @Test func corruptionBehindAValidChecksumNeverTraps() throws {
        let (bytes, file) = try Self.smallSidecar()
        var random = SeededGenerator(seed: 55)
        var rejected = 0
        for offset in GraphSidecar.headerSize ..< bytes.count {
            for value: UInt8 in [0, 1, 0x7F, 0x80, 0xFF, UInt8.random(in: 0 ... 255, using: &random)] where value != bytes[offset] {
                var damaged = bytes
                damaged[offset] = value
                Self.reseal(&damaged)
                if Self.outcome(damaged, file) != nil { rejected += 1 }
            }
        }
        #expect(rejected > bytes.count)
    }

    @Test func otherVersionsAndForeignFilesAreNamed() throws {
        let (bytes, file) = try Self.smallSidecar()
        var newer = bytes
        newer[8] = 4
        Self.reseal(&newer)
        #expect(Self.outcome(newer, file) == .unusable("format version 4, this relgraph reads version 3"))
        for version: UInt8 in [1, 2] {
            var older = bytes
            older[8] = version
            Self.reseal(&older)
            #expect(Self.outcome(older, file) == .unusable("format version \(version), this relgraph reads version 3"))
        }
        #expect(Self.outcome(Array("{\"nodes\": []}".utf8), file) == .unusable("not a relgraph index"))
        #expect(Self.outcome([], file) == .unusable("not a relgraph index"))
    }

    /// Recomputes the checksum of a deliberately altered sidecar.
    static func reseal(_ bytes: inout [UInt8]) {
        let offset = GraphSidecar.checksumOffset
        let checksum = bytes.withUnsafeBytes { raw in
            SidecarChecksum.of([UnsafeRawBufferPointer(rebasing: raw[..<offset]), UnsafeRawBufferPointer(rebasing: raw[(offset + 8)...])])
        }
        withUnsafeBytes(of: checksum.littleEndian) { for (index, byte) in $0.enumerated() { bytes[offset + index] = byte } }
    }
}

/// The type codes are part of the file format: they must not follow the enums' declaration order.
@Suite struct SidecarTypeCodeTests {
    static let actorCodes: [(ActorType, UInt8)] = [
        (.country, 0), (.person, 1), (.organization, 2), (.agreement, 3), (.location, 4),
    ]
    static let relationCodes: [(RelationType, UInt8)] = [
        (.leaderOf, 0), (.memberOf, 1), (.locatedIn, 2), (.visit, 3), (.meet, 4), (.cooperate, 5), (.supply, 6),
        (.attack, 7), (.sanction, 8), (.accuse, 9), (.partyTo, 10), (.violate, 11), (.family, 12),
    ]

    @Test func everyTypeHasItsWrittenCodeBothWays() {
        #expect(Self.actorCodes.count == ActorType.allCases.count)
        for (type, code) in Self.actorCodes {
            #expect(type.sidecarCode == code)
            #expect(ActorType(sidecarCode: code) == type)
        }
        #expect(Self.relationCodes.count == RelationType.allCases.count)
        for (type, code) in Self.relationCodes {
            #expect(type.sidecarCode == code)
            #expect(RelationType(sidecarCode: code) == type)
        }
        #expect(ActorType(sidecarCode: 5) == nil)
        #expect(RelationType(sidecarCode: 13) == nil)
        #expect(RelationType(sidecarCode: 255) == nil)
    }
}
