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
        // `stat` follows a link to the file it names: its type and size are what matter. (Not
        // FileManager's attribute dictionary, whose owner and group names cost a one-sentence
        // `extract` a quarter of a millisecond.)
        var status = stat()
        guard stat(path, &status) == 0 else {
            var link = stat()
            if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK { throw .brokenLink(path) }
            throw .missing(path)
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path) }
        // FIFOs and devices would block or never end: only regular files are documents.
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(path) }
        if Int(status.st_size) > maximumBytes {
            throw .tooLarge(path, bytes: Int(status.st_size), limit: maximumBytes)
        }
        guard manager.isReadableFile(atPath: path), let data = manager.contents(atPath: path) else {
            throw .unreadable(path, reason: "permission denied?")
        }
        return data
    }
}
