import Foundation
import RelGraphCore
import Testing
@testable import RelGraphKnowledge

/// User files (`--lexicon FILE`) extend and override the bundled data; malformed ones fail clearly.
@Suite struct UserLexiconTests {
    /// Writes `text` to a fresh temporary file and returns its path.
    func file(_ text: String, name: String = "user.tsv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body() } catch let error as RelGraphError { return error.description } catch { return "\(error)" }
        return "no error"
    }

    @Test func userPersonExtendsTheBundle() throws {
        let path = try file("""
            #relgraph-lexicon 1 persons
            name\trole\tof\tstart\tend\tvariants\tsurnames
            Jana Novakowa\tforeign_minister\tCZ\t2031-02-03\t\tJana Nowakowa\tNovakowa|Nowakowa
            """)
        let lexicon = try Lexicon.load(extraFiles: [path])
        #expect(lexicon.lookup("Nowakowa").map(\.actorID) == ["person:jana-novakowa"])
        #expect(lexicon.actors["person:jana-novakowa"]?.attributes["of"] == "country:CZ")
        #expect(lexicon.lookup("Russie").contains { $0.actorID == "country:RU" }, "bundled data still there")
    }

    /// Persons sharing a surname: each gets its own (ambiguous) surname entry once, however many
    /// rows repeat it. Repeats are now dropped by a set instead of a scan of the surname's list,
    /// which made 50,000 Kimuras quadratic to load.
    @Test func sharedSurnamesAreIndexedOncePerPerson() throws {
        var rows = ["#relgraph-lexicon 1 persons", "name\trole\tof\tstart\tend\tvariants\tsurnames"]
        for number in 0 ..< 300 {
            rows.append("Aki\(number) Kimura\tminister\tJP\t2031\t\t\tKimura")
            rows.append("Aki\(number) Kimura\tenvoy\tJP\t2032\t\t\tKimura|kimura")  // same person, same surname again
        }
        let lexicon = try Lexicon.load(extraFiles: [try file(rows.joined(separator: "\n"))])
        let entries = lexicon.lookup("Kimura").filter { $0.actorID.hasPrefix("person:aki") }
        #expect(entries.count == 300)
        #expect(Set(entries.map(\.actorID)).count == 300)
        #expect(entries.allSatisfy { $0.kind == .surname && $0.ambiguous })
        #expect(lexicon.actors["person:aki7-kimura"]?.positions.count == 2)
    }

    /// A file saved with Windows line endings is read like any other (its table name used to read
    /// as `persons\r`, and the whole file was ignored without a word).
    @Test func crlfLineEndingsAreRead() throws {
        let path = try file([
            "#relgraph-lexicon 1 persons",
            "name\trole\tof\tstart\tend\tvariants\tsurnames",
            "Jana Novakowa\tforeign_minister\tCZ\t2031-02-03\t\tJana Nowakowa\tNovakowa|Nowakowa",
        ].joined(separator: "\r\n") + "\r\n")
        let lexicon = try Lexicon.load(extraFiles: [path])
        #expect(lexicon.lookup("Nowakowa").map(\.actorID) == ["person:jana-novakowa"])
    }

    @Test func oddTableNameIsRefused() throws {
        let path = try file("#relgraph-lexicon 1 Persons!\nname\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [path]) }.contains("is not a lexicon table name"))
    }

    @Test func userNamesOverrideALabelAndAddForms() throws {
        let path = try file("""
            #relgraph-lexicon 1 names
            actor\tlang\tkind\tforms\tflags
            country:CN\ten\tname\tPeople's Republic of China|Middle Kingdom\tlabel
            organization:nato\t*\tacronym\tNAVO\tcase
            """)
        let lexicon = try Lexicon.load(extraFiles: [path])
        #expect(lexicon.actors["country:CN"]?.label == "People's Republic of China")
        #expect(lexicon.lookup("Middle Kingdom").map(\.actorID) == ["country:CN"])
        #expect(lexicon.lookup("NAVO").first?.caseSensitive == true)
    }

    @Test func aFormAlsoListedInLowerCaseKeepsTheLowercaseSpelling() throws {
        // French writes many bodies in lower case; a capitalised form alone would ask the text for
        // a capital, so the lowercase listing must survive the fold that makes the two one key.
        let path = try file("""
            #relgraph-lexicon 1 names
            actor\tlang\tkind\tforms\tflags
            organization:nato\tfr\tname\tAlliance des Quatre Vents|alliance des quatre vents
            organization:nato\ten\tname\tFour Winds Alliance
            """)
        let lexicon = try Lexicon.load(extraFiles: [path])
        let french = lexicon.lookup("alliance des quatre vents").filter { $0.actorID == "organization:nato" }
        #expect(french.map(\.form) == ["alliance des quatre vents"])
        #expect(lexicon.lookup("Four Winds Alliance").first?.form == "Four Winds Alliance")
    }

    @Test func userActorsAddAttributesAndAmbiguity() throws {
        let actors = try file("""
            #relgraph-lexicon 1 actors
            id\tlabel\tattributes
            organization:quill-union\tQuill Union\tcategory=trade-union;founded=2029
            """)
        let ambiguity = try file("""
            #relgraph-lexicon 1 ambiguous
            form\tactors\tnote
            Quill Union\torganization:quill-union\tinvented for this test
            """, name: "ambiguity.tsv")
        let lexicon = try Lexicon.load(extraFiles: [actors, ambiguity])
        #expect(lexicon.actors["organization:quill-union"]?.attributes["founded"] == "2029")
        #expect(lexicon.lookup("quill union").allSatisfy { $0.ambiguous })
    }

    @Test func laterFilesWin() throws {
        let first = try file("#relgraph-lexicon 1 actors\nid\tlabel\tattributes\nlocation:fort-ember\tFort Ember\tin=country:NO\n")
        let second = try file("#relgraph-lexicon 1 actors\nid\tlabel\tattributes\nlocation:fort-ember\tFort Ember Base\tin=country:SE\n",
                              name: "second.tsv")
        let lexicon = try Lexicon.load(extraFiles: [first, second])
        #expect(lexicon.actors["location:fort-ember"]?.label == "Fort Ember Base")
        #expect(lexicon.actors["location:fort-ember"]?.attributes["in"] == "country:SE")
    }

    @Test func malformedFilesNameFileAndLine() throws {
        let noHeader = try file("iso\tlabel\nRU\tRussia\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [noHeader]) }.contains("not a relgraph lexicon"))

        let tooManyFields = try file("#relgraph-lexicon 1 names\nactor\tlang\tkind\tforms\tflags\nRU\ten\tname\tRus\tcase\textra\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [tooManyFields]) }.hasSuffix(":3: 6 fields, table has 5 columns"))

        let unknownActor = try file("#relgraph-lexicon 1 names\nactor\tlang\tkind\tforms\n# comment\norganization:nobody\ten\tname\tNobody\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [unknownActor]) } == "\(unknownActor):4: unknown actor organization:nobody")

        let badDate = try file("#relgraph-lexicon 1 persons\nname\trole\tof\tstart\nAda Quell\tpresident\tFR\tlast May\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [badDate]) }.contains(":3: Ada Quell start 'last May'"))

        let badKind = try file("#relgraph-lexicon 1 names\nactor\tlang\tkind\tforms\nRU\tfr\tnickname\tla Russie éternelle\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [badKind]) }.contains(":3: unknown kind 'nickname'"))

        let badLanguage = try file("#relgraph-lexicon 1 names\nactor\tlang\tkind\tforms\nRU\tit\tname\tRussia\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [badLanguage]) }.contains(":3: unknown language 'it'"))

        let unknownRelation = try file("#relgraph-lexicon 1 titles\nlang\trole\trelation\tscope\tforms\nen\tboss\tbosses\t\tboss\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [unknownRelation]) }.contains(":3: unknown relation 'bosses'"))

        let missingColumn = try file("#relgraph-lexicon 1 persons\nname\trole\nAda Quell\tpresident\n")
        #expect(message { _ = try Lexicon.load(extraFiles: [missingColumn]) }.contains("lacks column(s) of, start"))
    }

    /// Found by the LexiconReader fuzz target: an id with nothing before its first colon passed
    /// the id check (empty parts were dropped) and trapped where its type was read.
    @Test func anActorIDWithoutATypeBeforeItsFirstColonIsRefused() throws {
        for id in [":organization:x", ":x", "organization:", "::"] {
            let actors = try file("#relgraph-lexicon 1 actors\nid\tlabel\n\(id)\tX\n")
            #expect(message { _ = try Lexicon.load(extraFiles: [actors]) } == "\(actors):3: '\(id)' is not an actor id (type:name, e.g. country:RU)")
        }
        let valid = try file("#relgraph-lexicon 1 actors\nid\tlabel\norganization:a:b\tA B\n")
        #expect(try Lexicon.load(extraFiles: [valid]).actors["organization:a:b"]?.label == "A B")
    }

    @Test func unreadableInputsFailWithOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let invalidUTF8 = folder.appendingPathComponent("latin1.tsv")
        try Data([0x23, 0x72, 0x65, 0x6C, 0xE9, 0xFF, 0x0A]).write(to: invalidUTF8)
        let binary = folder.appendingPathComponent("binary.tsv")
        try Data([0x23, 0x00, 0x01, 0x02]).write(to: binary)
        let empty = folder.appendingPathComponent("empty.tsv")
        try Data().write(to: empty)

        #expect(message { _ = try Lexicon.load(extraFiles: [invalidUTF8.path]) }.hasSuffix("not valid UTF-8"))
        #expect(message { _ = try Lexicon.load(extraFiles: [binary.path]) }.hasSuffix("binary data, not a lexicon file"))
        #expect(message { _ = try Lexicon.load(extraFiles: [empty.path]) }.contains("not a relgraph lexicon"))
        #expect(message { _ = try Lexicon.load(extraFiles: [folder.path]) }.hasSuffix("is a directory, expected a lexicon file"))
        #expect(message { _ = try Lexicon.load(extraFiles: [folder.path + "/absent.tsv"]) }.hasSuffix("no such lexicon file"))
        for text in [message { _ = try Lexicon.load(extraFiles: [binary.path]) }] { #expect(!text.contains("\n")) }
    }

    @Test func hostileFormsAreStoredVerbatimAndDoNotBreakLookups() throws {
        let hostile = "\"; DROP TABLE actors; -- <script>"
        let path = try file("#relgraph-lexicon 1 actors\nid\tlabel\tattributes\norganization:odd-one\t\(hostile)\t\n")
        let lexicon = try Lexicon.load(extraFiles: [path])
        #expect(lexicon.actors["organization:odd-one"]?.label == hostile)
        #expect(lexicon.lookup(hostile).map(\.actorID) == ["organization:odd-one"])
    }
}
