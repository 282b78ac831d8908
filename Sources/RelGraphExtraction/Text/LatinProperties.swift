/// The Unicode properties the tokenizer and the gazetteer ask of every scalar, read from a table
/// for ASCII and the Latin letters up to U+017F (the accented letters of French, Spanish and
/// German, ``LatinFolding/range``) rather than looked up in Unicode's tables scalar by scalar.
/// The table is made once from those same properties, so each answer is the property's own.
enum LatinProperties {
    /// The scalars the table covers.
    static let range: ClosedRange<UInt32> = 0 ... LatinFolding.range.upperBound

    struct Flags: OptionSet {
        let rawValue: UInt8
        static let alphabetic = Flags(rawValue: 1 << 0)
        static let uppercase = Flags(rawValue: 1 << 1)
        static let whitespace = Flags(rawValue: 1 << 2)
        /// Alphabetic, a non-spacing mark or a decimal digit: what words are made of (``Tokenizer``).
        static let wordScalar = Flags(rawValue: 1 << 3)
    }

    private static let table: [Flags] = range.map { value in
        let properties = Unicode.Scalar(value)!.properties
        var flags: Flags = []
        if properties.isAlphabetic { flags.insert(.alphabetic) }
        if properties.isUppercase { flags.insert(.uppercase) }
        if properties.isWhitespace { flags.insert(.whitespace) }
        if properties.isAlphabetic || properties.generalCategory == .nonspacingMark || properties.generalCategory == .decimalNumber {
            flags.insert(.wordScalar)
        }
        return flags
    }

    /// The flags of `scalar` when it lies in ``range``; nil for any other.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> Flags? {
        guard scalar.value <= range.upperBound else { return nil }
        return table[Int(scalar.value)]
    }

    @inline(__always)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        of(scalar)?.contains(.alphabetic) ?? scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        of(scalar)?.contains(.uppercase) ?? scalar.properties.isUppercase
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        of(scalar)?.contains(.whitespace) ?? scalar.properties.isWhitespace
    }
}
