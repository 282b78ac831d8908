import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph index` and the sidecar the query verbs pick up: same output with and without it,
/// stale and damaged sidecars reported in one line and scanned around.
@Suite struct IndexCLITests {
    /// The query verbs' graph from ``QueryCLITests``, in a fresh folder.
    func graph() throws -> String {
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent("world.json")
        try Data(QueryCLITests.graphText.utf8).write(to: url)
        return url.path
    }

    static let queries: [[String]] = [
        ["path", "arcadie", "PORT VILLE", "--k", "5"],
        ["path", "arcadie", "PORT VILLE", "--k", "5", "--format", "json"],
        ["path", "Ana López", "port-ville", "--all", "--max-hops", "5", "--format", "dot"],
        ["path", "Ana López", "Zed"], ["path", "Ana", "Zed"], ["path", "nobody", "Zed"],
        ["neighbors", "Borduria", "--depth", "2"],
        ["actors"], ["relations", "--format", "json"], ["stats"],
    ]

    @Test func everyQueryPrintsTheSameWithAndWithoutTheIndex() throws {
        let graph = try graph()
        let without = try Self.queries.map { try CLIRunner.run($0 + ["--graph", graph]) }
        let indexed = try CLIRunner.run(["index", graph])
        #expect(indexed.status == 0, "stderr: \(indexed.stderr)")
        #expect(indexed.stdout == "\(graph).rgindex: 7 actors, 6 relations, \(try Data(contentsOf: URL(fileURLWithPath: graph + ".rgindex")).count) bytes\n")
        for (query, before) in zip(Self.queries, without) {
            let after = try CLIRunner.run(query + ["--graph", graph])
            #expect(after.status == before.status, "\(query)")
            #expect(after.stdoutData == before.stdoutData, "\(query)")
            #expect(after.stderr == before.stderr, "\(query): \(after.stderr)")
        }
    }

    /// A huge file named like the index (here 2 GB, sparse) is judged by its size before it is
    /// read: it used to be read whole, then found not to be an index.
    @Test func anImpossiblyLargeIndexIsNotRead() throws {
        let graph = try graph()
        let sidecar = graph + ".rgindex"
        FileManager.default.createFile(atPath: sidecar, contents: Data("RGINDEX".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: sidecar))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let result = try CLIRunner.run(["stats", "--graph", graph])
        #expect(result.status == 0)
        #expect(result.stderr.contains("is 2147483648 bytes, more than any index of"), "\(result.stderr)")
        #expect(result.stdout.contains("7"), "the scan answers instead")
        try FileManager.default.removeItem(atPath: sidecar)
    }

    /// A graph edited in place with its size kept and its modification time restored (`cp -p` and
    /// `touch -r` keep the time to the nanosecond, as the index records it) is noticed by the
    /// index's content hash: `actors` and `relations` answer from the edited file, with one line
    /// saying the index does not match. Size and time alone answered from the stale index.
    @Test(arguments: [
        ("\"Arcadia\"", "\"Xrcadia\""),                                 // a label
        ("\"type\": \"leader_of\"", "\"type\": \"member_of\""),         // a relation's type
    ])
    func aSameSizeEditWithTheTimeRestoredIsNoticed(original: String, replacement: String) throws {
        let graph = try graph()
        #expect(try CLIRunner.run(["index", graph]).status == 0)
        try Self.shell("/bin/cp", "-p", graph, graph + ".time")
        let edited = QueryCLITests.graphText.replacingOccurrences(of: original, with: replacement)
        #expect(edited != QueryCLITests.graphText && edited.utf8.count == QueryCLITests.graphText.utf8.count)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: graph))
        try Self.shell("/usr/bin/touch", "-r", graph + ".time", graph)
        // The fresh answer: the edited file in a folder of its own, without an index.
        let fresh = try CLIRunner.temporaryDirectory().appendingPathComponent("world.json")
        try Data(edited.utf8).write(to: fresh)
        for verb in [["actors"], ["relations"], ["relations", "--format", "json"]] {
            let result = try CLIRunner.run(verb + ["--graph", graph])
            let expected = try CLIRunner.run(verb + ["--graph", fresh.path])
            #expect(result.status == 0 && expected.status == 0, "\(verb): \(result.stderr)")
            #expect(result.stdoutData == expected.stdoutData, "\(verb): \(result.stdout)")
            #expect(result.stderr == "relgraph: \(graph).rgindex does not match \(graph); scanning instead — run `relgraph index \(graph)`\n",
                    "\(verb): \(result.stderr)")
        }
    }

    @Test func aStaleIndexIsReportedAndTheFileScanned() throws {
        let graph = try graph()
        #expect(try CLIRunner.run(["index", graph]).status == 0)
        let expected = try CLIRunner.run(["path", "person:ana-lopez", "Borduria", "--graph", graph])
        #expect(expected.status == 0 && expected.stderr.isEmpty)
        try Data((QueryCLITests.graphText + "\n").utf8).write(to: URL(fileURLWithPath: graph))
        let result = try CLIRunner.run(["path", "person:ana-lopez", "Borduria", "--graph", graph])
        #expect(result.status == 0)
        #expect(result.stdoutData == expected.stdoutData)
        #expect(result.stderr == "relgraph: \(graph).rgindex does not match \(graph); scanning instead — run `relgraph index \(graph)`\n"
                || result.stderr == "relgraph: \(graph).rgindex is older than \(graph); scanning instead — run `relgraph index \(graph)`\n",
                "\(result.stderr)")
    }

    @Test func aDamagedIndexIsReportedAndTheFileScanned() throws {
        let graph = try graph()
        #expect(try CLIRunner.run(["index", graph]).status == 0)
        let expected = try CLIRunner.run(["stats", "--graph", graph])
        let url = URL(fileURLWithPath: graph + ".rgindex")
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: url)
        let result = try CLIRunner.run(["stats", "--graph", graph])
        #expect(result.status == 0)
        #expect(result.stdoutData == expected.stdoutData)
        #expect(result.stderr.hasPrefix("relgraph: \(graph).rgindex is not a usable index (checksum mismatch"), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func indexRefusesWhatItCannotIndex() throws {
        let missing = try CLIRunner.run(["index", "/nonexistent/g.json"])
        #expect(missing.status == 1 && missing.stderr == "relgraph: /nonexistent/g.json: no such file\n")
        let stdin = try CLIRunner.run(["index", "-"])
        #expect(stdin.status == 2)
        let directory = try CLIRunner.temporaryDirectory().appendingPathComponent("bad.json")
        try Data("{\"nodes\": [}".utf8).write(to: directory)
        let bad = try CLIRunner.run(["index", directory.path])
        #expect(bad.status == 1 && bad.stderr.hasPrefix("relgraph: \(directory.path): not a relgraph JSON graph"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + ".rgindex"))
    }

    @Test func indexWritesWhereToldAndQueriesOnlyUseTheDefaultName() throws {
        let graph = try graph()
        let elsewhere = graph + ".copy"
        let result = try CLIRunner.run(["index", graph, "-o", elsewhere])
        #expect(result.status == 0 && FileManager.default.fileExists(atPath: elsewhere))
        #expect(!FileManager.default.fileExists(atPath: graph + ".rgindex"))
    }

    static func shell(_ tool: String, _ arguments: String...) throws {
        let result = try ProcessRunner.run(URL(fileURLWithPath: tool), arguments)
        #expect(result.status == 0, "\(tool) \(arguments): \(result.stderr)")
    }
}
