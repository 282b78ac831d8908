import Foundation
@testable import RelGraphDocuments
import RelGraphTestSupport
import Testing

@Suite struct DocumentReaderTests {
    private func message(_ path: String) -> String? {
        do {
            _ = try DocumentReader.read(path)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func refusesEachKindOfBadFileWithOneLineNamingIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let binary = try folder.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A, 0x0A]))
        let latin1 = try folder.write("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x21]))  // "Café !" in Latin-1
        let empty = try folder.write("empty.md", "")
        let blank = try folder.write("blank.txt", " \n\t\n")
        let onlyMarkup = try folder.write("page.html", "<html><script>var a = 1;</script><br/></html>")
        let dangling = folder.path + "/dangling.txt"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.path + "/gone.txt")
        let fifo = folder.path + "/pipe.txt"
        #expect(mkfifo(fifo, 0o600) == 0)

        #expect(message(binary)?.contains("binary file") == true)
        #expect(message(latin1) == "\(latin1): not valid UTF-8 text (offset 3)")
        #expect(message(empty) == "\(empty): empty file")
        #expect(message(blank)?.contains("only white space") == true)
        #expect(message(onlyMarkup)?.contains("no text left") == true)
        #expect(message(dangling)?.contains("broken symbolic link") == true)
        #expect(message(fifo) == "\(fifo): not a regular file")
        let missing = folder.path + "/missing.txt"
        #expect(message(missing) == "\(missing): no such file")
        #expect(message(folder.path) == "\(folder.path): is a directory, expected a file")
        // A link to an article is read as the article it names.
        let article = try folder.write("article.txt", "France and Mali signed the Bamako Accord.\n")
        let link = folder.path + "/link.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: article)
        #expect(try DocumentReader.read(link).text == DocumentReader.read(article).text)
        // Reading without hashing refuses the same files with the same message.
        for path in [binary, latin1, empty, blank, onlyMarkup, dangling, fifo, missing, folder.path] {
            #expect(throws: DocumentError.self) { try DocumentReader.readText(path) }
            do { _ = try DocumentReader.readText(path) } catch { #expect(error.description == message(path)) }
        }
        for path in [binary, latin1, empty, blank, onlyMarkup, dangling, fifo, missing, folder.path] {
            #expect(message(path)?.hasPrefix(path + ": ") == true)
            #expect(message(path)?.contains("\n") == false)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func refusesAnUnreadableFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let secret = try folder.write("secret.txt", "person:a meet person:b")
        #expect(chmod(secret, 0) == 0)
        #expect(message(secret)?.contains("cannot be read") == true)
    }

    @Test func readsUTF8DropsByteOrderMarkAndHashesTheRawBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let bytes = Data([0xEF, 0xBB, 0xBF] + Array("Zoé à Kyiv.".utf8))
        let path = try folder.write("bom.txt", bytes)
        let document = try DocumentReader.read(path)
        #expect(document.text == "Zoé à Kyiv.")
        #expect(document.byteCount == bytes.count)
        #expect(document.sha256 == ContentHash.sha256Hex(bytes))
        #expect(document.format == .text)
        let unhashed = try DocumentReader.readText(path)
        #expect(unhashed.text == document.text && unhashed.date == document.date)
    }

    @Test func readsTheSameTextAndDateWithoutHashing() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let html = try folder.write("page.html", """
            <html><head><meta property="article:published_time" content="2024-06-19T08:00:00+02:00"></head>
            <body><p>PARIS, 18 juin 2024 (AFP) – La France et le Mali ont signé.</p></body></html>
            """)
        let text = try folder.write("dateline.txt", "PARIS, 19 juin 2024 (AFP)\nLa France et le Mali ont signé.\n")
        for path in [html, text] {
            let document = try DocumentReader.read(path)
            let unhashed = try DocumentReader.readText(path)
            #expect(unhashed.text == document.text)
            #expect(unhashed.date == document.date)
            #expect(unhashed.date != nil)
        }
    }

    @Test func walksFoldersForArticleExtensionsOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("b.txt", "x")
        try folder.write("deep/er/c.HTML", "x")
        try folder.write("deep/a.md", "x")
        try folder.write("deep/data.json", "{}")
        try folder.write(".hidden/d.txt", "x")
        try folder.write("notes.text.swp", "x")
        let named = try folder.write("README", "x")  // named explicitly: read whatever its extension
        let found = try CorpusFiles.enumerate([folder.path, named, folder.path + "/b.txt"])
        let relative = found.map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(relative == ["README", "b.txt", "deep/a.md", "deep/er/c.HTML"])
        #expect(throws: DocumentError.noSuchFileOrFolder(folder.path + "/missing")) { try CorpusFiles.enumerate([folder.path + "/missing"]) }
    }
}
