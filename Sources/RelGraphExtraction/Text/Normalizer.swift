/// Normalises web text for matching without moving any character.
///
/// Every scalar maps to exactly one scalar, so offsets computed on the normalised text are offsets
/// in the original document (evidence offsets count Unicode scalars: README, "Design contract"). Curly and angle quotes become `"`,
/// typographic apostrophes `'`, exotic spaces a plain space, exotic dashes `-`. Canonical
/// equivalence (NFC vs. decomposed accents) is handled later, when tokens are folded.
public enum Normalizer {
    public static func normalize(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { out.append(normalize(scalar)) }
        return out
    }

    @inline(__always)
    public static func normalize(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 { return scalar }
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x2033: return "\""
        case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x3000: return " "
        case 0x2010, 0x2011, 0x2012, 0x2212: return "-"
        case 0x2013, 0x2014, 0x2015: return "\u{2013}" // dashes stay distinct from hyphens: they separate clauses
        case 0x2028, 0x2029, 0x0085: return "\n"
        case 0x200B, 0x200C, 0x200D, 0xFEFF: return " " // zero-width characters act as a space
        default: return scalar
        }
    }
}
