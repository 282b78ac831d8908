import Foundation
import RelGraphCore

/// One lexicon data file, parsed: a named table of tab-separated rows.
///
/// File format (documented for users in `Data/README.md`):
/// ```
/// #relgraph-lexicon 1 countries
/// # comment lines start with '#'; blank lines are ignored
/// iso	lang	kind	forms
/// RU	fr	name	Russie|Fédération de Russie
/// ```
/// The first line names the format version and the table; the first non-comment line names the
/// columns; every later line is a row with at most that many tab-separated fields.
public struct LexiconTable: Sendable {
    /// The table kind from the header line, e.g. `countries`, `persons`, `triggers`.
    public let name: String
    public let columns: [String]
    public let rows: [[String]]
    /// The 1-based line number of each row in its file, for `file:line` error messages.
    public let lineNumbers: [Int]
    /// Where the table came from, for error messages.
    public let source: String

    /// The value of `column` in `row`, or "" when the row is short or the column unknown.
    public func value(_ column: String, in row: [String]) -> String {
        guard let index = columns.firstIndex(of: column), index < row.count else { return "" }
        return row[index]
    }

    /// `source:line` of the row at `index`, for error messages.
    public func location(ofRow index: Int) -> String {
        index < lineNumbers.count ? "\(source):\(lineNumbers[index])" : source
    }

    /// Parses one data file's text. Works on UTF-8 bytes: splitting a `String` by `Character`
    /// costs grapheme breaking, which dominated load time.
    public static func parse(_ text: String, source: String) throws -> LexiconTable {
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#")
        var lines = text.utf8.split(separator: newline, omittingEmptySubsequences: false).makeIterator()
        guard let firstBytes = lines.next() else {
            throw RelGraphError.badInput("\(source): not a relgraph lexicon (first line must be '#relgraph-lexicon 1 TABLE')")
        }
        // Windows line endings: the header's table name must not end in "\r" (the rows already drop it).
        let firstLine = firstBytes.last == UInt8(ascii: "\r") ? firstBytes.dropLast() : firstBytes
        let first = Substring(firstLine).trimmedSpaces
        guard first.hasPrefix("#relgraph-lexicon ") else {
            throw RelGraphError.badInput("\(source): not a relgraph lexicon (first line must be '#relgraph-lexicon 1 TABLE')")
        }
        let header = first.split(separator: " ")
        guard header.count == 3, header[1] == "1" else {
            throw RelGraphError.badInput("\(source): unsupported lexicon header '\(first)'")
        }
        // A table name outside a-z and '-' can match no table: refuse it rather than load nothing.
        guard header[2].utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "-") }) else {
            throw RelGraphError.badInput("\(source): table name '\(header[2])' in the first line is not a lexicon table name (a-z and -)")
        }
        var columns: [String] = []
        var rows: [[String]] = []
        var lineNumbers: [Int] = []
        var lineNumber = 1
        while let raw = lines.next() {
            lineNumber += 1
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw[...]
            if line.isEmpty || line.first == hash { continue }
            let fields = line.split(separator: tab, omittingEmptySubsequences: false).map {
                Substring($0).trimmedSpaces
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            if columns.isEmpty {
                columns = fields
                continue
            }
            guard fields.count <= columns.count else {
                throw RelGraphError.badInput("\(source):\(lineNumber): \(fields.count) fields, table has \(columns.count) columns")
            }
            rows.append(fields)
            lineNumbers.append(lineNumber)
        }
        return LexiconTable(name: String(header[2]), columns: columns, rows: rows, lineNumbers: lineNumbers, source: source)
    }
}
