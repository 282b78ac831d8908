extension Substring {
    /// The text without leading and trailing spaces and tabs, trimmed on UTF-8 bytes
    /// (Foundation's `trimmingCharacters` is slow on Linux).
    var trimmedSpaces: String {
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return String(self[start..<end])
    }
}

extension String {
    var trimmedSpaces: String { self[...].trimmedSpaces }
}
