import RelGraphCore

/// Persons, their positions and their family ties.
extension LexiconBuilder {
    /// `persons`: `name  role  of  start  end  variants  surnames` — one row per position held;
    /// a person with several positions has several rows with the same name. `variants` are other
    /// spellings of the full name (transliterations, other languages); `surnames` the forms used
    /// alone to refer back (empty: the name's last word; `-`: none).
    mutating func addPersons(_ table: LexiconTable) throws {
        try Self.require(["name", "role", "of", "start"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            let name = table.value("name", in: row)
            let id = "person:" + folder.slug(name)
            guard id != "person:" else { throw RelGraphError.badInput("\(location): person without a name") }
            let role = table.value("role", in: row)
            guard !role.isEmpty else { throw RelGraphError.badInput("\(location): \(name) has no role") }
            let of = try Self.actorID(table.value("of", in: row), at: location)
            pendingReferences.append((of, location))
            let start = table.value("start", in: row)
            let end = table.value("end", in: row)
            guard Self.isDate(start) else {
                throw RelGraphError.badInput("\(location): \(name) start '\(start)' is not YYYY, YYYY-MM or YYYY-MM-DD")
            }
            guard end.isEmpty || Self.isDate(end) else {
                throw RelGraphError.badInput("\(location): \(name) end '\(end)' is not YYYY, YYYY-MM or YYYY-MM-DD")
            }
            try define(id, type: .person, label: name, at: location)
            let position = Position(role: role, of: of, start: start, end: end.isEmpty ? nil : end)
            if !lexicon.actors[id]!.positions.contains(position) {
                lexicon.actors[id]!.positions.append(position)  // sorted and summarized in build()
            }

            addForm(name, actor: id, kind: .name, language: nil)
            for variant in Self.forms(table.value("variants", in: row)) {
                addForm(variant, actor: id, kind: .name, language: nil)
            }
            let surnameCell = table.value("surnames", in: row)
            let surnames = surnameCell.isEmpty ? [String(name.split(separator: " ").last ?? "")] : Self.forms(surnameCell)
            for surname in surnames where surname != "-" {
                addForm(surname, actor: id, kind: .surname, language: nil)
            }
        }
    }

    /// Sets `role`, `of`, `start`, `end` from every person's main position, then sorts the
    /// positions by start.
    mutating func summarizePositions() {
        let ids = lexicon.actors.values.filter { !$0.positions.isEmpty }.map(\.id)
        for id in ids {
            var record = lexicon.actors.removeValue(forKey: id)!  // no copy-on-write of the record
            record.attributes["end"] = nil
            record.attributes.merge(Self.summary(of: record.positions)) { _, new in new }
            record.positions.sort { $0.start < $1.start }
            lexicon.actors[id] = record
        }
    }

    /// The attributes describing a person's main position, from `positions` in the order the
    /// tables list them: the current one that started last, else the one that started last. Of
    /// positions that started together (a president who is also co-prince of Andorra, a king of
    /// several realms) the one listed first, which the `persons` table gives as the main one.
    static func summary(of positions: [Position]) -> [String: String] {
        let current = positions.filter(\.isCurrent)
        let candidates = current.isEmpty ? positions : current
        guard let main = candidates.reduce(nil, { (best: Position?, position) in
            best.map { position.start > $0.start ? position : $0 } ?? position
        }) else { return [:] }
        var attributes = ["role": main.role, "of": main.of, "start": main.start]
        if let end = main.end { attributes["end"] = end }
        return attributes
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        guard parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    }

    /// `family`: `person  kind  relative` — `person` is the `kind` (parent, child, sibling, spouse)
    /// of `relative`; persons by id (`person:kim-jong-il`) or by name.
    mutating func addFamily(_ table: LexiconTable) throws {
        try Self.require(["person", "kind", "relative"], in: table)
        for (index, row) in table.rows.enumerated() {
            let location = table.location(ofRow: index)
            guard let kind = FamilyLink.Kind(rawValue: table.value("kind", in: row)) else {
                let known = FamilyLink.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw RelGraphError.badInput("\(location): unknown family kind '\(table.value("kind", in: row))' (known: \(known))")
            }
            let ids = ["person", "relative"].map { column -> String in
                let cell = table.value(column, in: row)
                return cell.hasPrefix("person:") ? cell : "person:" + folder.slug(cell)
            }
            for id in ids where lexicon.actors[id]?.type != .person {
                throw RelGraphError.badInput("\(location): unknown person \(id)")
            }
            let link = FamilyLink(person: ids[0], kind: kind, relative: ids[1])
            lexicon.addFamilyLink(link)
        }
    }
}
