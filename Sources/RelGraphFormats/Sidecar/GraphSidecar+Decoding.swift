import Foundation
import RelGraphCore

extension GraphSidecar {
    /// The catalog a sidecar holds, for the JSON file at `graphPath` whose current stamp is `stamp`.
    ///
    /// Throws ``Problem/stale(recorded:)`` when the sidecar was written for another size,
    /// modification time or content of the file, ``Problem/unusable(_:)`` for anything else wrong with it;
    /// never traps, whatever the bytes. Relations are later decoded from `graphPath` by byte range;
    /// ``GraphCatalog/relation(at:)`` throws ``GraphFileChanged`` if the file no longer holds them.
    public static func decode(_ data: Data, graphPath: String, stamp: FileStamp) throws(Problem) -> GraphCatalog {
        let file = JSONFileSlices(path: graphPath)
        do {
            return try data.withUnsafeBytes { raw in try decode(raw, file: file, stamp: stamp) }
        } catch let failure as SidecarReader.Failure {
            throw .unusable(failure.message)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw .unusable("\(error)")
        }
    }

    private static func decode(_ raw: UnsafeRawBufferPointer, file: JSONFileSlices, stamp: FileStamp) throws -> GraphCatalog {
        guard raw.count >= magic.count, Array(raw[..<magic.count]) == magic else {
            throw Problem.unusable("not a relgraph index")
        }
        var header = SidecarReader(raw, at: magic.count)
        let found = try header.read(UInt32.self, "header")
        guard found == version else {
            throw Problem.unusable("format version \(found), this relgraph reads version \(version)")
        }
        _ = try header.read(UInt32.self, "header")
        let size = try header.read(UInt64.self, "header"), seconds = try header.read(Int64.self, "header")
        let nanoseconds = try header.read(Int64.self, "header")
        let actorCount = try header.read(UInt64.self, "header"), relationCount = try header.read(UInt64.self, "header")
        let spelledCount = try header.read(UInt64.self, "header"), length = try header.read(UInt64.self, "header")
        let checksum = try header.read(UInt64.self, "header")
        let recorded = FileStamp(size: size, seconds: seconds, nanoseconds: nanoseconds,
                                 contentHash: try header.read(UInt64.self, "header"))
        guard length == UInt64(raw.count) else {
            throw Problem.unusable("\(raw.count) bytes where the header says \(length): truncated or padded")
        }
        let computed = SidecarChecksum.of([UnsafeRawBufferPointer(rebasing: raw[..<checksumOffset]),
                                           UnsafeRawBufferPointer(rebasing: raw[(checksumOffset + 8)...])])
        guard computed == checksum else { throw Problem.unusable("checksum mismatch: the file is corrupt") }
        guard recorded == stamp else { throw Problem.stale(recorded: recorded) }
        // Counts are bounded by the file's length before anything is allocated from them.
        guard actorCount <= length, relationCount <= length, spelledCount <= relationCount, actorCount < UInt64(Int32.max) else {
            throw Problem.unusable("counts larger than the file")
        }
        var reader = SidecarReader(raw, at: headerSize)
        let actors = try readActors(&reader, count: Int(actorCount))
        let ids = ActorIDTable(ids: actors.map(\.id))
        if let duplicate = ids.firstDuplicate { throw Problem.unusable("actor id '\(duplicate)' appears twice") }
        let relations = Int(relationCount)
        let sources = try column("RSRC", Int32.self, count: relations, &reader)
        let targets = try column("RTGT", Int32.self, count: relations, &reader)
        let typeOrdinals = try column("RTYP", UInt8.self, count: relations, &reader)
        let confidenceBits = try column("RCNF", UInt64.self, count: relations, &reader)
        let evidenceCounts = try column("REVD", Int32.self, count: relations, &reader)
        let starts = try column("RBEG", Int64.self, count: relations, &reader)
        let lengths = try column("RLEN", Int64.self, count: relations, &reader)
        let spelledEnds = try readSpelledEnds(&reader, count: Int(spelledCount), relationCount: relations)
        guard reader.remaining == 0 else { throw Problem.unusable("\(reader.remaining) bytes after the last section") }

        let actorLimit = Int32(actors.count)
        for position in 0 ..< relations {
            guard (0 ..< actorLimit).contains(sources[position]), (0 ..< actorLimit).contains(targets[position]) else {
                throw Problem.unusable("relation \(position) names an actor outside the \(actors.count) actors")
            }
        }
        var types: [RelationType] = []
        types.reserveCapacity(typeOrdinals.count)
        for code in typeOrdinals {
            guard let type = RelationType(sidecarCode: code) else { throw Problem.unusable("unknown relation type") }
            types.append(type)
        }
        let confidences = confidenceBits.map(Double.init(bitPattern:))
        guard confidences.allSatisfy({ (0 ... 1).contains($0) }) else { throw Problem.unusable("confidence outside 0…1") }
        guard evidenceCounts.allSatisfy({ $0 >= 0 }) else { throw Problem.unusable("negative evidence count") }
        let ranges = try byteRanges(starts: starts, lengths: lengths, fileSize: recorded.size)
        return GraphCatalog(actors: actors, ids: ids, file: file, sources: sources, targets: targets,
                            types: types, confidences: confidences,
                            evidenceCounts: evidenceCounts, ranges: ranges, spelledEnds: spelledEnds)
    }

    /// A section's tag, count and payload length, checked against what is expected.
    private static func open(_ tag: String, count: Int, _ reader: inout SidecarReader) throws -> Int {
        var foundTag: [UInt8] = []
        for _ in 0 ..< 4 { foundTag.append(try reader.read(UInt8.self, "section \(tag)")) }
        guard foundTag == Array(tag.utf8) else { throw Problem.unusable("section \(tag) missing") }
        guard try reader.read(UInt64.self, tag) == UInt64(count) else { throw Problem.unusable("section \(tag) has the wrong count") }
        let length = try reader.read(UInt64.self, tag)
        guard length <= UInt64(reader.remaining) else { throw Problem.unusable("section \(tag) runs past the end") }
        return Int(length)
    }

    private static func column<T: FixedWidthInteger>(_ tag: String, _ type: T.Type, count: Int,
                                                     _ reader: inout SidecarReader) throws -> [T] {
        let length = try open(tag, count: count, &reader)
        guard length == count * MemoryLayout<T>.size else { throw Problem.unusable("section \(tag) has the wrong length") }
        return try reader.column(of: T.self, count: count, "section \(tag)")
    }

    private static func readActors(_ reader: inout SidecarReader, count: Int) throws -> [Actor] {
        let length = try open("ACTR", count: count, &reader)
        let end = reader.position + length
        // Each actor takes at least 13 bytes: a count beyond that is a lie, not a reason to allocate.
        guard count <= length / 13 + 1 else { throw Problem.unusable("section ACTR has the wrong count") }
        var actors: [Actor] = []
        actors.reserveCapacity(count)
        for index in 0 ..< count {
            guard let type = ActorType(sidecarCode: try reader.read(UInt8.self, "actor \(index)")) else {
                throw Problem.unusable("actor \(index) has an unknown type")
            }
            let id = try reader.string("actor \(index)"), label = try reader.string("actor \(index)")
            let aliasCount = Int(try reader.read(UInt32.self, "actor \(index)"))
            guard aliasCount <= reader.remaining / 4 else { throw Problem.unusable("actor \(index) has too many aliases") }
            var aliases: [String] = []
            aliases.reserveCapacity(aliasCount)
            for _ in 0 ..< aliasCount { aliases.append(try reader.string("actor \(index)")) }
            let attributeCount = Int(try reader.read(UInt32.self, "actor \(index)"))
            guard attributeCount <= reader.remaining / 8 else { throw Problem.unusable("actor \(index) has too many attributes") }
            var attributes: [String: String] = [:]
            for _ in 0 ..< attributeCount {
                let key = try reader.string("actor \(index)")
                attributes[key] = try reader.string("actor \(index)")
            }
            guard reader.position <= end else { throw Problem.unusable("section ACTR runs past its length") }
            actors.append(Actor(id: id, type: type, label: label, aliases: aliases, attributes: attributes))
        }
        guard reader.position == end else { throw Problem.unusable("section ACTR has the wrong length") }
        return actors
    }

    private static func readSpelledEnds(_ reader: inout SidecarReader, count: Int,
                                        relationCount: Int) throws -> [Int32: (String, String)] {
        let length = try open("SPEL", count: count, &reader)
        let end = reader.position + length
        guard count <= length / 12 else { throw Problem.unusable("section SPEL has the wrong count") }
        var ends: [Int32: (String, String)] = [:]
        var previous: Int32 = -1
        for _ in 0 ..< count {
            let relation = try reader.read(Int32.self, "section SPEL")
            guard relation > previous, Int(relation) < relationCount else { throw Problem.unusable("section SPEL names relations out of order") }
            previous = relation
            ends[relation] = (try reader.string("section SPEL"), try reader.string("section SPEL"))
        }
        guard reader.position == end else { throw Problem.unusable("section SPEL has the wrong length") }
        return ends
    }

    /// Relation byte ranges: inside the JSON file, in file order, not overlapping.
    private static func byteRanges(starts: [Int64], lengths: [Int64], fileSize: UInt64) throws -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(starts.count)
        var previousEnd: Int64 = 0
        let size = Int64(clamping: fileSize)
        for (start, length) in zip(starts, lengths) {
            guard start >= previousEnd, length >= 2, length <= size - start else {
                throw Problem.unusable("relation \(ranges.count) has a byte range outside the JSON file")
            }
            previousEnd = start + length
            ranges.append(Int(start) ..< Int(previousEnd))
        }
        return ranges
    }
}
