/// Expands a demonym's base form (masculine singular, as written in `demonyms.tsv`) into every
/// inflected form of its language: "nord-coréen" → nord-coréen, nord-coréenne, nord-coréens,
/// nord-coréennes; "nordkoreanisch" → nordkoreanische, -en, -er, -es, -em.
///
/// This is grammar, not knowledge: the rules cover the regular patterns of each language, and the
/// data lists irregular forms literally with a leading `=` ("turc|=turque|=turques").
public enum DemonymInflection {
    /// Which column the base came from: German inflects adjectives and nouns differently.
    public enum Part: Sendable { case adjective, noun }

    /// Every form of `base` in `language` (`fr`, `en`, `es`, `de`); unknown languages get `base` alone.
    public static func forms(of base: String, language: String, part: Part) -> [String] {
        if base.hasPrefix("=") { return [String(base.dropFirst())] }
        switch language {
        case "fr": return french(base)
        case "en": return part == .noun ? englishNoun(base) : [base]
        case "es": return spanish(base)
        case "de": return part == .noun ? germanNoun(base) : germanAdjective(base)
        default: return [base]
        }
    }

    /// russe·s; coréen·ne·s; français·e·s; américain·e·s.
    static func french(_ base: String) -> [String] {
        if base.endsWith("e") { return [base, base + "s"] }
        if base.endsWith("s") || base.endsWith("x") { return [base, base + "e", base + "es"] }
        if base.endsWith("en") || base.endsWith("on") {
            return [base, base + "ne", base + "s", base + "nes"]
        }
        return [base, base + "e", base + "s", base + "es"]
    }

    /// Russian·s; Chinese and Swiss do not change; Frenchman → Frenchmen.
    static func englishNoun(_ base: String) -> [String] {
        if base.endsWith("ese") || base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") {
            return [base]
        }
        if base.endsWith("man") { return [base, String(base.dropLast(3)) + "men"] }
        return [base, base + "s"]
    }

    /// ruso/a/os/as; francés/esa/eses/esas; alemán/ana/anes/anas; español/a/es/as; iraquí·es.
    static func spanish(_ base: String) -> [String] {
        let stem2 = String(base.dropLast(2))
        if base.endsWith("o") {
            let stem = String(base.dropLast())
            return [base, stem + "a", stem + "os", stem + "as"]
        }
        for (accented, plain) in [("és", "es"), ("án", "an"), ("ín", "in"), ("ón", "on")] where base.endsWith(accented) {
            return [base, stem2 + plain + "a", stem2 + plain + "es", stem2 + plain + "as"]
        }
        if base.endsWith("e") || base.endsWith("a") { return [base, base + "s"] }
        if base.endsWith("í") || base.endsWith("ú") { return [base, base + "es", base + "s"] }
        if base.endsWith("l") || base.endsWith("z") || base.endsWith("r") {
            return [base, base + "a", base + "es", base + "as"]
        }
        return [base, base + "es"]
    }

    /// russisch, russische, russischen, russischer, russisches, russischem.
    static func germanAdjective(_ base: String) -> [String] {
        [base] + ["e", "en", "er", "es", "em"].map { base + $0 }
    }

    /// Nordkoreaner·n·in·innen; Russe·n, Russin·nen; Pole·n, Polin·nen; Israeli·s.
    static func germanNoun(_ base: String) -> [String] {
        if base.endsWith("er") { return [base, base + "n", base + "in", base + "innen"] }
        if base.endsWith("e") {
            let stem = String(base.dropLast())
            return [base, base + "n", stem + "in", stem + "innen"]
        }
        if base.endsWith("i") { return [base, base + "s", base + "n"] }
        return [base, base + "en", base + "in", base + "innen"]
    }
}

private extension String {
    /// `hasSuffix` on UTF-8 bytes (no grapheme breaking; the suffixes are whole letters).
    func endsWith(_ suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && utf8.reversed().starts(with: suffix.utf8.reversed())
    }
}
