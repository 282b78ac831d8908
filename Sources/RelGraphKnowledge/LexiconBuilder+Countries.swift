import RelGraphCore

/// Countries, their capitals and their demonyms.
extension LexiconBuilder {
    /// `countries`: `iso  label  fr  en  es  de` — one row per ISO 3166-1 code, CLDR names per language.
    mutating func addCountries(_ table: LexiconTable) throws {
        try Self.require(["iso", "fr", "en", "es", "de"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let iso = table.value("iso", in: row)
            guard iso.count == 2, iso.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw RelGraphError.badInput("\(location): '\(iso)' is not a two-letter ISO code")
            }
            let id = "country:" + iso
            let label = table.value("label", in: row).isEmpty
                ? Self.forms(table.value("en", in: row)).first ?? "" : table.value("label", in: row)
            try define(id, type: .country, label: label, attributes: ["iso": iso], at: location)
            for language in ["fr", "en", "es", "de"] {
                for form in Self.forms(table.value(language, in: row)) {
                    addForm(form, actor: id, kind: .name, language: language)
                }
            }
        }
    }

    /// `capitals`: `iso  en  fr  es  de` — the capital's name per language (empty: as in English;
    /// `-` in `en`: the territory has none). Each capital is a `location` in its country, and its
    /// names also stand for the state (kind `capital`).
    mutating func addCapitals(_ table: LexiconTable) throws {
        try Self.require(["iso", "en"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let country = try Self.actorID(table.value("iso", in: row), at: location)
            guard lexicon.actors[country] != nil else {
                throw RelGraphError.badInput("\(location): unknown country \(country)")
            }
            let english = Self.forms(table.value("en", in: row))
            if english == ["-"] {
                lexicon.actors[country]?.attributes["capital"] = "-"
                continue
            }
            guard let label = english.first else {
                throw RelGraphError.badInput("\(location): capital without an English name")
            }
            let city = "location:" + folder.slug(label)
            try define(city, type: .location, label: label, attributes: ["in": country, "kind": "capital"], at: location)
            lexicon.actors[country]?.attributes["capital"] = city
            for language in ["en", "fr", "es", "de"] {
                let cell = table.value(language, in: row)
                for form in cell.isEmpty ? english : Self.forms(cell) {
                    addForm(form, actor: country, kind: .capital, language: language)
                    addForm(form, actor: city, kind: .name, language: language)
                }
            }
        }
    }

    /// `demonyms`: `iso  fr  en  en_noun  es  de  de_noun` — masculine-singular bases, `|`-separated,
    /// expanded by ``DemonymInflection``; a base starting with `=` is taken literally; `-` means none.
    /// French and Spanish nouns are their adjectives; an empty `en_noun` means the English adjective.
    mutating func addDemonyms(_ table: LexiconTable) throws {
        try Self.require(["iso", "fr", "en", "es", "de"], in: table)
        let columns: [(column: String, language: String, part: DemonymInflection.Part)] = [
            ("fr", "fr", .adjective), ("en", "en", .adjective), ("en_noun", "en", .noun),
            ("es", "es", .adjective), ("de", "de", .adjective), ("de_noun", "de", .noun),
        ]
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let country = try Self.actorID(table.value("iso", in: row), at: location)
            guard lexicon.actors[country] != nil else {
                throw RelGraphError.badInput("\(location): unknown country \(country)")
            }
            for (column, language, part) in columns {
                var cell = table.value(column, in: row)
                if column == "en_noun", cell.isEmpty { cell = table.value("en", in: row) }
                for base in Self.forms(cell) where base != "-" {
                    for form in DemonymInflection.forms(of: base, language: language, part: part) {
                        // English capitalizes nationality words, and "Pole", "US" or "Dane" lowercase are other words.
                        addForm(form, actor: country, kind: .demonym, language: language, caseSensitive: language == "en")
                    }
                }
            }
        }
    }
}
