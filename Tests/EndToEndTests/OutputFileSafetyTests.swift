import Foundation
import RelGraphCore
import RelGraphFormats
import RelGraphTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `-o` as careful tools do it: a regular file replaced atomically with its mode kept; a FIFO, a
/// device, a symbolic link's target or a hard-linked file written in place, never replaced; an
/// input of the same run refused; a failed write leaving the old file and no temporary file.
/// Everything happens in a private temporary folder (FIFOs and device nodes made there, never /dev).
@Suite struct OutputFileSafetyTests {
    private let folder: URL
    private let graph: String

    init() throws {
        folder = try CLIRunner.temporaryDirectory()
        graph = folder.appendingPathComponent("g.json").path
        try GraphJSON.encode(SampleGraphs.summit).write(toFile: graph, atomically: false, encoding: .utf8)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func exportJSON(to output: String) throws -> CLIRunner.Result {
        try CLIRunner.run(["export", "--graph", graph, "--format", "json", "-o", output])
    }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    /// Names of leftover temporary files (`.NAME.relgraph-XXXXXX`) in the test folder.
    private func temporaryLeftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".relgraph-") }
    }

    private func expectOneLine(_ result: CLIRunner.Result, status: Int32, mentioning fragment: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("relgraph: ") && result.stderr.split(separator: "\n").count == 1,
                "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test func regularFileIsReplacedWithItsModeKept() throws {
        let output = path("out.json")
        try "old".write(toFile: output, atomically: false, encoding: .utf8)
        chmod(output, 0o640)
        let result = try exportJSON(to: output)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        var info = stat()
        #expect(stat(output, &info) == 0 && info.st_mode & 0o7777 == 0o640)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == GraphJSON.encode(SampleGraphs.summit.canonicalized()))
        #expect(try temporaryLeftovers().isEmpty)
    }

    /// SIGKILL cannot be caught, so a killed run leaves its temporary file; the next write of
    /// the same target removes it, but not one another run still holds (locked) nor another
    /// target's.
    @Test func aTemporaryFileLeftByAKilledRunIsRemovedButNotOneInUse() throws {
        let abandoned = path(".out.json.relgraph-Ab12Cd"), inUse = path(".out.json.relgraph-Zy98Xw")
        let otherTarget = path(".other.json.relgraph-Ab12Cd"), notOurs = path(".out.json.relgraph-mine")
        for file in [abandoned, inUse, otherTarget, notOurs] { try "partial".write(toFile: file, atomically: false, encoding: .utf8) }
        let holder = open(inUse, O_RDONLY)
        #expect(holder >= 0 && flock(holder, LOCK_EX) == 0)
        defer { close(holder) }
        let result = try exportJSON(to: path("out.json"))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: abandoned), "the abandoned temporary file is still there")
        for kept in [inUse, otherTarget, notOurs] { #expect(FileManager.default.fileExists(atPath: kept), "\(kept) was removed") }
        #expect(try temporaryLeftovers().sorted() == [".other.json.relgraph-Ab12Cd", ".out.json.relgraph-Zy98Xw", ".out.json.relgraph-mine"])
    }

    @Test func fifoIsWrittenInPlace() throws {
        let fifo = path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader is open (non-blocking) before the run, so the writer's open does not wait;
        // the graph is far smaller than the pipe's buffer.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let result = try exportJSON(to: fifo)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(fileType(fifo) == S_IFIFO, "the FIFO was replaced by another kind of file")
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0 && String(decoding: buffer[0..<max(count, 0)], as: UTF8.self).hasPrefix("{"))
    }

    /// A private character device with /dev/null's numbers, major 1 minor 3 (root only; elsewhere not run).
    @Test(.enabled(if: getuid() == 0)) func deviceNodeIsWrittenInPlace() throws {
        let device = path("null")
        #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        let result = try exportJSON(to: device)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(fileType(device) == S_IFCHR, "the device node was replaced by a regular file")
        #expect(try temporaryLeftovers().isEmpty)
    }

    @Test func symbolicLinkStaysALinkAndItsTargetIsWritten() throws {
        let target = path("real.json"), link = path("link.json")
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
        let result = try exportJSON(to: link)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{"))
    }

    @Test func hardLinksStayOneFile() throws {
        let first = path("a.json"), second = path("b.json")
        try "old".write(toFile: first, atomically: false, encoding: .utf8)
        #expect(link(first, second) == 0)
        let result = try exportJSON(to: first)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try String(contentsOfFile: second, encoding: .utf8).hasPrefix("{"))
    }

    @Test func outputNamingAnInputIsRefused() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: graph))
        expectOneLine(try CLIRunner.run(["index", graph, "-o", graph]), status: 2, mentioning: "is the input")
        expectOneLine(try CLIRunner.run(["export", "--graph", graph, "--format", "dot", "-o", folder.path + "/./g.json"]),
                      status: 2, mentioning: "is the input")
        let alias = path("alias.json")
        try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: "g.json")
        expectOneLine(try CLIRunner.run(["render", "--graph", graph, "--format", "svg", "-o", alias]),
                      status: 2, mentioning: "is the input")
        #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == before)

        let article = path("a.txt")
        let text = "Ana Silva met Omar Diallo in Bamako on Monday.\n"
        try text.write(toFile: article, atomically: false, encoding: .utf8)
        expectOneLine(try CLIRunner.run(["extract", article, "-o", article]), status: 2, mentioning: "is the input")
        #expect(try String(contentsOfFile: article, encoding: .utf8) == text)
    }

    @Test func failedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws {
        let output = path("out.json")
        try "old".write(toFile: output, atomically: false, encoding: .utf8)
        let result = try CLIRunner.runWithFileSizeLimit(["export", "--graph", graph, "--format", "json", "-o", output])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("relgraph: \(output): cannot write") && result.stderr.split(separator: "\n").count == 1,
                "stderr: \(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old")
        #expect(try temporaryLeftovers().isEmpty)
    }

    /// The node file fits under the limit, the relationship file does not: the earlier pair stays.
    @Test func csvExportIsAllOrNothing() throws {
        let neo4j = path("neo4j") + "/"
        try FileManager.default.createDirectory(atPath: neo4j, withIntermediateDirectories: false)
        let first = try CLIRunner.run(["export", "--graph", graph, "--format", "csv", "-o", neo4j])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let nodes = neo4j + "nodes.csv", relationships = neo4j + "relationships.csv"
        let before = try [nodes, relationships].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }

        let sentence = String(repeating: "Ana Silva met Omar Diallo again. ", count: 40)
        let small = RelationshipGraph(
            nodes: [Actor(id: "person:a", type: .person, label: "A"), Actor(id: "person:b", type: .person, label: "B")],
            edges: [Relation(source: "person:a", target: "person:b", type: .meet, confidence: 0.5,
                             evidence: [Evidence(document: "d.txt", sentence: sentence, start: 0, end: sentence.count)])])
        let smallGraph = path("small.json")
        try GraphJSON.encode(small).write(toFile: smallGraph, atomically: false, encoding: .utf8)
        let failed = try CLIRunner.runWithFileSizeLimit(["export", "--graph", smallGraph, "--format", "csv", "-o", neo4j])
        #expect(failed.status == 1, "stderr: \(failed.stderr)")
        #expect(try [nodes, relationships].map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: neo4j).sorted() == ["nodes.csv", "relationships.csv"])
    }

    @Test func csvExportMakesTheFolderNamedWithASlash() throws {
        let neo4j = path("fresh") + "/"
        let result = try CLIRunner.run(["export", "--graph", graph, "--format", "csv", "-o", neo4j])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: neo4j + "nodes.csv"))
        #expect(FileManager.default.fileExists(atPath: neo4j + "relationships.csv"))
    }
}
