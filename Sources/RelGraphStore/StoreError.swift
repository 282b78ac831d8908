/// Why a corpus database cannot be opened, read or written, in the store's terms. Each case
/// names the file and prints as one line (the command line adds what to run about it).
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case isFolder(String)
    /// Opening read-only a path where no database exists.
    case missing(String)
    case notSQLite(String)
    /// An SQLite file without relgraph's application id.
    case notACorpus(String)
    /// Migrations this relgraph does not know: written by a newer one.
    case newerSchema(String)
    /// Migrations missing; opening it read-write applies them.
    case outdatedSchema(String)
    case cannotOpen(String)
    case readOnly(String)
    case diskFull(String)
    case damaged(String)
    /// Another process holds the write lock past the wait.
    case busy(String)
    /// Any other SQLite failure, with SQLite's message.
    case database(String, message: String)
    /// An attributes column that is not a JSON object of strings (its first characters).
    case damagedAttributes(String, column: String)

    public var path: String {
        switch self {
        case .isFolder(let path), .missing(let path), .notSQLite(let path), .notACorpus(let path), .newerSchema(let path),
             .outdatedSchema(let path), .cannotOpen(let path), .readOnly(let path), .diskFull(let path),
             .damaged(let path), .busy(let path), .database(let path, _), .damagedAttributes(let path, _):
            return path
        }
    }

    public var description: String {
        let problem: String
        switch self {
        case .isFolder: problem = "is a folder, expected a corpus database"
        case .missing: problem = "no such corpus database"
        case .notSQLite: problem = "not an SQLite database"
        case .notACorpus: problem = "an SQLite database, but not a relgraph corpus"
        case .newerSchema: problem = "written by a newer relgraph (unknown schema migrations); upgrade relgraph"
        case .outdatedSchema: problem = "corpus schema is out of date"
        case .cannotOpen: problem = "cannot open (missing folder or permission denied?)"
        case .readOnly: problem = "the database is read-only"
        case .diskFull: problem = "the disk is full"
        case .damaged: problem = "the database file is damaged"
        case .busy: problem = "the database is busy (another relgraph is writing it)"
        case .database(_, let message): problem = "database error (\(message))"
        case .damagedAttributes(_, let column):
            problem = "damaged attributes column \(column.debugDescription) (expected a JSON object of strings)"
        }
        return "\(path): \(problem)"
    }
}
