import Foundation
import RelGraphCore

/// Reading user-named files with errors a person can act on.
enum InputFiles {
    /// Reads a whole file, or stdin for `-`.
    static func readData(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RelGraphError.badInput("\(path): no such file")
        }
        if isDirectory.boolValue { throw RelGraphError.badInput("\(path): is a directory, expected a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RelGraphError.badInput("\(path): cannot be read (permission denied?)")
        }
        return data
    }
}
