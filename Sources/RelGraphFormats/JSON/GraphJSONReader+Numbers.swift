import RelGraphCore

/// Fast paths for the numbers a graph holds (confidences like `0.55`, offsets like `4467`), which
/// `strtod` and `Int(Substring)` would otherwise parse at a cost comparable to the rest of a relation.
extension GraphJSONReader {
    /// Powers of ten a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0 ... 22).map { exponent in
        (0 ..< exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// The value of a number of the form `-?digits(.digits)?` with at most 15 significant digits,
    /// nil for anything else (exponents, longer mantissas), which takes the general path.
    ///
    /// Exact: the digits form an integer below 2^53 and the divisor a power of ten below 10^23,
    /// both exact doubles, and IEEE division rounds correctly, so this is the correctly rounded
    /// value `Double(String)` (strtod) returns (Clinger's fast path).
    static func shortDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var offset = range.lowerBound
        let negative = bytes[offset] == UInt8(ascii: "-")
        if negative { offset += 1 }
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, inFraction = false
        while offset < range.upperBound {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if inFraction { fractionDigits += 1 }
                if digits > 15 { return nil }
            } else {
                return nil
            }
            offset += 1
        }
        let value = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -value : value
    }

    /// The value of a number of the form `-?digits` with at most 18 digits, nil for anything else.
    static func shortInteger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var offset = range.lowerBound
        let negative = bytes[offset] == UInt8(ascii: "-")
        if negative { offset += 1 }
        guard range.upperBound - offset <= 18 else { return nil }
        var value = 0
        while offset < range.upperBound {
            let byte = bytes[offset]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            offset += 1
        }
        return negative ? -value : value
    }
}
