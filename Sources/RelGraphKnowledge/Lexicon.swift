import RelGraphCore

/// Everything relgraph knows about the world: actors, the surface forms that name them, titles,
/// family ties, and the raw tables other stages read (e.g. `triggers`).
///
/// ```swift
/// let lexicon = try Lexicon.load(extraFiles: ["my-names.tsv"])
/// for entry in lexicon.entries(forFolded: NameFolding.fold("Poutine")) {
///     print(entry.actorID, entry.kind)          // person:vladimir-putin surname
/// }
/// ```
/// Build one with ``load(extraFiles:snapshot:)`` (the bundled data plus user files) or ``init(tables:)``.
public struct Lexicon: Sendable {
    /// Every known actor, by id.
    public internal(set) var actors: [String: ActorRecord] = [:]
    /// Family ties between persons, from `family` tables (added with ``addFamilyLink(_:)``).
    public private(set) var familyLinks: [FamilyLink] = []
    /// Positions in `familyLinks` of the links naming each actor (as person or relative), ascending.
    private var familyLinkPositions: [String: [Int]] = [:]
    /// The longest surface form, in space-separated folded tokens (bounds the matcher's window).
    public internal(set) var maxFormTokens: Int = 0
    /// The longest title form, in folded tokens.
    public internal(set) var maxTitleTokens: Int = 0
    /// Folded forms declared ambiguous, with the `ambiguous` table's note.
    public internal(set) var ambiguousForms: [String: String] = [:]
    /// Groups of actors whose shared forms are all ambiguous (the `*` rows of `ambiguous` tables).
    public internal(set) var ambiguousGroups: [Set<String>] = []

    /// The surface index ``LexiconBuilder`` builds; empty in a lexicon read from a snapshot,
    /// whose index is queried where it lies (``snapshotSurfaces``).
    var surfaceIndex: [String: [SurfaceEntry]] = [:]
    var snapshotSurfaces: SnapshotSurfaceIndex?
    /// Every surface key and its entries, however the lexicon was made (validation, coverage,
    /// snapshot writing: not the per-token path).
    var allSurfaces: [String: [SurfaceEntry]] { snapshotSurfaces?.dictionary ?? surfaceIndex }

    /// Every surface key with its entries, however the lexicon was made, without building a
    /// dictionary from a snapshot's index (`lexicon stats` walks them twice).
    func forEachSurface(_ body: (String, [SurfaceEntry]) -> Void) {
        if let snapshotSurfaces { return snapshotSurfaces.forEach(body) }
        for (key, entries) in surfaceIndex { body(key, entries) }
    }

    /// How many distinct folded surface keys there are.
    var surfaceKeyCount: Int { snapshotSurfaces?.count ?? surfaceIndex.count }
    var titleIndex: [String: [TitleEntry]] = [:]

    /// The first folded word (``firstWord(_:)``) of every surface key: a matcher starts n-grams
    /// only at these. Built with the lexicon and kept in its snapshot, so a process that matches
    /// text does not derive them from all 10,000 keys at every start.
    package internal(set) var surfaceFirstWords = WordSet()
    /// The first folded word of every title key.
    package internal(set) var titleFirstWords = WordSet()

    /// A folded key's first word: up to its first space (on UTF-8 bytes: a space is one byte,
    /// and finding it needs no grapheme breaking).
    package static func firstWord(_ folded: String) -> String {
        // Most keys are one word: a byte loop over the contiguous storage rules the space out.
        let hasSpace = folded.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: " ")) } ?? true
        guard hasSpace, let space = folded.utf8.firstIndex(of: UInt8(ascii: " ")) else { return folded }
        return String(folded[..<space])
    }
    /// The raw tables by header name: built by ``LexiconBuilder``, or read from a snapshot on
    /// first use (`extract` reads two of the nineteen: decoding them all cost a millisecond).
    var rawTables: [String: [LexiconTable]] { snapshotTables?.all ?? builtTables }
    var builtTables: [String: [LexiconTable]] = [:]
    var snapshotTables: SnapshotTables?

    /// Every way of naming an actor that folds to `key` (``NameFolding/fold(_:)`` of the surface).
    public func entries(forFolded key: String) -> [SurfaceEntry] {
        if let snapshotSurfaces { return snapshotSurfaces.entries(for: key) }
        return surfaceIndex[key] ?? []
    }

    /// At least the most words of a surface key whose first word is `first` (none: 0 from a
    /// snapshot): a longer n-gram starting with that word is no form, and need not be looked up.
    public func maxFormWords(startingWith first: String) -> Int {
        // A built lexicon's keys are not sorted: no bound cheaper than the longest form.
        snapshotSurfaces?.maxWords(startingWith: first) ?? maxFormTokens
    }

    /// The titles whose form folds to `key`.
    public func titles(forFolded key: String) -> [TitleEntry] {
        titleIndex[key] ?? []
    }

    /// Every folded surface key, for matchers that build their own structure (e.g. a trie).
    public var surfaceKeys: [String] { snapshotSurfaces?.keys ?? Array(surfaceIndex.keys) }

    /// Every folded title key.
    public var titleKeys: Dictionary<String, [TitleEntry]>.Keys { titleIndex.keys }

    /// The raw tables with this header name, bundled first, then user files in order.
    public func tables(named name: String) -> [LexiconTable] {
        snapshotTables?.tables(named: name) ?? builtTables[name] ?? []
    }

    /// Names of all tables loaded, sorted.
    public var tableNames: [String] { snapshotTables?.names ?? builtTables.keys.sorted() }

    /// Family ties involving `personID`, in either direction, in the order they were added.
    public func familyLinks(of personID: String) -> [FamilyLink] {
        (familyLinkPositions[personID] ?? []).map { familyLinks[$0] }
    }

    /// Whether a family link names both `a` and `b`, either way round (`a` alone when they are
    /// the same): one dictionary lookup, for the relation features' every candidate pair.
    public func hasFamilyLink(between a: String, and b: String) -> Bool {
        guard let positions = familyLinkPositions[a] else { return false }
        return positions.contains { familyLinks[$0].person == b || familyLinks[$0].relative == b }
    }

    /// The ISO codes of the member states the knowledge base lists for the body `bodyID`
    /// (`memberships.tsv`, attribute `members`), or `nil` for a body without a list.
    public func memberCodes(of bodyID: String) -> Set<Substring>? {
        guard let members = actors[bodyID]?.attributes[Self.membersAttribute] else { return nil }
        return Set(members.split(separator: " "))
    }

    /// Whether the body `bodyID` lists the state `code` among its members: what
    /// `memberCodes(of: bodyID)?.contains(code) == true` answers, without building the set (the
    /// relation features ask for every candidate pair).
    public func listsMember(_ code: Substring, of bodyID: String) -> Bool {
        guard let members = actors[bodyID]?.attributes[Self.membersAttribute] else { return false }
        let inPlace = members.utf8.withContiguousStorageIfAvailable { list in
            code.utf8.withContiguousStorageIfAvailable { code in Self.asciiList(list, contains: code) } ?? nil
        } ?? nil
        return inPlace ?? (memberCodes(of: bodyID)?.contains(code) == true)
    }

    /// Whether the space-separated `list` has the item `code`, compared byte by byte; nil when
    /// either is not ASCII. In ASCII a byte 0x20 is always a separating space (no combining mark
    /// can follow it) and equal strings have equal bytes, so the answer is the one splitting
    /// and comparing Strings gives; other lists and codes are left to that.
    static func asciiList(_ list: UnsafeBufferPointer<UInt8>, contains code: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard list.allSatisfy({ $0 < 0x80 }), code.allSatisfy({ $0 < 0x80 }) else { return nil }
        var start = 0
        while start < list.count {
            var end = start
            while end < list.count, list[end] != UInt8(ascii: " ") { end += 1 }
            if end - start == code.count, !code.isEmpty,
               UnsafeBufferPointer(rebasing: list[start ..< end]).elementsEqual(code) { return true }
            start = end + 1
        }
        return false
    }

    /// The attribute listing a body's member states by ISO code, separated by spaces.
    public static let membersAttribute = "members"

    /// Adds `link` unless the lexicon has it already (the builder and the snapshot reader).
    mutating func addFamilyLink(_ link: FamilyLink) {
        guard !familyLinks(of: link.person).contains(link) else { return }
        let position = familyLinks.count
        familyLinks.append(link)
        familyLinkPositions[link.person, default: []].append(position)
        if link.relative != link.person { familyLinkPositions[link.relative, default: []].append(position) }
    }

    /// Looks a surface up the way a user types it: folds it, then returns its entries.
    public func lookup(_ surface: String) -> [SurfaceEntry] {
        entries(forFolded: NameFolding.fold(surface))
    }
}
