import Foundation
import RelGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a verb's result to stdout or to `-o FILE` (see ``OutputDestination`` for how a file is
/// replaced or written in place).
enum OutputFile {
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            try StandardStreams.writeOutput(data)
            return
        }
        try OutputDestination.write(data, to: path)
    }

    static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Refuses an output that is one of the run's inputs (the same file, by device and inode, so
    /// `./g.json`, a symlink or a hard link are caught too): writing it would destroy the input.
    static func refuseOverwriting(inputs: [String], with output: String?) throws {
        guard let output, output != "-", let outputID = fileIdentity(output) else { return }
        for input in inputs where input != "-" && fileIdentity(input) == outputID {
            throw RelGraphError.usage("-o \(output) is the input \(input); write the output to another file")
        }
    }

    private struct FileIdentity: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    private static func fileIdentity(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}

extension GraphInputOptions {
    /// The files this run reads its graph from, for ``OutputFile/refuseOverwriting(inputs:with:)``.
    var inputPaths: [String] { [graph, db].compactMap { $0 } }
}
