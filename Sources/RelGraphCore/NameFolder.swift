import Foundation

/// ``NameFolding/fold(_:)`` with the same output, computed scalar by scalar: ASCII directly, other
/// scalars through Foundation once each and then from a cache.
///
/// Loading folds tens of thousands of forms; Foundation's whole-string `folding(options:locale:)`
/// costs microseconds per call on Linux and dominated the load time. Folding is context-free per
/// precomposed scalar (case folding, diacritic removal, width), so concatenating per-scalar folds
/// gives the same key; text with combining marks takes the slow path. `NameFolderTests` (Knowledge)
/// checks the equality against `NameFolding.fold` on every bundled form and on tricky strings.
public struct NameFolder {
    /// Non-ASCII scalar → the scalars Foundation folds it to.
    private var cache: [UInt32: [Unicode.Scalar]] = [:]
    /// Reused output buffer (UTF-8), to avoid an allocation per form.
    private var buffer: [UInt8] = []

    /// A folder with an empty cache. Keep one for a batch of names: the cache is what makes it fast.
    public init() {}

    /// ``NameFolding/fold(_:)`` of `text`.
    public mutating func fold(_ text: String) -> String {
        buffer.removeAll(keepingCapacity: true)
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
            if NameFolding.isSeparator(scalar) {
                pendingSpace = !buffer.isEmpty
                return
            }
            if pendingSpace {
                buffer.append(0x20)
                pendingSpace = false
            }
            if scalar == "ß" {
                buffer.append(0x73)
                buffer.append(0x73)
            } else {
                UTF8.encode(scalar) { buffer.append($0) }
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                append(value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : scalar, to: &buffer)
                continue
            }
            // A combining mark interacts with the scalar before it: fold the whole text the slow way.
            if scalar.properties.canonicalCombiningClass != .notReordered { return NameFolding.fold(text) }
            let folded: [Unicode.Scalar]
            if let cached = cache[scalar.value] {
                folded = cached
            } else {
                let string = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                folded = Array(string.unicodeScalars)
                cache[scalar.value] = folded
            }
            for piece in folded { append(piece, to: &buffer) }
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// ``NameFolding/slug(_:)`` of `text`.
    public mutating func slug(_ text: String) -> String { NameFolding.slug(folded: fold(text)) }
}
