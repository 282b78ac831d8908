/// A document a graph was read from, and when it was published.
public struct DocumentRecord: Codable, Hashable, Sendable, Comparable {
    /// The document's name, as evidence cites it (path as given, or `-` for stdin).
    public var name: String
    /// Publication date, ISO 8601 at its precision; nil when unknown (no `--date`, nothing found
    /// in the document).
    public var date: String?

    public init(name: String, date: String? = nil) {
        self.name = name
        self.date = date
    }

    public static func < (lhs: DocumentRecord, rhs: DocumentRecord) -> Bool {
        (lhs.name, lhs.date ?? "") < (rhs.name, rhs.date ?? "")
    }
}
