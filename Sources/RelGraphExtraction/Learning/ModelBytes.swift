import Foundation
import RelGraphKnowledge

/// Little-endian writer for model files (format: `Learning/MODELFORMAT.md`).
struct ModelBytesWriter {
    var bytes: [UInt8] = []

    mutating func u16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func f32(_ value: Float) { u32(value.bitPattern) }
    mutating func f64(_ value: Double) { u64(value.bitPattern) }
    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        u16(UInt16(utf8.count))
        bytes += utf8
    }

    /// The weights as four columns (format 2): slots, row ends, labels, weights. Sorted by slot,
    /// then label, so the same model gives the same bytes, and a reader copies each column whole.
    mutating func postings(_ weights: SparseWeights) {
        u32(UInt32(weights.slotCount))
        u32(UInt32(weights.count))
        for slot in weights.slots { u32(UInt32(slot)) }
        for end in weights.offsets.dropFirst() { u32(UInt32(end)) }
        for label in weights.labels { u16(label) }
        for value in weights.values { f32(value) }
    }

    /// The weights as the inference table (format 3): zero bytes up to a multiple of 8, the
    /// bucket count and the pair count (`u32` each), then ``WeightIndex``'s buckets and pairs as
    /// they lie in memory, so a reader maps the file and uses them where they are.
    mutating func weightTable(_ weights: SparseWeights) {
        let index = WeightIndex(weights)
        while bytes.count % 8 != 0 { bytes.append(0) }
        u32(UInt32(index.bucketCount))
        u32(UInt32(index.count))
        bytes += index.bucketBytes
        bytes += index.entryBytes
    }

    /// The weights in the layout of `format` (2: columns, 3: the inference table).
    mutating func weights(_ weights: SparseWeights, format: UInt32) {
        if format == 2 { postings(weights) } else { weightTable(weights) }
    }

    /// Appends the checksum `format` ends with, of every byte so far: the file is complete.
    mutating func finish(format: UInt32) {
        guard let checksum = bytes.withUnsafeBytes({ ModelChecksum.of($0, format: format) }) else {
            preconditionFailure("no checksum for model format \(format)")
        }
        u64(checksum)
    }
}

/// The checksums that end a model file: catch truncation and bit rot, not tampering.
enum ModelChecksum {
    /// The checksum a file of `format` ends with, computed over `body`; nil for a format this
    /// build does not know.
    static func of(_ body: UnsafeRawBufferPointer, format: UInt32) -> UInt64? {
        switch format {
        case 1: bytes(body)
        case 2...4: words(body)
        case 5: fourLanes(body)
        default: nil
        }
    }

    /// Formats 2 to 4: the lexicon snapshot's digest (FNV-1a's step over 64-bit little-endian words,
    /// the length in the last word), eight times fewer serial steps than over bytes.
    static func words(_ raw: UnsafeRawBufferPointer) -> UInt64 { SnapshotDigest.of(raw) }

    /// Format 5: the same step in four lanes, folded together (``SnapshotDigest/ofFourLanes(_:)``).
    static func fourLanes(_ raw: UnsafeRawBufferPointer) -> UInt64 { SnapshotDigest.ofFourLanes(raw) }

    /// Format 1: FNV-1a 64 over the bytes.
    static func bytes(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// Bounds-checked little-endian reader for model files.
struct ModelBytesReader {
    /// The format `relgraph train` writes (5: the inference table, the relation model's
    /// confidence calibration, and a four-lane checksum); files of format 4 (the one-lane
    /// checksum) and 3 (no calibration either) are read as they are, of format 1 (weight
    /// triples) and 2 (weight columns) with their weights copied.
    static let currentFormat: UInt32 = 5

    /// The first format whose weights are the inference table.
    static let tableFormat: UInt32 = 3

    /// The whole file: an array's bytes, or the file mapped by ``mapFile(_:)``. Every value read
    /// is copied out, except a format 3 weight table in a mapping (``weights(labelCount:memory:)``).
    let bytes: UnsafeRawBufferPointer
    var position = 0
    /// The file's format version (1 to 5), read and checked by ``init(checking:magic:)``.
    private(set) var format: UInt32 = 0

    /// A reader past the magic and the format version, after checking both and the trailing checksum.
    init(checking bytes: UnsafeRawBufferPointer, magic: [UInt8]) throws {
        guard bytes.count >= magic.count + 12, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw RelationModelError.malformed(reason: "not a relgraph model file")
        }
        self.bytes = bytes
        position = magic.count
        format = try u32()
        let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)])
        let stored = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: body.count, as: UInt64.self))
        guard let computed = ModelChecksum.of(body, format: format) else {
            throw RelationModelError.malformed(reason: "unknown format version")
        }
        guard stored == computed else { throw RelationModelError.malformed(reason: "checksum mismatch (damaged file)") }
    }

    private mutating func take(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, position + count <= bytes.count else { throw RelationModelError.malformed(reason: "truncated file") }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)])
    }

    mutating func u16() throws -> UInt16 { UInt16(littleEndian: try take(2).loadUnaligned(as: UInt16.self)) }
    mutating func u32() throws -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
    mutating func u64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }
    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
    mutating func f64() throws -> Double { Double(bitPattern: try u64()) }
    mutating func string() throws -> String {
        let count = Int(try u16())
        guard let text = String(validating: try take(count), as: UTF8.self) else { throw RelationModelError.malformed(reason: "invalid UTF-8 label") }
        return text
    }

    /// `count` little-endian 4- or 2-byte values copied in one piece, after `leading` zeros.
    mutating func column<T: BitwiseCopyable>(of _: T.Type, count: Int, leading: Int = 0) throws -> [T] {
        let size = MemoryLayout<T>.size
        guard count >= 0, count <= (bytes.count - position) / size else { throw RelationModelError.malformed(reason: "truncated file") }
        let source = try take(count * size)
        return [T](unsafeUninitializedCapacity: leading + count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            UnsafeMutableRawBufferPointer(rebasing: raw[..<(leading * size)]).initializeMemory(as: UInt8.self, repeating: 0)
            if let from = source.baseAddress, let to = raw.baseAddress, source.count > 0 {
                to.advanced(by: leading * size).copyMemory(from: from, byteCount: source.count)
            }
            if UInt32(littleEndian: 1) != 1 {  // a big-endian machine: swap each value's bytes
                for offset in stride(from: leading * size, to: raw.count, by: size) {
                    raw[offset..<(offset + size)].reverse()
                }
            }
            initialized = leading + count
        }
    }

    /// The weights of a format 1 or 2 file; every slot, label and weight checked.
    mutating func postings(labelCount: Int) throws -> SparseWeights {
        if format == 1 { return try postingsFormat1(labelCount: labelCount) }
        let slotCount = Int(try u32()), count = Int(try u32())
        guard slotCount <= count, count <= (bytes.count - position) / 6 else { throw RelationModelError.malformed(reason: "weight count past the end") }
        let slots = try column(of: Int32.self, count: slotCount)
        let offsets = try column(of: Int32.self, count: slotCount, leading: 1)
        let labels = try column(of: UInt16.self, count: count)
        let values = try column(of: Float.self, count: count)
        guard let weights = SparseWeights(slots: slots, offsets: offsets, labels: labels, values: values, labelCount: labelCount) else {
            throw RelationModelError.malformed(reason: "weight entry out of range or out of order")
        }
        return weights
    }

    /// The weights, in the file's format. Formats 1 and 2 are copied and every entry checked;
    /// a format 3 table is checked for its size only (the checksum vouches for its entries, and
    /// ``WeightIndex`` never reads outside it) and, when `memory` is the file's mapping, used
    /// where it lies: no copy, no page of the process's own written (Benchmarks/startup).
    mutating func weights(labelCount: Int, memory: ModelMemory?) throws -> WeightIndex {
        guard format >= Self.tableFormat else { return WeightIndex(try postings(labelCount: labelCount)) }
        let padding = (8 - position % 8) % 8
        guard try take(padding).allSatisfy({ $0 == 0 }) else { throw RelationModelError.malformed(reason: "weight table misaligned") }
        let bucketCount = Int(try u32()), count = Int(try u32())
        guard bucketCount >= 2, bucketCount <= 1 << 22, bucketCount & (bucketCount - 1) == 0, count < 1 << 27,
              bucketCount * 8 + count * WeightIndex.entryBytes <= bytes.count - position else {
            throw RelationModelError.malformed(reason: "weight table size out of range")
        }
        let buckets = try take(bucketCount * 8), entries = try take(count * WeightIndex.entryBytes)
        guard let memory, Int(bitPattern: bytes.baseAddress) % 8 == 0 else {
            // Not a mapping this reader may point into (an array's bytes): a copy of the table.
            let copy = ModelMemory(byteCount: buckets.count + entries.count)
            copy.bytes.copyMemory(from: buckets)
            UnsafeMutableRawBufferPointer(rebasing: copy.bytes[buckets.count...]).copyMemory(from: entries)
            return WeightIndex(buckets: UnsafeRawBufferPointer(rebasing: copy.bytes[..<buckets.count]).bindMemory(to: UInt64.self),
                               entries: UnsafeRawBufferPointer(rebasing: copy.bytes[buckets.count..<(buckets.count + entries.count)]),
                               memory: copy)
        }
        return WeightIndex(buckets: buckets.bindMemory(to: UInt64.self), entries: entries, memory: memory)
    }

    /// Format 1: (slot u32, label u16, weight f32) triples.
    private mutating func postingsFormat1(labelCount: Int) throws -> SparseWeights {
        let count = Int(try u32())
        guard count <= (bytes.count - position) / 10 else { throw RelationModelError.malformed(reason: "weight count past the end") }
        var weights = SparseWeights()
        var previous: (slot: UInt32, label: UInt16)?
        for _ in 0..<count {
            let slot = try u32(), label = try u16(), weight = try f32()
            guard slot < UInt32(FeatureHashing.slotCount), Int(label) < labelCount, weight.isFinite else {
                throw RelationModelError.malformed(reason: "weight entry out of range")
            }
            if let previous, (previous.slot, previous.label) >= (slot, label) {
                throw RelationModelError.malformed(reason: "weights out of order")
            }
            previous = (slot, label)
            weights.append(slot: Int32(slot), label: label, weight: weight)
        }
        return weights
    }

    /// Maximum model file size read (the bundled relation model is about 1 MB).
    static let maximumFileBytes = 512 << 20

    /// A model file mapped for as long as the returned memory lives (a format 3 model keeps it
    /// and reads its weights there). Only a regular file is opened (non-blocking, so a FIFO
    /// cannot hang); an empty file gives empty bytes, which no reader accepts.
    static func mapFile(_ url: URL) throws -> ModelMemory {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw RelationModelError.unreadable(path: url.path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size <= maximumFileBytes else {
            throw RelationModelError.unreadable(path: url.path)
        }
        let size = Int(status.st_size)
        guard size > 0 else { return ModelMemory(byteCount: 0) }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw RelationModelError.unreadable(path: url.path)
        }
        return ModelMemory(mapping: UnsafeMutableRawBufferPointer(start: mapping, count: size))
    }
}
