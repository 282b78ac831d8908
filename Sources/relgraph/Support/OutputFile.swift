import Foundation
import RelGraphCore

/// Writes a verb's result to stdout or to `-o FILE`, atomically: a failed run never leaves a
/// half-written file behind (the bytes go to a temporary file first, then are renamed).
enum OutputFile {
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw RelGraphError.badInput("\(path): is a directory")
        }
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RelGraphError.badInput("\(path): folder \(directory.path) does not exist")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw RelGraphError.badInput("\(path): cannot write (\((error as NSError).localizedDescription))")
        }
    }

    static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }
}
