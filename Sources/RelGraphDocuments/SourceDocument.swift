import RelGraphTime

/// One article read from disk (or standard input), checked and turned into plain text.
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
    /// The publication date the document states (HTML metadata, a dateline), nil when it states
    /// none (``DocumentDateFinder``). Never the file's modification time.
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

/// How a document's bytes are turned into the text that extraction reads.
public enum DocumentFormat: String, Sendable, Codable {
    case text, markdown, html
}
