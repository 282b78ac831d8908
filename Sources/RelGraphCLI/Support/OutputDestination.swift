import Foundation
import RelGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files the way careful tools do.
///
/// - A regular file (or a new name) is replaced atomically: the bytes go to a temporary file in
///   the same folder, are flushed to disk (`fsync`), take the old file's mode (and owner, when
///   allowed), and are renamed over the target. A failure or an interrupting signal removes the
///   temporary file and leaves the old file as it was.
/// - Anything else is written in place and never replaced: a device (`/dev/null`), a FIFO,
///   `/dev/stdout`, the target of a symbolic link (the link stays a link), a file with several
///   hard links (they stay links of one file).
enum OutputDestination {
    /// One file's bytes.
    struct Item {
        let path: String
        let data: Data
    }

    /// Writes `data` at `path`.
    static func write(_ data: Data, to path: String) throws {
        try writeTogether([Item(path: path, data: data)])
    }

    /// Writes several files all-or-nothing as far as the file system allows: every regular-file
    /// target is staged in full first, and only when all are staged are they renamed into place.
    static func writeTogether(_ items: [Item]) throws {
        let plans = try items.map { try Plan(for: $0.path) }
        var staged: [StagedFile] = []
        defer { for file in staged { file.discard() } }
        for (item, plan) in zip(items, plans) where plan == .replace {
            staged.append(try StagedFile.stage(item.data, for: item.path))
        }
        for file in staged { try file.commit() }
        staged.removeAll()
        for (item, plan) in zip(items, plans) where plan == .inPlace {
            try writeInPlace(item.data, to: item.path)
        }
    }

    /// What writing at a path does.
    enum Plan: Equatable {
        case replace, inPlace

        init(for path: String) throws {
            var info = stat()
            guard lstat(path, &info) == 0 else {
                guard errno == ENOENT else { throw OutputDestination.failure(path, errno) }
                let folder = (path as NSString).deletingLastPathComponent
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isDirectory),
                      isDirectory.boolValue else {
                    throw RelGraphError.badInput("\(path): folder \(folder) does not exist")
                }
                self = .replace
                return
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw RelGraphError.badInput("\(path): is a directory")
            case S_IFREG: self = info.st_nlink > 1 ? .inPlace : .replace
            case S_IFLNK:
                var target = stat()
                if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
                    throw RelGraphError.badInput("\(path): is a directory")
                }
                self = .inPlace
            default: self = .inPlace  // FIFO, character or block device, socket
            }
        }
    }

    /// Opens the existing thing at `path` (following a link) and writes into it; a regular file
    /// is truncated first, a device or FIFO just receives the bytes.
    private static func writeInPlace(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        do {
            try FileDescriptorWriter.writeAll(data, to: descriptor)
        } catch let error as FileDescriptorWriter.WriteError {
            throw failure(path, error.code)
        }
    }

    static func failure(_ path: String, _ code: Int32) -> RelGraphError {
        .badInput("\(path): cannot write (\(FileDescriptorWriter.describe(code)))")
    }
}

/// A temporary file beside its target, holding the complete new contents until ``commit()``.
struct StagedFile {
    let temporaryPath: String
    let targetPath: String

    static func stage(_ data: Data, for target: String) throws -> StagedFile {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "" : folder + "/") + ".\(name).relgraph-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputDestination.failure(target, errno) }
        let temporaryPath = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        TemporaryFileRegistry.add(temporaryPath)
        let file = StagedFile(temporaryPath: temporaryPath, targetPath: target)
        defer { close(descriptor) }
        do {
            _ = fchmod(descriptor, targetMode(target))
            var old = stat()
            if stat(target, &old) == 0 { _ = fchown(descriptor, old.st_uid, old.st_gid) }  // allowed for root only
            try FileDescriptorWriter.writeAll(data, to: descriptor)
            guard fsync(descriptor) == 0 else { throw FileDescriptorWriter.WriteError(code: errno) }
        } catch let error as FileDescriptorWriter.WriteError {
            file.discard()
            throw OutputDestination.failure(target, error.code)
        }
        return file
    }

    /// Renames the temporary file over the target, then syncs the folder so the rename lasts.
    func commit() throws {
        guard rename(temporaryPath, targetPath) == 0 else { throw OutputDestination.failure(targetPath, errno) }
        TemporaryFileRegistry.remove(temporaryPath)
        let folder = (targetPath as NSString).deletingLastPathComponent
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 { _ = fsync(directory); close(directory) }
    }

    /// Removes the temporary file (a no-op after ``commit()``).
    func discard() {
        TemporaryFileRegistry.remove(temporaryPath)
        unlink(temporaryPath)
    }

    /// The existing file's permission bits, or what a new file gets (0666 less the umask).
    private static func targetMode(_ path: String) -> mode_t {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }
}
