import RelGraphCore

/// The lexicon's fields in snapshot order; ``decodeFields(from:)`` reads them back in the same order.
/// Keys are written sorted, so the same data always gives the same file.
extension LexiconSnapshot {
    static func encodeFields(_ lexicon: Lexicon, into out: inout SnapshotWriter) {
        out.append(count: lexicon.actors.count)
        for record in lexicon.actors.values.sorted(by: { $0.id < $1.id }) {
            out.append(record.id)
            out.append(record.type.rawValue)
            out.append(record.label)
            out.append(count: record.attributes.count)
            for (key, value) in record.attributes.sorted(by: { $0.key < $1.key }) {
                out.append(key)
                out.append(value)
            }
            out.append(count: record.positions.count)
            for position in record.positions {
                out.append(position.role)
                out.append(position.of)
                out.append(position.start)
                out.append(optional: position.end)
            }
        }
        out.append(count: lexicon.familyLinks.count)
        for link in lexicon.familyLinks {
            out.append(link.person)
            out.append(link.kind.rawValue)
            out.append(link.relative)
        }
        out.append(count: lexicon.maxFormTokens)
        out.append(count: lexicon.maxTitleTokens)
        out.append(count: lexicon.ambiguousForms.count)
        for (form, note) in lexicon.ambiguousForms.sorted(by: { $0.key < $1.key }) {
            out.append(form)
            out.append(note)
        }
        out.append(count: lexicon.ambiguousGroups.count)
        for group in lexicon.ambiguousGroups {
            out.append(count: group.count)
            for actor in group.sorted() { out.append(actor) }
        }
        SnapshotSurfaceIndex.encode(lexicon.allSurfaces, into: &out)
        out.append(count: lexicon.titleIndex.count)
        for (key, entries) in lexicon.titleIndex.sorted(by: { $0.key < $1.key }) {
            out.append(key)
            out.append(count: entries.count)
            for entry in entries {
                out.append(entry.language)
                out.append(entry.role)
                out.append(entry.relation.rawValue)
                out.append(optional: entry.scope?.rawValue)
                out.append(entry.form)
            }
        }
        for words in [lexicon.surfaceFirstWords, lexicon.titleFirstWords] {
            out.append(count: words.count)
            for word in words.sorted { out.append(word) }
        }
        out.append(count: lexicon.rawTables.count)
        for (name, tables) in lexicon.rawTables.sorted(by: { $0.key < $1.key }) {
            out.append(name)
            out.append(count: tables.count)
            for table in tables {
                out.append(table.name)
                out.append(table.source)
                out.append(count: table.columns.count)
                for column in table.columns { out.append(column) }
                out.append(count: table.rows.count)
                for (row, line) in zip(table.rows, table.lineNumbers) {
                    out.append(count: line)
                    out.append(count: row.count)
                    for field in row { out.append(field) }
                }
            }
        }
    }

    static func decodeFields(from input: inout SnapshotReader) throws -> Lexicon {
        var lexicon = Lexicon()
        let actorCount = try input.count(minimumBytes: 20)
        lexicon.actors.reserveCapacity(actorCount)
        // Five types for 1,800 actors: each type string read once (a generic `init(rawValue:)`
        // per actor was 0.8 million instructions).
        var types: [(index: Int, type: ActorType)] = []
        for _ in 0..<actorCount {
            let id = try input.string()
            let typeIndex = try input.stringIndex()
            let type: ActorType
            if let known = types.first(where: { $0.index == typeIndex }) {
                type = known.type
            } else {
                guard let read = ActorType(rawValue: try input.string(at: typeIndex)) else { throw SnapshotReader.Damaged() }
                type = read
                types.append((typeIndex, type))
            }
            let label = try input.string()
            let attributeCount = try input.count(minimumBytes: 8)
            // Created at its size (`reserveCapacity` on an empty dictionary took the generic,
            // unspecialised path: 2.3 million instructions for the 1,800 actors).
            var attributes = [String: String](minimumCapacity: attributeCount)
            for _ in 0..<attributeCount {
                let key = try input.string()
                attributes[key] = try input.string()
            }
            var positions: [Position] = []
            let positionCount = try input.count(minimumBytes: 16)
            positions.reserveCapacity(positionCount)
            for _ in 0..<positionCount {
                positions.append(Position(role: try input.string(), of: try input.string(), start: try input.string(),
                                          end: try input.optionalString()))
            }
            lexicon.actors[id] = ActorRecord(id: id, type: type, label: label, attributes: attributes, positions: positions)
        }
        for _ in 0..<(try input.count(minimumBytes: 12)) {
            lexicon.addFamilyLink(FamilyLink(person: try input.string(), kind: try input.value(FamilyLink.Kind.self),
                                                  relative: try input.string()))
        }
        lexicon.maxFormTokens = Int(try input.read(UInt32.self))
        lexicon.maxTitleTokens = Int(try input.read(UInt32.self))
        for _ in 0..<(try input.count(minimumBytes: 8)) {
            let form = try input.string()
            lexicon.ambiguousForms[form] = try input.string()
        }
        for _ in 0..<(try input.count(minimumBytes: 4)) {
            var group = Set<String>()
            for _ in 0..<(try input.count(minimumBytes: 4)) { group.insert(try input.string()) }
            lexicon.ambiguousGroups.append(group)
        }
        lexicon.snapshotSurfaces = try SnapshotSurfaceIndex.read(from: &input)
        let titleCount = try input.count(minimumBytes: 8)
        lexicon.titleIndex.reserveCapacity(titleCount)
        for _ in 0..<titleCount {
            let key = try input.string()
            var entries: [TitleEntry] = []
            for _ in 0..<(try input.count(minimumBytes: 20)) {
                let language = try input.string(), role = try input.string(), relation = try input.value(RelationType.self)
                let scope = try input.optionalString()
                guard scope == nil || ActorType(rawValue: scope!) != nil else { throw SnapshotReader.Damaged() }
                entries.append(TitleEntry(language: language, role: role, relation: relation,
                                          scope: scope.flatMap(ActorType.init(rawValue:)), form: try input.string()))
            }
            lexicon.titleIndex[key] = entries
        }
        lexicon.surfaceFirstWords = try decodeWordSet(from: &input)
        lexicon.titleFirstWords = try decodeWordSet(from: &input)
        let start = input.offset
        let ranges = try skipRawTables(in: &input).mapValues { ($0.lowerBound - start)..<($0.upperBound - start) }
        let (section, memory) = input.bytesInPlace(start..<input.offset)
        lexicon.snapshotTables = SnapshotTables(section: section, memory: memory, ranges: ranges, strings: input.strings)
        return lexicon
    }

    /// A word set as written (ascending), kept sorted and searched there; words out of order
    /// mean damage.
    static func decodeWordSet(from input: inout SnapshotReader) throws -> WordSet {
        let count = try input.count(minimumBytes: 4)
        var words: [String] = []
        words.reserveCapacity(count)
        for _ in 0..<count { words.append(try input.string()) }
        guard let set = WordSet(sorted: words) else { throw SnapshotReader.Damaged() }
        return set
    }

    /// Walks the raw tables (the last field of the payload) as ``decodeTables(from:)`` reads them,
    /// checking every count and string index without building anything: decoding them later
    /// cannot fail. Returns where each header name's tables lie in `input`.
    static func skipRawTables(in input: inout SnapshotReader) throws -> [String: Range<Int>] {
        var ranges: [String: Range<Int>] = [:]
        for _ in 0..<(try input.count(minimumBytes: 8)) {
            let name = try input.string(), start = input.offset
            for _ in 0..<(try input.count(minimumBytes: 16)) {
                _ = try input.string()
                _ = try input.string()
                for _ in 0..<(try input.count(minimumBytes: 4)) { _ = try input.string() }
                for _ in 0..<(try input.count(minimumBytes: 8)) {
                    _ = try input.read(UInt32.self)
                    for _ in 0..<(try input.count(minimumBytes: 4)) { _ = try input.string() }
                }
            }
            ranges[name] = start..<input.offset
        }
        return ranges
    }

    /// The tables of one header name, as ``encodeFields(_:into:)`` wrote them.
    static func decodeTables(from input: inout SnapshotReader) throws -> [LexiconTable] {
        var tables: [LexiconTable] = []
        for _ in 0..<(try input.count(minimumBytes: 16)) {
            let tableName = try input.string(), source = try input.string()
            var columns: [String] = []
            for _ in 0..<(try input.count(minimumBytes: 4)) { columns.append(try input.string()) }
            let rowCount = try input.count(minimumBytes: 8)
            var rows: [[String]] = [], lines: [Int] = []
            rows.reserveCapacity(rowCount)
            lines.reserveCapacity(rowCount)
            for _ in 0..<rowCount {
                lines.append(Int(try input.read(UInt32.self)))
                var row: [String] = []
                let fieldCount = try input.count(minimumBytes: 4)
                row.reserveCapacity(fieldCount)
                for _ in 0..<fieldCount { row.append(try input.string()) }
                rows.append(row)
            }
            tables.append(LexiconTable(name: tableName, columns: columns, rows: rows, lineNumbers: lines, source: source))
        }
        return tables
    }
}
