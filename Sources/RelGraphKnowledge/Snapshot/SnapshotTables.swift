import Foundation

/// A snapshot's raw tables, kept as their bytes and decoded by header name on first use: most
/// processes read one or two names (`extract`: `triggers` and `given-names`) and never the rest.
///
/// The bytes were walked and checked when the snapshot was read
/// (``LexiconSnapshot/skipRawTables(in:)``), so decoding them cannot fail.
final class SnapshotTables: @unchecked Sendable {
    /// The raw tables' bytes, where the snapshot lies (`memory` keeps them alive).
    private let section: UnsafeRawBufferPointer
    private let memory: SnapshotMemory
    /// Where each header name's tables lie in `section`.
    private let ranges: [String: Range<Int>]
    private let strings: [String]
    private let lock = NSLock()
    private var decoded: [String: [LexiconTable]] = [:]

    init(section: UnsafeRawBufferPointer, memory: SnapshotMemory, ranges: [String: Range<Int>], strings: [String]) {
        self.section = section
        self.memory = memory
        self.ranges = ranges
        self.strings = strings
    }

    var names: [String] { ranges.keys.sorted() }

    func tables(named name: String) -> [LexiconTable] {
        guard let range = ranges[name] else { return [] }
        lock.lock()
        defer { lock.unlock() }
        if let tables = decoded[name] { return tables }
        var reader = SnapshotReader(UnsafeRawBufferPointer(rebasing: section[range]))
        reader.strings = strings
        // Checked when the snapshot was read: a failure here is a bug, not bad data.
        let tables = try! LexiconSnapshot.decodeTables(from: &reader)
        decoded[name] = tables
        return tables
    }

    /// Every name's tables.
    var all: [String: [LexiconTable]] {
        Dictionary(uniqueKeysWithValues: ranges.keys.map { ($0, tables(named: $0)) })
    }
}
