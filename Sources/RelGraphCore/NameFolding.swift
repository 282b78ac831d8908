import Foundation

/// Folding of names for matching: case, accents, apostrophes, dashes and spacing removed.
///
/// "Kim Jong-un", "kim jong un" and "KIM JONG‑UN" fold to the same key; so do "Corée" and "coree".
public enum NameFolding {
    /// The folded key of `text`: lowercase, no diacritics, hyphens/apostrophes/dots as spaces,
    /// runs of spaces collapsed, trimmed.
    public static func fold(_ text: String) -> String {
        // ASCII folds to lowercase alone: no need for Foundation's Unicode folding (and its start-up).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var folder = NameFolder()
            return folder.fold(text)
        }
        let stripped = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                    locale: nil)
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in stripped.unicodeScalars {
            if isSeparator(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            // ß folds to ss so "Weiße" matches "Weisse".
            if scalar == "ß" {
                result.append("s")
                result.append("s")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The characters folding turns into a single space: whitespace, hyphens and dashes,
    /// apostrophes, dots, underscores, commas.
    package static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "-", "'", ".", "_", ",",
             "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}",
             "\u{2018}", "\u{2019}", "\u{02BC}", "`", "\u{00B4}":
            return true
        default:
            return false
        }
    }

    /// A URL- and id-safe slug: folded, spaces as hyphens, only `[a-z0-9-]`.
    public static func slug(_ text: String) -> String { slug(folded: fold(text)) }

    /// The slug of an already folded key: `[a-z0-9]` runs joined by single hyphens.
    package static func slug(folded: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Levenshtein distance over folded names, for "did you mean" suggestions.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
