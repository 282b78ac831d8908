/// The first eight bytes of a string as one big-endian number, for binary searches over sorted
/// strings: comparing two numbers is cheaper than comparing two `String`s, and most steps of a
/// search are decided by a key's first bytes.
///
/// Only a string of ASCII bytes 1–127 has a prefix: `String`'s `<` then orders by bytes, so two
/// prefixes that differ order their strings as they do (a string that ends within eight bytes is
/// padded with zeros, below every byte, as a string is below the longer ones it starts). A
/// string with another byte (which canonical equivalence may reorder) or two equal prefixes
/// leave the comparison to the strings: the result is always `String`'s `<`.
enum ASCIIPrefix {
    /// Stands for a string without a prefix.
    static let none = UInt64.max

    /// The prefix of `string`, or ``none``.
    static func of(_ string: String) -> UInt64 {
        if let prefix = string.utf8.withContiguousStorageIfAvailable({ of($0) }) { return prefix }
        return of(Array(string.utf8))
    }

    private static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0, count = 0
        for byte in bytes {
            guard byte >= 1, byte < 0x80 else { return none }
            if count < 8 { prefix |= UInt64(byte) << UInt64(56 - 8 * count) }
            count += 1
        }
        return prefix
    }

    /// `string < key` for `string` with prefix `prefix` and `key` with prefix `keyPrefix`:
    /// from the prefixes where they tell, else from `string()` itself.
    @inline(__always)
    static func isBelow(_ prefix: UInt64, _ string: () -> String, _ keyPrefix: UInt64, _ key: String) -> Bool {
        if prefix != keyPrefix, prefix != none, keyPrefix != none { return prefix < keyPrefix }
        return string() < key
    }
}
