import RelGraphCore

/// Turns tables into a ``Lexicon``: actor-defining tables first, then the tables that add forms
/// to those actors, so a user file may name an actor defined anywhere.
struct LexiconBuilder {
    /// Tables that define actors, in the order they are applied.
    static let actorTables = ["countries", "organizations", "agreements", "locations", "capitals", "persons", "actors"]
    /// Tables that add forms, titles or ties to known actors.
    static let formTables = ["names", "demonyms", "titles", "family", "ambiguous"]

    var lexicon = Lexicon()
    var folder = NameFolder()
    /// Actor references to check once everything is loaded: (id, where it was written).
    var pendingReferences: [(id: String, location: String)] = []
    /// Every form indexed so far, to drop repeats in constant time.
    var indexedForms = Set<FormIdentity>()

    /// What makes two surface entries the same: the form itself counts only when matched case-sensitively.
    struct FormIdentity: Hashable {
        let key: String
        let actorID: String
        let kind: SurfaceKind
        let language: String?
        let caseSensitive: Bool
        let form: String?
    }

    mutating func add(_ tables: [LexiconTable]) throws {
        for table in tables { lexicon.builtTables[table.name, default: []].append(table) }
        for name in Self.actorTables + Self.formTables {
            for table in tables where table.name == name { try apply(table) }
        }
    }

    private mutating func apply(_ table: LexiconTable) throws {
        switch table.name {
        case "countries": try addCountries(table)
        case "organizations": try addBodies(table, type: .organization)
        case "agreements": try addBodies(table, type: .agreement)
        case "locations": try addLocations(table)
        case "capitals": try addCapitals(table)
        case "persons": try addPersons(table)
        case "actors": try addActors(table)
        case "names": try addNames(table)
        case "demonyms": try addDemonyms(table)
        case "titles": try addTitles(table)
        case "family": try addFamily(table)
        case "ambiguous": try addAmbiguous(table)
        default: break  // kept raw for other stages (e.g. `triggers`)
        }
    }

    // MARK: Shared steps

    /// Creates the actor, or merges into an existing one: a non-empty label replaces, attributes merge.
    mutating func define(_ id: String, type: ActorType, label: String, attributes: [String: String] = [:],
                         at location: String) throws {
        if var existing = lexicon.actors[id] {
            guard existing.type == type else {
                throw RelGraphError.badInput("\(location): \(id) is already a \(existing.type.rawValue)")
            }
            if !label.isEmpty { existing.label = label }
            existing.attributes.merge(attributes) { _, new in new }
            lexicon.actors[id] = existing
        } else {
            guard !label.isEmpty else { throw RelGraphError.badInput("\(location): \(id) has no label") }
            lexicon.actors[id] = ActorRecord(id: id, type: type, label: label, attributes: attributes)
        }
    }

    /// Indexes one surface form under its folded key. Spellings that fold alike ("Kim Jong Un",
    /// "Kim Jong-un") are one entry unless the match is case-sensitive.
    mutating func addForm(_ form: String, actor: String, kind: SurfaceKind, language: String?,
                          caseSensitive: Bool = false) {
        let key = folder.fold(form)
        guard !key.isEmpty else { return }
        let entry = SurfaceEntry(actorID: actor, kind: kind, language: language,
                                 caseSensitive: caseSensitive, form: form)
        // A set, not a scan of the key's list: 50,000 persons sharing a surname made loading quadratic.
        let identity = FormIdentity(key: key, actorID: actor, kind: kind, language: language,
                                    caseSensitive: caseSensitive, form: caseSensitive ? form : nil)
        guard indexedForms.insert(identity).inserted else {
            if Self.startsLowercase(form) { keepLowercaseSpelling(form, of: identity) }
            return
        }
        lexicon.surfaceIndex[key, default: []].append(entry)  // in place: no copy of the list
    }

    /// A form the data also lists in lower case ("Forces de soutien rapide|forces de soutien
    /// rapide") matches in lower case too: the indexed entry takes the lowercase spelling, since
    /// only a form written with a capital asks the text for one.
    private mutating func keepLowercaseSpelling(_ form: String, of identity: FormIdentity) {
        guard let index = lexicon.surfaceIndex[identity.key]?.firstIndex(where: { entry in
            entry.actorID == identity.actorID && entry.kind == identity.kind && entry.language == identity.language
                && entry.caseSensitive == identity.caseSensitive && !Self.startsLowercase(entry.form)
        }) else { return }
        lexicon.surfaceIndex[identity.key]![index].form = form
    }

    private static func startsLowercase(_ form: String) -> Bool {
        form.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Splits a `|`-separated cell into trimmed, non-empty forms.
    static func forms(_ cell: String) -> [String] {
        cell.utf8.split(separator: UInt8(ascii: "|")).map { Substring($0).trimmedSpaces }.filter { !$0.isEmpty }
    }

    static let languages: Set<String> = ["fr", "en", "es", "de"]

    /// `*` or empty means any language; otherwise one of the four.
    static func language(_ cell: String, at location: String) throws -> String? {
        if cell.isEmpty || cell == "*" { return nil }
        guard languages.contains(cell) else {
            throw RelGraphError.badInput("\(location): unknown language '\(cell)' (use fr, en, es, de or *)")
        }
        return cell
    }

    /// Checks that the table has the columns this loader reads.
    static func require(_ columns: [String], in table: LexiconTable) throws {
        let missing = columns.filter { !table.columns.contains($0) }
        guard missing.isEmpty else {
            throw RelGraphError.badInput("\(table.source): table '\(table.name)' lacks column(s) \(missing.joined(separator: ", "))")
        }
    }

    /// An actor id as written in data; a bare two-letter code means a country.
    static func actorID(_ cell: String, at location: String) throws -> String {
        if cell.count == 2, cell.allSatisfy({ $0.isASCII && $0.isUppercase }) { return "country:" + cell }
        // Empty parts kept: ":organization:x" has no type before its first colon (found by fuzzing).
        let parts = cell.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, ActorType(rawValue: String(parts[0])) != nil, !parts[1].isEmpty else {
            throw RelGraphError.badInput("\(location): '\(cell)' is not an actor id (type:name, e.g. country:RU)")
        }
        return cell
    }

    // MARK: Finishing

    mutating func build() throws -> Lexicon {
        for reference in pendingReferences where lexicon.actors[reference.id] == nil {
            throw RelGraphError.badInput("\(reference.location): unknown actor \(reference.id)")
        }
        summarizePositions()
        // Collect changes first: mutating a dictionary while iterating it copies all of it.
        var marked: [(key: String, entries: [SurfaceEntry])] = []
        for (key, list) in lexicon.surfaceIndex {
            guard list.count > 1 || lexicon.ambiguousForms[key] != nil else { continue }
            let declared = lexicon.ambiguousForms[key] != nil || lexicon.ambiguousGroups.contains { group in
                Set(list.lazy.map(\.actorID).filter(group.contains)).count >= 2
            }
            // A surname shared by several persons ("Kim") is ambiguous by construction.
            let sharedSurname = Set(list.lazy.filter { $0.kind == .surname }.map(\.actorID)).count > 1
            guard declared || sharedSurname else { continue }
            marked.append((key, list.map {
                var entry = $0
                if declared || entry.kind == .surname { entry.ambiguous = true }
                return entry
            }))
        }
        for (key, entries) in marked { lexicon.surfaceIndex[key] = entries }
        lexicon.maxFormTokens = lexicon.surfaceIndex.keys.map(Self.tokenCount).max() ?? 0
        lexicon.maxTitleTokens = lexicon.titleIndex.keys.map(Self.tokenCount).max() ?? 0
        lexicon.surfaceFirstWords = WordSet(Set(lexicon.surfaceIndex.keys.map(Lexicon.firstWord)))
        lexicon.titleFirstWords = WordSet(Set(lexicon.titleIndex.keys.map(Lexicon.firstWord)))
        return lexicon
    }

    static func tokenCount(_ key: String) -> Int {
        key.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
    }
}
