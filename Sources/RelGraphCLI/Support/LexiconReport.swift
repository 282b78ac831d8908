import Foundation
import RelGraphCore
import RelGraphFormats
import RelGraphKnowledge

/// The text `relgraph lexicon stats` and `lookup` print.
enum LexiconReport {
    static func stats(_ lexicon: RelGraphKnowledge.Lexicon) -> String {
        let coverage = lexicon.coverage()
        var out = "actors: \(coverage.actorsByType.values.reduce(0, +))"
        out += " (" + ActorType.allCases.map { "\($0.rawValue) \(coverage.actorsByType[$0] ?? 0)" }.joined(separator: ", ") + ")\n"
        out += "surface forms: \(coverage.surfaceKeys) distinct folded keys, longest \(lexicon.maxFormTokens) tokens\n"
        out += "  by kind: " + SurfaceKind.allCases.map { "\($0.rawValue) \(coverage.entriesByKind[$0] ?? 0)" }.joined(separator: ", ") + "\n"
        out += "  by language: " + (LexiconCoverage.languages + ["*"]).map { "\($0) \(coverage.entriesByLanguage[$0] ?? 0)" }.joined(separator: ", ") + "\n"
        out += "titles: " + LexiconCoverage.languages.map { "\($0) \(coverage.titlesByLanguage[$0] ?? 0)" }.joined(separator: ", ") + "\n"
        out += "persons: \(coverage.actorsByType[.person] ?? 0), current positions \(coverage.currentPositions); family links \(coverage.familyLinks)\n"
        out += "ambiguity: \(coverage.declaredAmbiguousForms) declared forms, \(lexicon.ambiguousGroups.count) groups, "
        out += "\(coverage.ambiguousEntries) ambiguous entries; unmarked collisions \(coverage.unmarkedCollisions)\n"
        let countries = coverage.actorsByType[.country] ?? 0
        out += "countries (\(countries)) covered per language:\n"
        for language in LexiconCoverage.languages {
            let names = countries - (coverage.countriesWithoutName[language]?.count ?? 0)
            let demonyms = countries - (coverage.countriesWithoutDemonym[language]?.count ?? 0)
            let withCapital = countries - coverage.countriesWithNoCapital.count
            let capitals = withCapital - (coverage.countriesWithoutCapital[language]?.count ?? 0)
            out += "  \(language): names \(names)/\(countries), demonyms \(demonyms)/\(countries), capitals \(capitals)/\(withCapital)"
            let missing = (coverage.countriesWithoutDemonym[language] ?? []).map { $0.replacingOccurrences(of: "country:", with: "") }
            if !missing.isEmpty { out += " (no demonym: \(missing.joined(separator: " ")))" }
            out += "\n"
        }
        out += "tables:\n"
        for name in lexicon.tableNames {
            let tables = lexicon.tables(named: name)
            let rows = tables.reduce(0) { $0 + $1.rows.count }
            out += "  \(name): \(rows) rows in " + tables.map(\.source).joined(separator: ", ") + "\n"
        }
        return out
    }

    /// ``stats(_:)`` as one JSON object (counts only; keys in a fixed order): `actors`,
    /// `surfaceForms`, `titles`, `persons`, `ambiguity`, `countries` (per language), `tables`,
    /// and `loadMilliseconds`.
    static func statsJSON(_ lexicon: RelGraphKnowledge.Lexicon, loadMilliseconds: Double) -> String {
        let coverage = lexicon.coverage()
        func object(_ members: [(String, String)]) -> String {
            "{" + members.map { GraphJSON.quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
        }
        func strings(_ values: [String]) -> String { "[" + values.map(GraphJSON.quote).joined(separator: ",") + "]" }
        let countries = coverage.actorsByType[.country] ?? 0
        let withCapital = countries - coverage.countriesWithNoCapital.count
        let languages = LexiconCoverage.languages.map { language in
            (language, object([
                ("names", "\(countries - (coverage.countriesWithoutName[language]?.count ?? 0))"),
                ("demonyms", "\(countries - (coverage.countriesWithoutDemonym[language]?.count ?? 0))"),
                ("capitals", "\(withCapital - (coverage.countriesWithoutCapital[language]?.count ?? 0))"),
                ("withoutDemonym", strings((coverage.countriesWithoutDemonym[language] ?? []).sorted())),
            ]))
        }
        let tables = lexicon.tableNames.map { name in
            let tables = lexicon.tables(named: name)
            return object([("name", GraphJSON.quote(name)), ("rows", "\(tables.reduce(0) { $0 + $1.rows.count })"),
                           ("sources", strings(tables.map(\.source)))])
        }
        return object([
            ("actors", object([("total", "\(coverage.actorsByType.values.reduce(0, +))"),
                               ("byType", object(ActorType.allCases.map { ($0.rawValue, "\(coverage.actorsByType[$0] ?? 0)") }))])),
            ("surfaceForms", object([
                ("foldedKeys", "\(coverage.surfaceKeys)"), ("longestTokens", "\(lexicon.maxFormTokens)"),
                ("byKind", object(SurfaceKind.allCases.map { ($0.rawValue, "\(coverage.entriesByKind[$0] ?? 0)") })),
                ("byLanguage", object((LexiconCoverage.languages + ["*"]).map { ($0, "\(coverage.entriesByLanguage[$0] ?? 0)") })),
            ])),
            ("titles", object(LexiconCoverage.languages.map { ($0, "\(coverage.titlesByLanguage[$0] ?? 0)") })),
            ("persons", object([("total", "\(coverage.actorsByType[.person] ?? 0)"), ("currentPositions", "\(coverage.currentPositions)"),
                                ("familyLinks", "\(coverage.familyLinks)")])),
            ("ambiguity", object([("declaredForms", "\(coverage.declaredAmbiguousForms)"), ("groups", "\(lexicon.ambiguousGroups.count)"),
                                  ("ambiguousEntries", "\(coverage.ambiguousEntries)"),
                                  ("unmarkedCollisions", "\(coverage.unmarkedCollisions)")])),
            ("countries", object([("total", "\(countries)"), ("withCapital", "\(withCapital)"), ("byLanguage", object(languages))])),
            ("tables", "[" + tables.joined(separator: ",") + "]"),
            ("loadMilliseconds", String(format: "%.1f", loadMilliseconds)),
        ]) + "\n"
    }

    /// ``lookup(_:in:)`` as JSON: `{"name","folded","entries":[{"actor","label","type","kind",
    /// "language","ambiguous","form"}],"titles":[{"role","language","relation"}]}`.
    static func lookupJSON(_ name: String, in lexicon: RelGraphKnowledge.Lexicon) -> String? {
        var key = NameFolding.fold(name)
        if lexicon.entries(forFolded: key).isEmpty, lexicon.titles(forFolded: key).isEmpty,
           let space = key.firstIndex(of: " "), articles.contains(String(key[..<space])) {
            key = String(key[key.index(after: space)...])
        }
        let entries = lexicon.entries(forFolded: key), titles = lexicon.titles(forFolded: key)
        if entries.isEmpty && titles.isEmpty { return nil }
        let entryItems = entries.map { entry in
            let record = lexicon.actors[entry.actorID]
            return "{\"actor\":\(GraphJSON.quote(entry.actorID)),\"label\":\(record.map { GraphJSON.quote($0.label) } ?? "null"),"
                + "\"type\":\(record.map { GraphJSON.quote($0.type.rawValue) } ?? "null"),\"kind\":\(GraphJSON.quote(entry.kind.rawValue)),"
                + "\"language\":\(entry.language.map(GraphJSON.quote) ?? "null"),\"ambiguous\":\(entry.ambiguous),"
                + "\"form\":\(GraphJSON.quote(entry.form))}"
        }
        let titleItems = titles.map { title in
            "{\"role\":\(GraphJSON.quote(title.role)),\"language\":\(GraphJSON.quote(title.language)),"
                + "\"relation\":\(GraphJSON.quote(title.relation.rawValue))}"
        }
        return "{\"name\":\(GraphJSON.quote(name)),\"folded\":\(GraphJSON.quote(key)),"
            + "\"entries\":[\(entryItems.joined(separator: ","))],\"titles\":[\(titleItems.joined(separator: ","))]}\n"
    }

    /// What `name` resolves to, or nil when nothing does.
    static func lookup(_ name: String, in lexicon: RelGraphKnowledge.Lexicon) -> String? {
        var key = NameFolding.fold(name)
        // Forms are stored without articles ("Kremlin"); accept "le Kremlin", "the White House".
        if lexicon.entries(forFolded: key).isEmpty, lexicon.titles(forFolded: key).isEmpty,
           let space = key.firstIndex(of: " "), articles.contains(String(key[..<space])) {
            key = String(key[key.index(after: space)...])
        }
        let entries = lexicon.entries(forFolded: key)
        let titles = lexicon.titles(forFolded: key)
        if entries.isEmpty && titles.isEmpty { return nil }
        var out = "'\(name)' (folded '\(key)'):\n"
        for entry in entries {
            let record = lexicon.actors[entry.actorID]
            var flags: [String] = []
            if entry.ambiguous { flags.append("ambiguous") }
            if entry.caseSensitive { flags.append("case-sensitive: '\(entry.form)'") }
            out += "  \(entry.actorID)  \(record?.label ?? "?")  [\(entry.kind.rawValue), \(entry.language ?? "any language")"
            out += flags.isEmpty ? "]\n" : "; " + flags.joined(separator: "; ") + "]\n"
            if let record { out += details(of: record, in: lexicon) }
        }
        for title in titles {
            out += "  title: \(title.role) (\(title.language)) implies \(title.relation.rawValue)"
            out += title.scope.map { " of a \($0.rawValue)\n" } ?? "\n"
        }
        return out
    }

    /// Leading articles of the four languages, folded ("l'" folds to "l").
    private static let articles: Set<String> = [
        "le", "la", "les", "l", "the", "el", "los", "las", "der", "die", "das", "den", "dem", "des",
    ]

    private static func details(of record: ActorRecord, in lexicon: RelGraphKnowledge.Lexicon) -> String {
        var out = ""
        let shown = record.attributes.filter { !["role", "of", "start", "end"].contains($0.key) }
        if !shown.isEmpty {
            out += "      " + shown.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + "\n"
        }
        for position in record.positions.reversed() {
            let of = lexicon.actors[position.of]?.label ?? position.of
            out += "      \(position.role) of \(of), \(position.start)–\(position.end ?? "")\n"
        }
        for link in lexicon.familyLinks(of: record.id) {
            let other = link.person == record.id ? link.relative : link.person
            let relation = link.person == record.id ? "\(link.kind.rawValue) of" : "has \(link.kind.rawValue)"
            out += "      \(relation) \(lexicon.actors[other]?.label ?? other)\n"
        }
        return out
    }

    /// Up to five known forms close to `name` (edit distance ≤ 2 on folded keys).
    static func suggestions(for name: String, in lexicon: RelGraphKnowledge.Lexicon) -> [String] {
        let key = NameFolding.fold(name)
        guard !key.isEmpty, key.count <= 60 else { return [] }
        var scored: [(Int, String)] = []
        for candidate in lexicon.surfaceKeys where abs(candidate.count - key.count) <= 2 {
            let distance = NameFolding.editDistance(key, candidate)
            if distance <= 2 { scored.append((distance, lexicon.entries(forFolded: candidate).first?.form ?? candidate)) }
        }
        return Array(Set(scored.sorted { $0 < $1 }.prefix(5).map(\.1))).sorted()
    }
}
