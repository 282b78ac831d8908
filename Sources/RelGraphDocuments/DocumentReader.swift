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
        let checked = try checkedText(bytes, path: path, format: format ?? CorpusFiles.format(of: path))
        return SourceDocument(path: path, sha256: ContentHash.sha256Hex(bytes), byteCount: bytes.count, format: checked.format,
                              text: checked.text, date: checked.date)
    }

    /// The text and date of the file at `path`, read and checked exactly as ``read(_:)`` reads
    /// them, without hashing the bytes: for a reader that keeps no record of the file
    /// (`relgraph extract`, where the SHA-256 was a hundredth of the work).
    public static func readText(_ path: String) throws(DocumentError) -> (text: String, date: DocumentDate?) {
        let checked = try checkedText(try readBytes(path), path: path, format: CorpusFiles.format(of: path))
        return (checked.text, checked.date)
    }

    /// The checks, decoding, markup stripping and date finding both readers share.
    private static func checkedText(_ bytes: Data, path: String, format: DocumentFormat)
        throws(DocumentError) -> (text: String, format: DocumentFormat, date: DocumentDate?) {
        if bytes.count > maximumBytes { throw .tooLarge(path, bytes: bytes.count, limit: maximumBytes) }
        let text = try TextDecoding.decode(bytes, path: path)
        let plain = MarkupStripper.plainText(text, format: format)
        if plain.allSatisfy(\.isWhitespace) { throw .noTextAfterMarkup(path) }
        let date = DocumentDateFinder.find(markup: format == .html ? text : nil, plainText: plain)
        return (plain, format, date)
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
