import Foundation
import RelGraphCore

/// A binary index of a JSON graph (`G.json.rgindex`): everything a query load needs, so a large
/// graph loads without scanning its JSON. Layout: `INDEXFORMAT.md` beside this file.
///
/// The sidecar holds the actors, the relation columns (ends as actor positions, type, confidence,
/// evidence count, byte range of the relation's object in the JSON file) and the rare ends spelled
/// differently from their actor's id. It records the JSON file's ``FileStamp``; ``decode(_:graphPath:stamp:)``
/// refuses a sidecar written for another state of the file (its bytes included), and validates everything else (magic,
/// version, length, checksum, section bounds and counts, every position and range) before building
/// a ``GraphCatalog`` whose evidence is read from the JSON file by byte range.
///
/// ```swift
/// let catalog = try GraphCatalog.load(json, source: "g.json")
/// try GraphSidecar.encode(catalog, stamp: stamp).write(to: URL(fileURLWithPath: "g.json.rgindex"))
/// let fast = try GraphSidecar.decode(sidecar, graphPath: "g.json", stamp: FileStamp.of(path: "g.json")!)
/// ```
public enum GraphSidecar {
    /// The format version written, and the only one read.
    /// Version 3 has version 2's layout, but is written only for a graph that states each
    /// relation once: a version-2 index may come from a graph with a repeated relation, which is
    /// now refused (issue #15), so it is reported and the graph scanned.
    public static let version: UInt32 = 3
    /// The first eight bytes of every sidecar.
    static let magic: [UInt8] = Array("RGINDEX\0".utf8)
    /// Bytes before the first section.
    static let headerSize = 88
    /// Where the checksum lies in the header; it covers every other byte of the file.
    static let checksumOffset = 72

    /// Why a sidecar cannot stand in for its JSON file.
    public enum Problem: Error, Equatable, Sendable {
        /// Written for a different size, modification time or content of the JSON file.
        case stale(recorded: FileStamp)
        /// Not a sidecar, another version, truncated or corrupt: the reason, for one line.
        case unusable(String)
    }

    /// The sidecar's path for a JSON graph: `G.json.rgindex`.
    public static func path(forGraph graphPath: String) -> String { graphPath + ".rgindex" }

    /// The sidecar of a loaded catalog, recording `stamp` (the JSON file's, taken before reading it).
    public static func encode(_ catalog: GraphCatalog, stamp: FileStamp) -> Data {
        var out = SidecarWriter()
        for byte in magic { out.append(byte) }
        out.append(version)
        out.append(UInt32(0))
        out.append(stamp.size)
        out.append(stamp.seconds)
        out.append(stamp.nanoseconds)
        out.append(UInt64(catalog.actors.count))
        out.append(UInt64(catalog.relationCount))
        out.append(UInt64(catalog.spelledEnds.count))
        out.append(UInt64(0))  // file length, set below
        out.append(UInt64(0))  // checksum, set below
        out.append(stamp.contentHash)

        section("ACTR", count: catalog.actors.count, into: &out) { out in
            for actor in catalog.actors {
                out.append(actor.type.sidecarCode)
                out.append(actor.id)
                out.append(actor.label)
                out.append(UInt32(actor.aliases.count))
                for alias in actor.aliases { out.append(alias) }
                out.append(UInt32(actor.attributes.count))
                for (key, value) in actor.attributes.sorted(by: { $0.key < $1.key }) {
                    out.append(key)
                    out.append(value)
                }
            }
        }
        let count = catalog.relationCount
        section("RSRC", count: count, into: &out) { $0.append(column: catalog.sources) }
        section("RTGT", count: count, into: &out) { $0.append(column: catalog.targets) }
        section("RTYP", count: count, into: &out) { $0.append(column: catalog.types.map(\.sidecarCode)) }
        section("RCNF", count: count, into: &out) { $0.append(column: catalog.confidences.map(\.bitPattern)) }
        section("REVD", count: count, into: &out) { $0.append(column: catalog.evidenceCounts) }
        section("RBEG", count: count, into: &out) { $0.append(column: catalog.ranges.map { Int64($0.lowerBound) }) }
        section("RLEN", count: count, into: &out) { $0.append(column: catalog.ranges.map { Int64($0.count) }) }
        section("SPEL", count: catalog.spelledEnds.count, into: &out) { out in
            for relation in catalog.spelledEnds.keys.sorted() {
                let (source, target) = catalog.spelledEnds[relation]!
                out.append(relation)
                out.append(source)
                out.append(target)
            }
        }

        out.set(UInt64(out.bytes.count), at: 64)
        let checksum = out.bytes.withUnsafeBytes { raw in
            SidecarChecksum.of([UnsafeRawBufferPointer(rebasing: raw[..<checksumOffset]),
                                UnsafeRawBufferPointer(rebasing: raw[(checksumOffset + 8)...])])
        }
        out.set(checksum, at: checksumOffset)
        return Data(out.bytes)
    }

    /// A section: tag, element count, payload length, payload.
    private static func section(_ tag: String, count: Int, into out: inout SidecarWriter,
                                payload: (inout SidecarWriter) -> Void) {
        for byte in tag.utf8 { out.append(byte) }
        out.append(UInt64(count))
        let lengthOffset = out.bytes.count
        out.append(UInt64(0))
        let start = out.bytes.count
        payload(&out)
        out.set(UInt64(out.bytes.count - start), at: lengthOffset)
    }
}

// The one-byte codes sidecars store for actor and relation types. Written out, never derived
// from `allCases`: reordering or extending an enum must not change the meaning of files already
// on disk. A new case takes the next free code (and the format's version stays).

extension ActorType {
    /// This type's code in a sidecar's `ACTR` section.
    var sidecarCode: UInt8 {
        switch self {
        case .country: 0
        case .person: 1
        case .organization: 2
        case .agreement: 3
        case .location: 4
        }
    }

    /// The type whose sidecar code is `code`, or nil for a code this relgraph does not know.
    init?(sidecarCode code: UInt8) {
        switch code {
        case 0: self = .country
        case 1: self = .person
        case 2: self = .organization
        case 3: self = .agreement
        case 4: self = .location
        default: return nil
        }
    }
}

extension RelationType {
    /// This type's code in a sidecar's `RTYP` section.
    var sidecarCode: UInt8 {
        switch self {
        case .leaderOf: 0
        case .memberOf: 1
        case .locatedIn: 2
        case .visit: 3
        case .meet: 4
        case .cooperate: 5
        case .supply: 6
        case .attack: 7
        case .sanction: 8
        case .accuse: 9
        case .partyTo: 10
        case .violate: 11
        case .family: 12
        }
    }

    /// The type whose sidecar code is `code`, or nil for a code this relgraph does not know.
    init?(sidecarCode code: UInt8) {
        switch code {
        case 0: self = .leaderOf
        case 1: self = .memberOf
        case 2: self = .locatedIn
        case 3: self = .visit
        case 4: self = .meet
        case 5: self = .cooperate
        case 6: self = .supply
        case 7: self = .attack
        case 8: self = .sanction
        case 9: self = .accuse
        case 10: self = .partyTo
        case 11: self = .violate
        case 12: self = .family
        default: return nil
        }
    }
}
