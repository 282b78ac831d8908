import Foundation
import RelGraphCore

extension Lexicon {
    /// User files larger than this are refused rather than read into memory.
    static let maximumFileBytes = 64 << 20

    /// The bundled data (the `Data` resource folder, every `*.tsv` in name order), then the user's
    /// extra files in the order given; later files extend and override earlier ones.
    ///
    /// Throws ``RelGraphError/badInput(_:)`` with `file:line` for an unreadable or malformed file.
    public static func load(extraFiles: [String] = []) throws -> Lexicon {
        var tables = try bundledTables()
        for path in extraFiles {
            tables.append(try readTable(at: URL(fileURLWithPath: path), source: path))
        }
        return try Lexicon(tables: tables)
    }

    /// Builds a lexicon from parsed tables, in order (later tables extend and override earlier ones).
    public init(tables: [LexiconTable]) throws {
        var builder = LexiconBuilder()
        try builder.add(tables)
        self = try builder.build()
    }

    /// The tables shipped with relgraph.
    public static func bundledTables() throws -> [LexiconTable] {
        guard let folder = Bundle.module.url(forResource: "Data", withExtension: nil) else {
            throw RelGraphError.badInput("lexicon: the bundled Data folder is missing from the installation")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".tsv") }
            .sorted()
        return try names.map { try readTable(at: folder.appendingPathComponent($0), source: "Data/\($0)") }
    }

    /// Reads one lexicon file; every failure is a one-line ``RelGraphError``.
    public static func readTable(at url: URL, source: String) throws -> LexiconTable {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw RelGraphError.badInput("\(source): no such lexicon file")
        }
        if isDirectory.boolValue { throw RelGraphError.badInput("\(source): is a directory, expected a lexicon file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
           size > maximumFileBytes {
            throw RelGraphError.badInput("\(source): lexicon file too large (\(size) bytes, limit \(maximumFileBytes))")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RelGraphError.badInput("\(source): cannot be read")
        }
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
