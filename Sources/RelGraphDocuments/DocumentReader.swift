import Foundation
import RelGraphTime

/// Reads articles the one way both `relgraph extract` and `relgraph ingest` read them: the same
/// size limit, the same checks, the same markup stripping, so one file gives one text (and the
/// same evidence offsets) whichever verb reads it.
public enum DocumentReader {
    /// Larger files are refused: no news article is this long, and one stray dump must not
    /// exhaust memory while the rest of the corpus waits.
    public static let maximumBytes = 16 * 1024 * 1024

    /// Reads and checks the file at `path`; its markup (from the extension, see
    /// ``CorpusFiles/format(of:)``) is stripped. Throws a ``DocumentError`` naming the file.
    public static func read(_ path: String) throws(DocumentError) -> SourceDocument {
        try read(try readBytes(path), path: path)
    }

    /// Checks bytes already read (standard input, say) as the contents of `path`. `format`
    /// defaults to the one `path`'s extension gives.
    public static func read(_ bytes: Data, path: String, format: DocumentFormat? = nil) throws(DocumentError) -> SourceDocument {
        if bytes.count > maximumBytes { throw .tooLarge(path, bytes: bytes.count, limit: maximumBytes) }
        let text = try TextDecoding.decode(bytes, path: path)
        let format = format ?? CorpusFiles.format(of: path)
        let plain = MarkupStripper.plainText(text, format: format)
        if plain.allSatisfy(\.isWhitespace) { throw .noTextAfterMarkup(path) }
        let date = DocumentDateFinder.find(markup: format == .html ? text : nil, plainText: plain)
        return SourceDocument(path: path, sha256: ContentHash.sha256Hex(bytes), byteCount: bytes.count, format: format,
                              text: plain, date: date)
    }

    /// Reads at most `maximumBytes + 1` bytes of standard input (one more shows it is too large).
    public static func readStandardInput() throws(DocumentError) -> SourceDocument {
        var data = Data()
        while data.count <= maximumBytes {
            let chunk = FileHandle.standardInput.readData(ofLength: maximumBytes + 1 - data.count)
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        return try read(data, path: "-", format: .text)
    }

    private static func readBytes(_ path: String) throws(DocumentError) -> Data {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil { throw .brokenLink(path) }
            throw .missing(path)
        }
        if isDirectory.boolValue { throw .isDirectory(path) }
        let attributes: [FileAttributeKey: Any]
        do {
            // Follow a link to the file it names: its type and size are what matter.
            attributes = try manager.attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath)
        } catch {
            throw .unreadable(path, reason: (error as NSError).localizedDescription)
        }
        // FIFOs and devices would block or never end: only regular files are documents.
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else { throw .notRegularFile(path) }
        if let size = attributes[.size] as? NSNumber, size.intValue > maximumBytes {
            throw .tooLarge(path, bytes: size.intValue, limit: maximumBytes)
        }
        guard manager.isReadableFile(atPath: path), let data = manager.contents(atPath: path) else {
            throw .unreadable(path, reason: "permission denied?")
        }
        return data
    }
}
