/// Why a file cannot be read as an article. Each case names the file (`path`, or `-` for
/// standard input) and prints as one line.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at the path (a dangling symbolic link is reported as ``brokenLink(_:)``).
    case missing(String)
    case brokenLink(String)
    /// A folder where a file was expected.
    case isDirectory(String)
    /// A FIFO, device or socket: reading it could block or never end.
    case notRegularFile(String)
    /// The file exists but cannot be opened or read; `reason` is the system's.
    case unreadable(String, reason: String)
    case tooLarge(String, bytes: Int, limit: Int)
    case empty(String)
    /// Only spaces, tabs and line breaks.
    case onlyWhitespace(String)
    /// A NUL byte at `offset` (from the start of the file), or too many control characters
    /// (`offset` nil).
    case binary(String, offset: Int?)
    /// UTF-16 (a UTF-16 byte-order mark).
    case utf16(String)
    /// Not UTF-8: the first byte that breaks it is at `offset` (after any byte-order mark).
    case invalidUTF8(String, offset: Int)
    /// HTML or Markdown whose text is all markup.
    case noTextAfterMarkup(String)
    /// A path named as a corpus (file or folder) does not exist.
    case noSuchFileOrFolder(String)
    /// A corpus folder that cannot be listed.
    case unlistableFolder(String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let path), .brokenLink(let path), .isDirectory(let path), .notRegularFile(let path),
             .unreadable(let path, _), .tooLarge(let path, _, _), .empty(let path), .onlyWhitespace(let path),
             .binary(let path, _), .utf16(let path), .invalidUTF8(let path, _), .noTextAfterMarkup(let path),
             .noSuchFileOrFolder(let path), .unlistableFolder(let path):
            return path
        }
    }

    public var description: String {
        let problem: String
        switch self {
        case .missing: problem = "no such file"
        case .brokenLink: problem = "broken symbolic link"
        case .isDirectory: problem = "is a directory, expected a file"
        case .notRegularFile: problem = "not a regular file"
        case .unreadable(_, let reason): problem = "cannot be read (\(reason))"
        case .tooLarge(_, let bytes, let limit): problem = "too large (\(bytes) bytes; the limit is \(limit))"
        case .empty: problem = "empty file"
        case .onlyWhitespace: problem = "empty file (only white space)"
        case .binary(_, let offset?): problem = "binary file (NUL byte at offset \(offset)), expected text"
        case .binary(_, nil): problem = "binary file (control characters), expected text"
        case .utf16: problem = "UTF-16 text is not supported, expected UTF-8"
        case .invalidUTF8(_, let offset): problem = "not valid UTF-8 text (offset \(offset))"
        case .noTextAfterMarkup: problem = "no text left after removing the markup"
        case .noSuchFileOrFolder: problem = "no such file or folder"
        case .unlistableFolder: problem = "cannot list the folder"
        }
        return "\(path): \(problem)"
    }
}
