import Foundation
import RelGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading user-named files with errors a person can act on.
enum InputFiles {
    /// Reads a whole file, or stdin for `-`. A pipe or FIFO (`--graph <(zcat g.json.gz)`) is read
    /// to its end like stdin; the reason a file cannot be opened is the system's, not a guess.
    static func readData(_ path: String) throws -> Data {
        if path == "-" { return try readToEnd(STDIN_FILENO, name: "stdin") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RelGraphError.badInput("\(path): no such file")
        }
        if isDirectory.boolValue { throw RelGraphError.badInput("\(path): is a directory, expected a file") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw RelGraphError.badInput("\(path): cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        return try readToEnd(descriptor, name: path)
    }

    private static func readToEnd(_ descriptor: Int32, name: String) throws -> Data {
        var data = Data()
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG { data.reserveCapacity(Int(info.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw RelGraphError.badInput("\(name): cannot be read (\(String(cString: strerror(errno))))")
            }
            data.append(contentsOf: buffer[0..<count])
        }
    }
}
