import Foundation
import RelGraphCore

extension Lexicon {
    /// User files larger than this are refused rather than read into memory.
    static let maximumFileBytes = 64 << 20

    /// The bundled data (the `Data` resource folder, every `*.tsv` in name order), then the user's
    /// extra files in the order given; later files extend and override earlier ones.
    ///
    /// With `snapshot`, the built lexicon is read from that file when it was made from exactly
    /// these files (names, sizes and contents), and written there after parsing when it was not
    /// (missing, stale or damaged; a folder that cannot be written is not an error). The files
    /// are still read to check that, but not parsed: see `LexiconSnapshot`.
    ///
    /// Throws ``RelGraphError/badInput(_:)`` with `file:line` for an unreadable or malformed file.
    public static func load(extraFiles: [String] = [], snapshot: URL? = nil) throws -> Lexicon {
        var sources = try bundledSources()
        for path in extraFiles {
            sources.append((path, try readSource(at: URL(fileURLWithPath: path), source: path)))
        }
        guard let snapshot else { return try parse(sources) }
        let fingerprint = SourceFingerprint.of(sources)
        if let lexicon = LexiconSnapshot.read(from: snapshot, fingerprint: fingerprint) { return lexicon }
        let lexicon = try parse(sources)
        LexiconSnapshot.write(lexicon, fingerprint: fingerprint, to: snapshot)
        return lexicon
    }

    private static func parse(_ sources: [(name: String, bytes: Data)]) throws -> Lexicon {
        try Lexicon(tables: sources.map { try parseTable($0.bytes, source: $0.name) })
    }

    /// Builds a lexicon from parsed tables, in order (later tables extend and override earlier ones).
    public init(tables: [LexiconTable]) throws {
        var builder = LexiconBuilder()
        try builder.add(tables)
        self = try builder.build()
    }

    /// The tables shipped with relgraph.
    public static func bundledTables() throws -> [LexiconTable] {
        try bundledSources().map { try parseTable($0.bytes, source: $0.name) }
    }

    /// The bundled data files' bytes, in name order, named `Data/FILE`.
    static func bundledSources() throws -> [(name: String, bytes: Data)] {
        guard let folder = ResourceFolder.path(bundle: "relgraph_RelGraphKnowledge", "Data")
                ?? Bundle.module.url(forResource: "Data", withExtension: nil)?.path,
              let names = tableFileNames(in: folder) else {
            throw RelGraphError.badInput("lexicon: the bundled Data folder is missing from the installation")
        }
        return try names.map { ("Data/\($0)", try readSource(atPath: "\(folder)/\($0)", source: "Data/\($0)")) }
    }

    /// The `*.tsv` files of `folder` in name order (`readdir`: FileManager's listing cost more
    /// than reading the files), or nil when it cannot be listed.
    private static func tableFileNames(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name.hasSuffix(".tsv") { names.append(name) }
        }
        return names.sorted()
    }

    /// Reads one lexicon file; every failure is a one-line ``RelGraphError``.
    public static func readTable(at url: URL, source: String) throws -> LexiconTable {
        try parseTable(readSource(at: url, source: source), source: source)
    }

    /// One lexicon file's bytes, refused when missing, a folder, too large or unreadable.
    ///
    /// Plain `open`/`fstat`/`read`: FileManager's existence, attribute and content calls cost
    /// more than the reading itself, at every start of `extract` (Benchmarks/startup).
    static func readSource(at url: URL, source: String) throws -> Data {
        try readSource(atPath: url.path, source: source)
    }

    static func readSource(atPath path: String, source: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw RelGraphError.badInput("\(source): no such lexicon file") }
            throw RelGraphError.badInput("\(source): cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw RelGraphError.badInput("\(source): cannot be read") }
        if status.st_mode & S_IFMT == S_IFDIR { throw RelGraphError.badInput("\(source): is a directory, expected a lexicon file") }
        let size = Int(status.st_size)
        if size > maximumFileBytes {
            throw RelGraphError.badInput("\(source): lexicon file too large (\(size) bytes, limit \(maximumFileBytes))")
        }
        // Read to the end, whatever `st_size` says (a pipe reports 0), and never past the limit.
        var bytes = [UInt8](repeating: 0, count: max(size, 4096) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= maximumFileBytes else {
                    throw RelGraphError.badInput("\(source): lexicon file too large (more than \(maximumFileBytes) bytes)")
                }
                bytes.append(contentsOf: repeatElement(0, count: bytes.count))
            }
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw RelGraphError.badInput("\(source): cannot be read") }
            if got == 0 { break }
            count += got
        }
        return Data(bytes[..<count])
    }

    /// Parses one lexicon file's bytes, refusing binary data and invalid UTF-8.
    static func parseTable(_ data: Data, source: String) throws -> LexiconTable {
        // (Data's own iterator goes byte by byte through an index: slow for the whole bundle.)
        if data.withUnsafeBytes({ $0.contains(0) }) {
            throw RelGraphError.badInput("\(source): binary data, not a lexicon file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RelGraphError.badInput("\(source): not valid UTF-8")
        }
        return try LexiconTable.parse(text, source: source)
    }
}
