import Foundation

/// A snapshot's raw tables, kept as their bytes and decoded on first use: most processes read
/// one or two tables (`extract`: the trigger and given-name tables) and never the rest.
///
/// The bytes were walked and checked when the snapshot was read
/// (``LexiconSnapshot/skipRawTables(in:)``), so decoding them cannot fail.
final class SnapshotTables: @unchecked Sendable {
    private let section: [UInt8]
    private let strings: [String]
    private let lock = NSLock()
    private var decoded: [String: [LexiconTable]]?

    init(section: [UInt8], strings: [String]) {
        self.section = section
        self.strings = strings
    }

    var tables: [String: [LexiconTable]] {
        lock.lock()
        defer { lock.unlock() }
        if let decoded { return decoded }
        let tables = section.withUnsafeBytes { bytes in
            var reader = SnapshotReader(bytes)
            reader.strings = strings
            // Checked when the snapshot was read: a failure here is a bug, not bad data.
            return try! LexiconSnapshot.decodeRawTables(from: &reader)
        }
        decoded = tables
        return tables
    }
}
