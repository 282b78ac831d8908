import RelGraphCore

/// Surface forms, titles and ambiguity declarations for actors defined elsewhere.
extension LexiconBuilder {
    /// `names`: `actor  lang  kind  forms  flags` — extra forms of any actor. `flags`, comma-separated:
    /// `case` (match the exact spelling), `label` (the first form becomes the actor's English label).
    mutating func addNames(_ table: LexiconTable) throws {
        try Self.require(["actor", "kind", "forms"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let actor = try Self.actorID(table.value("actor", in: row), at: location)
            guard lexicon.actors[actor] != nil else {
                throw RelGraphError.badInput("\(location): unknown actor \(actor)")
            }
            let language = try Self.language(table.value("lang", in: row), at: location)
            guard let kind = SurfaceKind(rawValue: table.value("kind", in: row)) else {
                let known = SurfaceKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw RelGraphError.badInput("\(location): unknown kind '\(table.value("kind", in: row))' (known: \(known))")
            }
            let flags = Set(table.value("flags", in: row).split(separator: ",").map(\.trimmedSpaces))
            for flag in flags where !["case", "label"].contains(flag) {
                throw RelGraphError.badInput("\(location): unknown flag '\(flag)' (known: case, label)")
            }
            let forms = Self.forms(table.value("forms", in: row))
            if flags.contains("label"), let first = forms.first { lexicon.actors[actor]!.label = first }
            for form in forms {
                addForm(form, actor: actor, kind: kind, language: language, caseSensitive: flags.contains("case"))
            }
        }
    }

    /// `titles`: `lang  role  relation  scope  forms` — title words and the relation they imply
    /// (`leader_of`, `member_of`) with what they are of (`country`, `organization`, or empty: either).
    mutating func addTitles(_ table: LexiconTable) throws {
        try Self.require(["lang", "role", "relation", "forms"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            guard let language = try Self.language(table.value("lang", in: row), at: location) else {
                throw RelGraphError.badInput("\(location): a title needs a language")
            }
            let role = table.value("role", in: row)
            guard !role.isEmpty else { throw RelGraphError.badInput("\(location): title without a role") }
            guard let relation = RelationType(rawValue: table.value("relation", in: row)) else {
                throw RelGraphError.badInput("\(location): unknown relation '\(table.value("relation", in: row))'")
            }
            let scopeCell = table.value("scope", in: row)
            let scope = ActorType(rawValue: scopeCell)
            guard scopeCell.isEmpty || scope != nil else {
                throw RelGraphError.badInput("\(location): unknown scope '\(scopeCell)' (an actor type or empty)")
            }
            for form in Self.forms(table.value("forms", in: row)) {
                let key = folder.fold(form)
                let entry = TitleEntry(language: language, role: role, relation: relation, scope: scope, form: form)
                if !lexicon.titleIndex[key, default: []].contains(entry) {
                    lexicon.titleIndex[key, default: []].append(entry)
                }
            }
        }
    }

    /// `ambiguous`: `form  actors  note` — a form that can mean several actors; every entry under its
    /// folded key is marked ambiguous. `actors` lists the candidates (each must exist). A `*` form
    /// declares a group: every form two or more of the listed actors share (CD and CG share
    /// "Congo", "congolais", "Kongolese"…) is ambiguous.
    mutating func addAmbiguous(_ table: LexiconTable) throws {
        try Self.require(["form"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let candidates = try Self.forms(table.value("actors", in: row)).map { try Self.actorID($0, at: location) }
            for candidate in candidates { pendingReferences.append((candidate, location)) }
            let form = table.value("form", in: row)
            if form == "*" {
                guard candidates.count >= 2 else {
                    throw RelGraphError.badInput("\(location): a '*' ambiguity group needs two or more actors")
                }
                lexicon.ambiguousGroups.append(Set(candidates))
                continue
            }
            let key = NameFolding.fold(form)
            guard !key.isEmpty else { throw RelGraphError.badInput("\(location): empty ambiguous form") }
            lexicon.ambiguousForms[key] = table.value("note", in: row)
        }
    }
}
