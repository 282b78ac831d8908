import Foundation
import RelGraphCore
@testable import RelGraphStore
import RelGraphTestSupport
import Testing

/// `relgraph ingest`, `documents` and `--db` as a user runs them.
@Suite struct IngestCommandTests {
    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func relgraph(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let binary = try #require(CrashSafetyTests.binary, "relgraph executable not found beside the test bundle")
        // Both pipes drained at once: reading stdout to its end first could deadlock once the
        // child filled the stderr pipe (one line per bad file).
        let result = try ProcessRunner.run(URL(fileURLWithPath: binary), arguments, stdin: stdin)
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    @Test func badFilesAreListedOneLineEachAndTheRunEndsWithStatusOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("corpus/good.txt", "The ministers met in Lisbon on Monday.\n")
        try folder.write("corpus/also-good.md", "# Talks\n\nThe delegations met again.\n")
        try folder.write("corpus/binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00]))
        try folder.write("corpus/cp1252.html", Data([0x3C, 0x70, 0x3E, 0x93, 0x68, 0x69, 0x94]))
        try folder.write("corpus/empty.txt", "")
        let db = folder.path + "/c.sqlite"
        let first = try relgraph(["ingest", folder.path + "/corpus", "--db", db])
        #expect(first.status == 1)
        let skipped = first.stderr.split(separator: "\n").filter { $0.hasPrefix("skipped: ") }
        #expect(skipped.count == 3)
        #expect(skipped.contains { $0.contains("binary.txt: binary file") })
        #expect(skipped.contains { $0.contains("cp1252.html: not valid UTF-8") })
        #expect(skipped.contains { $0.contains("empty.txt: empty file") })
        #expect(first.stdout.contains("documents: 2 added, 0 replaced, 0 unchanged, 0 duplicate, 3 skipped (of 5 files)"))
        #expect(first.stderr.hasSuffix("relgraph: 3 of 5 files skipped (listed above)\n"))

        let again = try relgraph(["ingest", folder.path + "/corpus/good.txt", "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout.contains("documents: 0 added, 0 replaced, 1 unchanged"))

        let listing = try relgraph(["documents", "--db", db, "--format", "json"])
        #expect(listing.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
        let paths = (json["documents"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths?.map { ($0 as NSString).lastPathComponent } == ["also-good.md", "good.txt"])
    }

    /// `ingest -` reads one article from stdin (it used to fail with "-: no such file or folder");
    /// the document is named by its content, so a second article piped in is added beside it.
    @Test func dashIngestsStandardInput() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.path + "/c.sqlite"
        let first = try relgraph(["ingest", "-", "--db", db], stdin: Data("The ministers met in Lisbon on Monday.\n".utf8))
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("documents: 1 added"), "stdout: \(first.stdout)")
        let second = try relgraph(["ingest", "-", "--db", db], stdin: Data("The delegations met again in Porto.\n".utf8))
        #expect(second.stdout.contains("documents: 1 added"), "stdout: \(second.stdout)")
        let again = try relgraph(["ingest", "-", "--db", db], stdin: Data("The ministers met in Lisbon on Monday.\n".utf8))
        #expect(again.stdout.contains("1 unchanged"), "stdout: \(again.stdout)")
        let listing = try relgraph(["documents", "--db", db, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
        let paths = (json["documents"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        #expect(paths.count == 2 && paths.allSatisfy { $0.hasPrefix("stdin:") }, "\(paths)")
    }

    @Test func graphVerbsTakeExactlyOneOfGraphAndDb() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("corpus/a.txt", "Some words.\n")
        let db = folder.path + "/c.sqlite"
        #expect(try relgraph(["ingest", folder.path + "/corpus", "--db", db]).status == 0)
        #expect(try relgraph(["stats", "--db", db]).status == 0)
        #expect(try relgraph(["stats", "--db", db, "--graph", "g.json"]).status == 2)
        #expect(try relgraph(["stats"]).status == 2)
        let missing = try relgraph(["stats", "--db", folder.path + "/nothing.sqlite"])
        #expect(missing.status == 1)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/nothing.sqlite"))
        let text = try folder.write("notes.sqlite", "a plain text file that is long enough to look like a header")
        let notDatabase = try relgraph(["documents", "--db", text])
        #expect(notDatabase.status == 1 && notDatabase.stderr == "relgraph: \(text): not an SQLite database\n")
    }

    /// For plain-text articles, `export --db` after `ingest` prints byte for byte what `extract`
    /// prints for the same files: the store loses and invents nothing.
    @Test func exportFromTheDatabaseEqualsExtractOfTheSameFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let articles = [
            "a.txt": "Emmanuel Macron met Olaf Scholz in Berlin on Monday. Olaf Scholz visited Paris on Friday.\n",
            "b.txt": "Pedro Sánchez met Emmanuel Macron in Madrid. Spain sent ammunition to Ukraine.\n",
            "c.txt": "Olaf Scholz a rencontré Pedro Sánchez à Paris mardi.\n",
        ]
        var paths: [String] = []
        for (name, text) in articles.sorted(by: { $0.key < $1.key }) { paths.append(try folder.write("corpus/" + name, text)) }
        let db = folder.path + "/c.sqlite"
        #expect(try relgraph(["ingest", folder.path + "/corpus", "--db", db, "--quiet"]).status == 0)
        let exported = try relgraph(["export", "--db", db, "--format", "json"])
        let extracted = try relgraph(["extract"] + paths + ["--format", "json"])
        #expect(exported.status == 0 && extracted.status == 0)
        #expect(extracted.stdout.contains("\"edges\": [\n"))  // the comparison is about something
        #expect(exported.stdout == extracted.stdout)
    }

    /// `count` short reports in `folder/corpus`, each naming pairs of six leaders meeting.
    private func writeReports(_ count: Int, in folder: TemporaryFolder) throws {
        let people = ["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez", "Joe Biden", "Xi Jinping", "Narendra Modi"]
        for index in 0 ..< count {
            var text = "Report \(index).\n\n"
            for sentence in 0 ..< 12 {
                let a = people[(index + sentence) % people.count], b = people[(index * 5 + sentence + 1) % people.count]
                if a != b { text += "\(a) met \(b) in Paris on Tuesday, the \(sentence + 1)th meeting of report \(index). " }
            }
            try folder.write("corpus/report-\(index).txt", text + "\n")
        }
    }

    /// Runs a quoted command line under a 256-block file size limit: writes past it fail as on a
    /// full disk (SIGXFSZ ignored, so the write returns an error instead of killing the process).
    private func runUnderFileSizeLimit(_ quoted: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "ulimit -f 256; trap '' XFSZ; exec \(quoted.joined(separator: " "))"])
    }

    /// A disk that fills up mid-run (here a file size limit, which fails writes as a full disk
    /// does, on any file system): the run stops at the first failed write with the summary and
    /// one error line, the database stays consistent, and the same command finishes the job once
    /// there is room. It used to go on through every file, one identical line each.
    @Test func aFullDiskStopsTheRunWithASummaryAndARerunFinishes() throws {
        let binary = try #require(CrashSafetyTests.binary, "relgraph executable not found beside the test bundle")
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let count = 60
        try writeReports(count, in: folder)
        let db = folder.path + "/c.sqlite"
        // The corpus exists before the disk fills: created by a first, unlimited run of one file.
        let first = try relgraph(["ingest", folder.path + "/corpus/report-0.txt", "--db", db, "--quiet"])
        try #require(first.status == 0, "\(first.stderr)")

        // 256 blocks (128 or 256 KB, as the shell counts them): a few documents fit in the WAL.
        let quoted = [binary, "ingest", folder.path + "/corpus", "--db", db, "--quiet", "--jobs", "2"].map { "'\($0)'" }
        let limited = try runUnderFileSizeLimit(quoted)
        #expect(limited.status == 1)
        let errorLines = limited.stderr.split(separator: "\n")
        #expect(errorLines.count == 1, "one error line, got: \(limited.stderr)")
        #expect(limited.stderr.hasPrefix("relgraph: \(db): ") && limited.stderr.contains("; ingest stopped after "), "\(limited.stderr)")
        let summary = try #require(limited.stdout.split(separator: "\n").first { $0.hasPrefix("documents: ") }, "no summary: \(limited.stdout)")
        let numbers = summary.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        // added, replaced, unchanged, duplicate, skipped, failed, not attempted, files
        try #require(numbers.count == 8, "\(summary)")
        #expect(numbers[2] == 1 && numbers[4] == 0 && numbers[7] == count, "\(summary)")
        #expect((1 ... 2).contains(numbers[5]) && numbers[6] > 0, "stopped early: \(summary)")
        #expect(numbers[0] + numbers[2] + numbers[5] + numbers[6] == count, "\(summary)")

        let check = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute('PRAGMA integrity_check').fetchone()[0])"
        #expect(try ProcessRunner.python(["-c", check, db]).stdout == "ok\n")
        let rerun = try relgraph(["ingest", folder.path + "/corpus", "--db", db, "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("documents: \(count - 1 - numbers[0]) added, 0 replaced, \(1 + numbers[0]) unchanged"), "\(rerun.stdout)")
    }

    /// `ingest --format json` on a disk that fills mid-run: the object's `failed` holds the storage
    /// error of each failed file, `notAttempted` counts the files never tried, and the
    /// counts add up to the files given and match what the database holds.
    @Test func theJSONSummaryCountsFailedAndNotAttemptedFiles() throws {
        let binary = try #require(CrashSafetyTests.binary, "relgraph executable not found beside the test bundle")
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let count = 60
        try writeReports(count, in: folder)
        let db = folder.path + "/c.sqlite"
        let first = try relgraph(["ingest", folder.path + "/corpus/report-0.txt", "--db", db, "--quiet"])
        try #require(first.status == 0, "\(first.stderr)")
        let quoted = [binary, "ingest", folder.path + "/corpus", "--db", db, "--format", "json", "--jobs", "1"].map { "'\($0)'" }
        let limited = try runUnderFileSizeLimit(quoted)
        #expect(limited.status == 1)
        #expect(limited.stderr.split(separator: "\n").count == 1, "\(limited.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(limited.stdout.utf8)) as? [String: Any],
                                  "not one JSON object: \(limited.stdout)")
        let files = try #require(object["files"] as? Int), added = try #require(object["added"] as? Int)
        let unchanged = try #require(object["unchanged"] as? Int)
        let failed = try #require(object["failed"] as? [String]), notAttempted = try #require(object["notAttempted"] as? Int)
        #expect(files == count && unchanged == 1)
        // One worker: exactly one file fails, the first the full disk refused; the rest wait.
        #expect(failed.count == 1, "\(failed)")
        #expect(failed.allSatisfy { $0.hasPrefix(db + ": ") }, "the storage error names the database: \(failed)")
        #expect(notAttempted > 0 && added + unchanged + failed.count + notAttempted == files, "\(limited.stdout)")
        let documents = try relgraph(["documents", "--db", db])
        #expect(documents.status == 0, "\(documents.stderr)")
        #expect(documents.stdout.split(separator: "\n").filter { $0.contains("/corpus/report-") }.count == 1 + added,
                "\(documents.stdout)")
    }

    /// `--verbose`: one line per file, with what each new document brought; with `--quiet` or
    /// `--format json` it is a usage error.
    @Test func verboseListsWhatEachDocumentAdded() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("corpus/a.txt", "Emmanuel Macron met Olaf Scholz in Paris on Tuesday.\n")
        try folder.write("corpus/b.txt", "Olaf Scholz met Emmanuel Macron in Berlin on Friday.\n")
        let db = folder.path + "/c.sqlite"
        let run = try relgraph(["ingest", folder.path + "/corpus", "--db", db, "--verbose", "--jobs", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        // The two leaders and Paris, then Berlin; the meeting is stated again in b.txt. Which
        // other relations the model reads (a visit to Berlin) is the extractor's business.
        try #require(lines.count == 2, "\(run.stderr)")
        #expect(lines[0].hasPrefix("added: \(folder.path)/corpus/a.txt (actors: 3 new, 0 known; relations: "), "\(lines[0])")
        #expect(lines[0].hasSuffix(" new, 0 known)"), "\(lines[0])")
        #expect(lines[1].hasPrefix("added: \(folder.path)/corpus/b.txt (actors: 1 new, 2 known; relations: "), "\(lines[1])")
        #expect(lines[1].hasSuffix(" new, 1 known)"), "\(lines[1])")
        let again = try relgraph(["ingest", folder.path + "/corpus", "--db", db, "--verbose"])
        #expect(again.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("unchanged: ") && !$0.contains("(") }, "\(again.stderr)")
        for conflicting in [["--quiet"], ["--format", "json"]] {
            let refused = try relgraph(["ingest", folder.path + "/corpus", "--db", db, "--verbose"] + conflicting)
            #expect(refused.status == 2 && refused.stderr.split(separator: "\n").count == 1, "\(conflicting): \(refused.stderr)")
        }
    }
}
