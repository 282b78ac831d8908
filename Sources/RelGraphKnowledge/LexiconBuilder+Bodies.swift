import RelGraphCore

/// Organizations, agreements, locations and generic actors.
extension LexiconBuilder {
    /// `organizations` / `agreements`: `id  label  category  parent  en  fr  es  de  acronyms`.
    /// `id` is the slug after the type prefix; acronyms are case-sensitive names in any language.
    mutating func addBodies(_ table: LexiconTable, type: ActorType) throws {
        try Self.require(["id", "en"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let slug = table.value("id", in: row)
            guard !slug.isEmpty, slug == folder.slug(slug) else {
                throw RelGraphError.badInput("\(location): id '\(slug)' must be a slug like 'un-security-council'")
            }
            let id = "\(type.rawValue):\(slug)"
            var attributes: [String: String] = [:]
            for key in ["category", "parent"] where !table.value(key, in: row).isEmpty {
                attributes[key] = table.value(key, in: row)
            }
            if let parent = attributes["parent"] {
                attributes["parent"] = try Self.actorID(parent, at: location)
                pendingReferences.append((attributes["parent"]!, location))
            }
            let label = table.value("label", in: row).isEmpty
                ? Self.forms(table.value("en", in: row)).first ?? "" : table.value("label", in: row)
            try define(id, type: type, label: label, attributes: attributes, at: location)
            for language in ["en", "fr", "es", "de"] {
                for form in Self.forms(table.value(language, in: row)) {
                    addForm(form, actor: id, kind: .name, language: language)
                }
            }
            for acronym in Self.forms(table.value("acronyms", in: row)) {
                // All-capital acronyms ("UN", "AP") are also words in lowercase: match them exactly.
                let exact = acronym.contains { $0.isUppercase } && !acronym.contains { $0.isLowercase }
                addForm(acronym, actor: id, kind: .acronym, language: nil, caseSensitive: exact)
            }
        }
    }

    /// `locations`: `label  kind  in  en  fr  es  de` — places that are not states, with the country
    /// or location that contains them (`in`: `RU`, `country:RU` or `location:crimea`; `-` for none).
    mutating func addLocations(_ table: LexiconTable) throws {
        try Self.require(["label", "in"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let label = table.value("label", in: row)
            let id = "location:" + folder.slug(label)
            var attributes: [String: String] = [:]
            let containerCell = table.value("in", in: row)
            if containerCell != "-" {  // '-': continents and world regions have no container
                let container = try Self.actorID(containerCell, at: location)
                pendingReferences.append((container, location))
                attributes["in"] = container
            }
            if !table.value("kind", in: row).isEmpty { attributes["kind"] = table.value("kind", in: row) }
            try define(id, type: .location, label: label, attributes: attributes, at: location)
            addForm(label, actor: id, kind: .name, language: "en")
            for language in ["en", "fr", "es", "de"] {
                for form in Self.forms(table.value(language, in: row)) {
                    addForm(form, actor: id, kind: .name, language: language)
                }
            }
        }
    }

    /// `actors`: `id  label  attributes` — any actor, attributes as `key=value;key=value`.
    mutating func addActors(_ table: LexiconTable) throws {
        try Self.require(["id", "label"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let id = try Self.actorID(table.value("id", in: row), at: location)
            // `actorID` checked that the text before the first colon is a type.
            guard let type = ActorType(rawValue: String(id.prefix { $0 != ":" })) else {
                throw RelGraphError.badInput("\(location): '\(id)' is not an actor id (type:name, e.g. country:RU)")
            }
            var attributes: [String: String] = [:]
            for pair in table.value("attributes", in: row).split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(\.trimmedSpaces)
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw RelGraphError.badInput("\(location): attribute '\(pair)' is not key=value")
                }
                attributes[parts[0]] = parts[1]
            }
            let label = table.value("label", in: row)
            try define(id, type: type, label: label, attributes: attributes, at: location)
            if !label.isEmpty { addForm(label, actor: id, kind: .name, language: nil) }
        }
    }
}
