import Foundation

/// The built ``Lexicon`` as one binary file, so a process that needs the knowledge base reads it
/// back instead of parsing and folding every data file again (`extract` spent most of its
/// start-up there).
///
/// Layout (integers little-endian):
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `RGLEXSN6` (the last byte is the format version) |
/// | 8 | ``SourceFingerprint`` of the data files it was built from |
/// | 8 | ``SnapshotDigest/ofFourLanes(_:)`` of the payload |
/// | 8 | payload length |
/// | … | payload: the string table (count, then each string's UTF-8 length and bytes), then the lexicon's fields in ``encodeFields(_:into:)`` order, every string as a `UInt32` index into the table (`UInt32.max`: none); the surface index as sorted fixed-size records (``SnapshotSurfaceIndex``), queried in place |
///
/// A snapshot is used only when its fingerprint equals that of the data files read now (names,
/// sizes and contents), its payload digest matches, and every count, index and length lies inside
/// the file; otherwise the caller parses the data files as before. The version also moves when
/// the builder reads the same files differently (4: a form the data also lists in lower case keeps
/// that spelling; 5: surface keys carry their ASCII prefix; 6: the payload digest folds four lanes), so that no snapshot an older build made outlives the change.
enum LexiconSnapshot {
    static let magic: [UInt8] = Array("RGLEXSN6".utf8)
    static let headerBytes = 32

    /// The snapshot file's bytes for `lexicon`, built from the sources with `fingerprint`.
    static func encode(_ lexicon: Lexicon, fingerprint: UInt64) -> [UInt8] {
        var fields = SnapshotWriter()
        encodeFields(lexicon, into: &fields)
        let payload = fields.stringTable() + fields.bytes
        var header = SnapshotWriter()
        for byte in magic { header.append(byte) }
        header.append(fingerprint)
        header.append(payload.withUnsafeBytes { SnapshotDigest.ofFourLanes($0) })
        header.append(UInt64(payload.count))
        return header.bytes + payload
    }

    /// The lexicon in `bytes` (copied where it keeps sections), or nil when they are not a sound
    /// snapshot of the sources with `fingerprint`.
    static func decode(_ bytes: UnsafeRawBufferPointer, fingerprint: UInt64) -> Lexicon? {
        decode(SnapshotMemory(copying: bytes), fingerprint: fingerprint)
    }

    /// The lexicon in `memory`, whose surface index and raw tables stay there.
    static func decode(_ memory: SnapshotMemory, fingerprint: UInt64) -> Lexicon? {
        let bytes = memory.bytes
        guard bytes.count >= headerBytes, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
        var header = SnapshotReader(bytes, at: magic.count)
        guard let stored = try? header.read(UInt64.self), stored == fingerprint,
              let digest = try? header.read(UInt64.self),
              let length = try? header.read(UInt64.self), length == UInt64(bytes.count - headerBytes) else { return nil }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[headerBytes...])
        guard SnapshotDigest.ofFourLanes(payload) == digest else { return nil }
        var reader = SnapshotReader(payload)
        reader.memory = memory
        do {
            try reader.readStringTable()
            let lexicon = try decodeFields(from: &reader)
            return reader.offset == payload.count ? lexicon : nil
        } catch {
            return nil
        }
    }

    /// Snapshots larger than this are not read (the bundled lexicon's is about 1 MB).
    static let maximumBytes = 256 << 20

    /// The snapshot at `url` when it matches `fingerprint`; nil when missing, stale or damaged.
    /// The file is mapped, not read, and stays mapped while the lexicon uses it. Only a regular file is opened for reading (non-blocking, so a
    /// FIFO put in its place cannot hang the process).
    static func read(from url: URL, fingerprint: UInt64) -> Lexicon? {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              status.st_size >= headerBytes, status.st_size <= maximumBytes else { return nil }
        let size = Int(status.st_size)
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else { return nil }
        return decode(SnapshotMemory(mapping: UnsafeRawBufferPointer(start: mapping, count: size)), fingerprint: fingerprint)
    }

    /// Writes the snapshot next to its final name and renames it into place, so a reader never
    /// sees half a file. Best effort: a folder that cannot be written only costs the next start-up.
    static func write(_ lexicon: Lexicon, fingerprint: UInt64, to url: URL) {
        let folder = url.deletingLastPathComponent()
        let partial = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(encode(lexicon, fingerprint: fingerprint)).write(to: partial)
            if rename(partial.path, url.path) != 0 { try? FileManager.default.removeItem(at: partial) }
        } catch {
            try? FileManager.default.removeItem(at: partial)
        }
    }
}

/// What a snapshot was built from: the builder's revision and every data file's name, size and contents,
/// in load order.
enum SourceFingerprint {
    /// Raised whenever the builder reads the same data files into another lexicon (a snapshot
    /// of the old reading must not be taken for the new one).
    static let builderRevision: UInt64 = 2

    static func of(_ sources: [(name: String, bytes: Data)]) -> UInt64 {
        var summary = SnapshotWriter()
        summary.append(Self.builderRevision)
        for source in sources {
            summary.append(count: source.name.utf8.count)
            for byte in source.name.utf8 { summary.append(byte) }
            summary.append(UInt64(source.bytes.count))
            summary.append(source.bytes.withUnsafeBytes { SnapshotDigest.of($0) })
        }
        return summary.bytes.withUnsafeBytes { SnapshotDigest.of($0) }
    }
}
