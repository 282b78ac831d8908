import Foundation
import RelGraphCore
import Testing
@testable import RelGraphKnowledge

/// The built lexicon kept as a binary snapshot (`Lexicon.load(extraFiles:snapshot:)`): read back
/// equal to a fresh parse, used only while its data files are unchanged, and never trusted when damaged.
@Suite struct LexiconSnapshotTests {
    let folder: URL
    var snapshot: URL { folder.appendingPathComponent("cache/lexicon.snapshot") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func userFile(_ label: String) throws -> String {
        let url = folder.appendingPathComponent("user.tsv")
        try Data("""
            #relgraph-lexicon 1 persons
            name\trole\tof\tstart\tend\tvariants\tsurnames
            \(label)\tforeign_minister\tCZ\t2031-02-03\t\t\tNovakowa
            """.utf8).write(to: url)
        return url.path
    }

    /// Every field of two lexicons, compared (Lexicon itself is not Equatable).
    func expectEqual(_ left: Lexicon, _ right: Lexicon) {
        #expect(left.actors == right.actors)
        #expect(left.familyLinks == right.familyLinks)
        for id in Set(left.familyLinks.flatMap { [$0.person, $0.relative] }) {  // the index, rebuilt when read
            #expect(left.familyLinks(of: id) == right.familyLinks(of: id))
            #expect(!right.familyLinks(of: id).isEmpty && right.hasFamilyLink(between: id, and: id))
        }
        #expect(left.maxFormTokens == right.maxFormTokens)
        #expect(left.maxTitleTokens == right.maxTitleTokens)
        #expect(left.ambiguousForms == right.ambiguousForms)
        #expect(left.ambiguousGroups == right.ambiguousGroups)
        #expect(left.allSurfaces == right.allSurfaces)
        #expect(left.surfaceKeys.sorted() == right.surfaceKeys.sorted())
        #expect(left.titleIndex == right.titleIndex)
        #expect(left.surfaceFirstWords == right.surfaceFirstWords)
        #expect(left.titleFirstWords == right.titleFirstWords)
        #expect(left.tableNames == right.tableNames)
        for name in left.tableNames {
            let mine = left.tables(named: name), theirs = right.tables(named: name)
            #expect(mine.map(\.source) == theirs.map(\.source))
            #expect(mine.map(\.columns) == theirs.map(\.columns))
            #expect(mine.map(\.rows) == theirs.map(\.rows))
            #expect(mine.map(\.lineNumbers) == theirs.map(\.lineNumbers))
        }
    }

    @Test func theSnapshotReadsBackWhatParsingBuilds() throws {
        let parsed = try Lexicon.load()
        let first = try Lexicon.load(snapshot: snapshot)
        #expect(FileManager.default.fileExists(atPath: snapshot.path), "the first load writes the snapshot")
        let second = try Lexicon.load(snapshot: snapshot)
        expectEqual(parsed, first)
        expectEqual(parsed, second)
        #expect(second.lookup("Poutine").map(\.actorID) == ["person:vladimir-putin"])
    }

    /// A lexicon read from a snapshot keeps its surface index and raw tables where the file is
    /// mapped: removing or replacing the file (relgraph renames a new one over it) changes
    /// nothing for a lexicon already read.
    @Test func aReadSnapshotOutlivesItsFile() throws {
        let parsed = try Lexicon.load()
        _ = try Lexicon.load(snapshot: snapshot)
        let mapped = try Lexicon.load(snapshot: snapshot)
        try FileManager.default.removeItem(at: snapshot)
        _ = try Lexicon.load(snapshot: snapshot)  // writes a new file under the same name
        expectEqual(parsed, mapped)
        #expect(mapped.lookup("Poutine").map(\.actorID) == ["person:vladimir-putin"])
        #expect(mapped.tables(named: "triggers").map(\.rows) == parsed.tables(named: "triggers").map(\.rows))
    }

    /// A snapshot of other content under the current files' fingerprint is what `load` returns:
    /// proof that it reads the snapshot rather than parsing again.
    @Test func aMatchingSnapshotIsUsedAndAChangedFileIsNot() throws {
        let path = try userFile("Jana Novakowa")
        let sources = try Lexicon.bundledSources() + [(path, try Lexicon.readSource(at: URL(fileURLWithPath: path), source: path))]
        var planted = Lexicon()
        planted.actors["person:planted"] = ActorRecord(id: "person:planted", type: .person, label: "Planted")
        try FileManager.default.createDirectory(at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(LexiconSnapshot.encode(planted, fingerprint: SourceFingerprint.of(sources))).write(to: snapshot)
        #expect(try Lexicon.load(extraFiles: [path], snapshot: snapshot).actors.keys.sorted() == ["person:planted"])

        _ = try userFile("Jana Nowakowa")  // same size, one letter changed
        let reloaded = try Lexicon.load(extraFiles: [path], snapshot: snapshot)
        #expect(reloaded.actors["person:jana-nowakowa"] != nil)
        #expect(reloaded.actors["person:planted"] == nil)
        #expect(reloaded.actors["country:RU"] != nil)
        // …and the snapshot now holds the new content.
        #expect(try Lexicon.load(extraFiles: [path], snapshot: snapshot).actors["person:jana-nowakowa"] != nil)
        // Without the extra file the fingerprint differs again: the bundle alone.
        #expect(try Lexicon.load(snapshot: snapshot).actors["person:jana-nowakowa"] == nil)
    }

    @Test func aDamagedSnapshotIsParsedAroundAndReplaced() throws {
        let parsed = try Lexicon.load()
        _ = try Lexicon.load(snapshot: snapshot)
        let sound = try Data(contentsOf: snapshot)
        var damaged = [[UInt8]]()
        var flipped = [UInt8](sound)
        flipped[flipped.count / 2] ^= 0x40
        damaged.append(flipped)
        damaged.append([UInt8](sound.prefix(sound.count - 7)))      // truncated
        damaged.append([UInt8](sound.prefix(LexiconSnapshot.headerBytes)))
        damaged.append([UInt8]("not a snapshot".utf8))
        damaged.append([])
        for bytes in damaged {
            try Data(bytes).write(to: snapshot)
            expectEqual(parsed, try Lexicon.load(snapshot: snapshot))
            #expect(try Data(contentsOf: snapshot) == sound, "rewritten whole")
        }
    }

    /// A payload whose digest matches but whose counts and indices point outside the file is refused.
    @Test func hostileCountsAreRefusedNotTrusted() throws {
        var writer = SnapshotWriter()
        writer.append(UInt32(0))           // an empty string table…
        writer.append(UInt32(1_000_000))   // …then a million actors in no bytes
        let payload = writer.bytes
        var header = SnapshotWriter()
        for byte in LexiconSnapshot.magic { header.append(byte) }
        header.append(UInt64(7))
        header.append(payload.withUnsafeBytes { SnapshotDigest.ofFourLanes($0) })
        header.append(UInt64(payload.count))
        let file = header.bytes + payload
        #expect(file.withUnsafeBytes { LexiconSnapshot.decode($0, fingerprint: 7) } == nil)
        #expect(file.withUnsafeBytes { LexiconSnapshot.decode($0, fingerprint: 8) } == nil)
    }

    /// The snapshot's surface index is queried in place (binary search over sorted records): every
    /// key gives the entries the built dictionary gives, in the same order, and other keys none.
    @Test func surfaceLookupsInPlaceEqualTheBuiltIndex() throws {
        let parsed = try Lexicon.load()
        _ = try Lexicon.load(snapshot: snapshot)
        let mapped = try Lexicon.load(snapshot: snapshot)
        #expect(parsed.snapshotSurfaces == nil && mapped.snapshotSurfaces != nil && mapped.surfaceIndex.isEmpty)
        for key in parsed.surfaceKeys {
            #expect(mapped.entries(forFolded: key) == parsed.entries(forFolded: key), "\(key)")
        }
        let keys = parsed.surfaceKeys.sorted()
        // Around and between the keys: before the first, after the last, prefixes, extensions.
        var misses = ["", " ", "\u{0}", "zzzzzzzz", "~"] + keys.prefix(50).map { $0 + "x" } + keys.suffix(50).map { String($0.dropLast()) }
        misses += keys.map { $0 + " " }.prefix(100)
        for key in misses {
            #expect(mapped.entries(forFolded: key) == parsed.entries(forFolded: key), "\(key)")
        }
        // A key given in another canonically equivalent spelling finds what the dictionary finds.
        let decomposed = "cafe\u{301}", composed = "caf\u{e9}"
        #expect(mapped.entries(forFolded: decomposed) == parsed.entries(forFolded: composed))
        #expect(mapped.lookup("Poutine").map(\.actorID) == ["person:vladimir-putin"])
    }

    /// The snapshot's bound on a form's words by its first word is exact: the most words of the
    /// keys with that first word, 0 for a word that starts none. A built lexicon answers its
    /// longest form.
    @Test func formWordBoundsAreThoseOfTheKeys() throws {
        let parsed = try Lexicon.load()
        _ = try Lexicon.load(snapshot: snapshot)
        let mapped = try Lexicon.load(snapshot: snapshot)
        var most: [String: Int] = [:]
        for key in parsed.surfaceKeys {
            let first = Lexicon.firstWord(key), words = key.split(separator: " ", omittingEmptySubsequences: false).count
            most[first] = max(most[first] ?? 0, words)
        }
        #expect(most.values.contains { $0 >= 3 })
        for (first, words) in most {
            #expect(mapped.maxFormWords(startingWith: first) == words, "\(first)")
            #expect(parsed.maxFormWords(startingWith: first) == parsed.maxFormTokens)
        }
        for word in ["", "zzzzzzzz", "\u{0}", "~"] where most[word] == nil {
            #expect(mapped.maxFormWords(startingWith: word) == 0, "\(word)")
        }
    }

    /// A surface section whose digest matches but whose records point outside the string table,
    /// leave gaps between lists or name an unknown kind is refused when the snapshot is read.
    @Test func hostileSurfaceRecordsAreRefused() throws {
        func section(_ build: (inout SnapshotWriter) -> Void) -> SnapshotReader.Damaged? {
            var writer = SnapshotWriter()
            writer.append("name")  // string 0: a kind; string 1 added below
            writer.append("person:x")
            let strings = writer.strings
            var body = SnapshotWriter()
            build(&body)
            return body.bytes.withUnsafeBytes { bytes in
                var reader = SnapshotReader(bytes)
                reader.strings = strings
                do {
                    _ = try SnapshotSurfaceIndex.read(from: &reader)
                    return nil
                } catch let error as SnapshotReader.Damaged {
                    return error
                } catch {
                    return nil
                }
            }
        }
        func record(_ out: inout SnapshotWriter, key: UInt32, first: UInt32, count: UInt32, actor: UInt32 = 1, kind: UInt8 = 0,
                    flags: UInt8 = 0) {
            for value in [UInt32(1), 0, 1, 1, key, first, count] { out.append(value) }  // one kind ("name"), 1 key, 1 entry
            out.append(ASCIIPrefix.of("person:x"))  // the key record's prefix
            out.append(actor); out.append(kind); out.append(UInt32.max); out.append(flags); out.append(UInt32(1))
        }
        #expect(section { record(&$0, key: 1, first: 0, count: 1) } == nil, "a sound section reads")
        #expect(section { record(&$0, key: 9, first: 0, count: 1) } != nil, "key outside the string table")
        #expect(section { record(&$0, key: 1, first: 3, count: 1) } != nil, "list outside the entries")
        #expect(section { record(&$0, key: 1, first: 0, count: 1, actor: 7) } != nil, "actor outside the string table")
        #expect(section { record(&$0, key: 1, first: 0, count: 1, kind: 4) } != nil, "unknown kind position")
        #expect(section { record(&$0, key: 1, first: 0, count: 1, flags: 9) } != nil, "unknown flags")
        #expect(section { $0.append(UInt32(1)); $0.append(UInt32(1)); $0.append(UInt32(1_000_000)); $0.append(UInt32(1)) } != nil,
                "a million keys in no bytes")
    }

    /// A FIFO or a folder where the snapshot should be is neither waited on nor an error.
    @Test func aSnapshotThatIsNotAFileIsIgnored() throws {
        try FileManager.default.createDirectory(at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(snapshot.path, 0o600) == 0)
        #expect(try Lexicon.load(snapshot: snapshot).lookup("Russie").contains { $0.actorID == "country:RU" })
        try FileManager.default.removeItem(at: snapshot)
        try FileManager.default.createDirectory(at: snapshot, withIntermediateDirectories: true)
        #expect(try Lexicon.load(snapshot: snapshot).lookup("Russie").contains { $0.actorID == "country:RU" })
    }

    @Test func anUnwritableCacheFolderIsNoError() throws {
        let blocker = folder.appendingPathComponent("cache")
        try Data("a file where the folder should be".utf8).write(to: blocker)
        let lexicon = try Lexicon.load(snapshot: snapshot)
        #expect(lexicon.lookup("Russie").contains { $0.actorID == "country:RU" })
        #expect(!FileManager.default.fileExists(atPath: snapshot.path))
    }

    /// Bad user files fail with the same one-line errors with or without a snapshot.
    @Test func badFilesStillFailClearly() throws {
        let binary = folder.appendingPathComponent("binary.tsv")
        try Data([0x23, 0x00, 0x01]).write(to: binary)
        #expect(throws: RelGraphError.badInput("\(binary.path): binary data, not a lexicon file")) {
            try Lexicon.load(extraFiles: [binary.path], snapshot: snapshot)
        }
        #expect(throws: RelGraphError.badInput("/nonexistent/x.tsv: no such lexicon file")) {
            try Lexicon.load(extraFiles: ["/nonexistent/x.tsv"], snapshot: snapshot)
        }
    }
}
