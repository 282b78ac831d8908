import Foundation
import RelGraphCore
import RelGraphTime

/// One corpus document read from disk, checked and turned into plain text.
public struct SourceDocument: Sendable {
    /// The path as given on the command line (or found under a given folder): the evidence's
    /// `document` field.
    public var path: String
    /// SHA-256 of the file's bytes.
    public var sha256: String
    public var byteCount: Int
    public var format: DocumentFormat
    /// The text extraction reads: markup stripped, evidence offsets count in it.
    public var text: String
    /// The publication date the document states (HTML metadata, a dateline), nil when it states none.
    public var date: DocumentDate?

    public init(path: String, sha256: String, byteCount: Int, format: DocumentFormat, text: String, date: DocumentDate? = nil) {
        self.path = path
        self.sha256 = sha256
        self.byteCount = byteCount
        self.format = format
        self.text = text
        self.date = date
    }
}

/// Reads corpus files and refuses, with one line each, the ones that cannot be articles.
public enum DocumentReader {
    /// Larger files are refused: no news article is this long, and one stray dump must not
    /// exhaust memory while the rest of the corpus waits.
    public static let maximumBytes = 16 * 1024 * 1024

    /// Reads and checks `path`. Throws ``RelGraphError/badInput(_:)`` naming the file for an
    /// unreadable, oversized, empty, binary or non-UTF-8 file.
    public static func read(_ path: String) throws -> SourceDocument {
        let bytes = try readBytes(path)
        let sha256 = ContentHash.sha256Hex(bytes)
        let text = try decode(bytes, path: path)
        let format = CorpusFiles.format(of: path)
        let plain = MarkupStripper.plainText(text, format: format)
        if plain.allSatisfy(\.isWhitespace) {
            throw RelGraphError.badInput("\(path): no text left after removing the markup")
        }
        let date = DocumentDateFinder.find(markup: format == .html ? text : nil, plainText: plain)
        return SourceDocument(path: path, sha256: sha256, byteCount: bytes.count, format: format, text: plain, date: date)
    }

    private static func readBytes(_ path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RelGraphError.badInput("\(path): broken symbolic link or missing file")
        }
        let attributes: [FileAttributeKey: Any]
        do {
            // Follow a link to the file it names: its type and size are what matter.
            attributes = try FileManager.default.attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath)
        } catch {
            throw RelGraphError.badInput("\(path): cannot be read (\((error as NSError).localizedDescription))")
        }
        // FIFOs and devices would block or never end: only regular files are documents.
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            throw RelGraphError.badInput("\(path): not a regular file")
        }
        if let size = attributes[.size] as? NSNumber, size.intValue > maximumBytes {
            throw RelGraphError.badInput("\(path): too large (\(size.intValue) bytes; the limit is \(maximumBytes))")
        }
        guard FileManager.default.isReadableFile(atPath: path),
              let data = FileManager.default.contents(atPath: path)
        else {
            throw RelGraphError.badInput("\(path): cannot be read (permission denied?)")
        }
        if data.count > maximumBytes {
            throw RelGraphError.badInput("\(path): too large (\(data.count) bytes; the limit is \(maximumBytes))")
        }
        return data
    }

    /// Validates UTF-8 (dropping a byte-order mark) and refuses binary content.
    static func decode(_ bytes: Data, path: String) throws -> String {
        if bytes.isEmpty { throw RelGraphError.badInput("\(path): empty file") }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let zero = body.firstIndex(of: 0) {
            throw RelGraphError.badInput("\(path): binary file (NUL byte at offset \(zero - bytes.startIndex)), expected text")
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw RelGraphError.badInput("\(path): not valid UTF-8 text (offset \(firstInvalidOffset(body)))")
        }
        if text.allSatisfy(\.isWhitespace) { throw RelGraphError.badInput("\(path): empty file (only white space)") }
        return text
    }

    /// Where UTF-8 decoding first fails, for an error message a person can act on.
    private static func firstInvalidOffset(_ bytes: Data.SubSequence) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar)
            case .emptyInput, .error: return consumed
            }
        }
    }
}
