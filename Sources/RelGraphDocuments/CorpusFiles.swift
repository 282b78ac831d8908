import Foundation

/// Finds the documents of a corpus: files named on the command line, and every `.txt`, `.md`,
/// `.markdown`, `.html` or `.htm` file under the folders named there, recursively.
public enum CorpusFiles {
    /// File name extensions ingested when walking a folder, and the markup each one carries.
    public static let formats: [String: DocumentFormat] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    ]

    /// The documents under `paths`, sorted and without duplicates. A path that does not exist is a
    /// usage error for the whole run; a named file with another extension is read as plain text;
    /// `-` (standard input) is kept as it is.
    public static func enumerate(_ paths: [String]) throws(DocumentError) -> [String] {
        var found = Set<String>()
        for path in paths {
            if path == "-" {
                found.insert(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A dangling symbolic link still names a file: keep it so it is reported per file.
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                    found.insert(canonicalPath(path))
                    continue
                }
                throw DocumentError.noSuchFileOrFolder(path)
            }
            if isDirectory.boolValue {
                found.formUnion(try walk(path).map(canonicalPath))
            } else {
                found.insert(canonicalPath(path))
            }
        }
        return found.sorted()
    }

    /// `path` without `.` components, repeated or trailing slashes, and with `dir/..` pairs
    /// folded, so one file has one name however it was typed: `./c.txt`, `c.txt` and
    /// `notes/../c.txt` are all `c.txt`. A document is stored under this name, so a changed file
    /// replaces its own evidence instead of becoming a second document. Lexical, like Go's
    /// `filepath.Clean`: links are not followed (their own names are kept).
    public static func canonicalPath(_ path: String) -> String {
        guard path != "-" else { return path }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute {
                continue  // "/.." is "/"
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    private static func walk(_ folder: String) throws(DocumentError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw DocumentError.unlistableFolder(folder)
        }
        var files: [String] = []
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        while let relative = enumerator.nextObject() as? String {
            // Hidden files and folders (.git, editor droppings) are not articles.
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let name = (relative as NSString).lastPathComponent
            let fileExtension = (name as NSString).pathExtension.lowercased()
            if formats[fileExtension] != nil { files.append(base + relative) }
        }
        return files
    }

    /// The markup of `path`, from its extension (plain text when unknown).
    public static func format(of path: String) -> DocumentFormat {
        formats[(path as NSString).pathExtension.lowercased()] ?? .text
    }
}
