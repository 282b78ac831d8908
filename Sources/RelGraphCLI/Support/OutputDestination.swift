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
///
/// The file stays open and locked (`flock`) until it is renamed or removed, so a later write of
/// the same target can tell a temporary file abandoned by a killed run (SIGKILL cannot be caught:
/// issue #15 saw 32 MB left behind) from one another process is still writing, and removes only
/// the first kind.
final class StagedFile {
    let temporaryPath: String
    let targetPath: String
    private var descriptor: Int32
    /// Renamed into place or removed: nothing left to clean up.
    private var finished = false

    private init(temporaryPath: String, targetPath: String, descriptor: Int32) {
        self.temporaryPath = temporaryPath
        self.targetPath = targetPath
        self.descriptor = descriptor
    }

    static func stage(_ data: Data, for target: String) throws -> StagedFile {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let prefix = ".\(name).relgraph-"
        removeAbandoned(in: folder, prefix: prefix)
        let file = try create(folder: folder, prefix: prefix, target: target)
        do {
            _ = fchmod(file.descriptor, targetMode(target))
            var old = stat()
            if stat(target, &old) == 0 { _ = fchown(file.descriptor, old.st_uid, old.st_gid) }  // allowed for root only
            try FileDescriptorWriter.writeAll(data, to: file.descriptor)
            guard fsync(file.descriptor) == 0 else { throw FileDescriptorWriter.WriteError(code: errno) }
        } catch let error as FileDescriptorWriter.WriteError {
            file.discard()
            throw OutputDestination.failure(target, error.code)
        }
        return file
    }

    /// A new temporary file, open and locked. Between `mkstemp` and `flock` another run could
    /// take it for abandoned and remove it; then the name no longer leads to this file, and
    /// another one is made.
    private static func create(folder: String, prefix: String, target: String) throws -> StagedFile {
        for _ in 0 ..< 4 {
            var template = Array(((folder.isEmpty ? "" : folder + "/") + prefix + "XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else { throw OutputDestination.failure(target, errno) }
            let path = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            TemporaryFileRegistry.add(path)
            var opened = stat(), named = stat()
            if flock(descriptor, LOCK_EX) == 0, fstat(descriptor, &opened) == 0, stat(path, &named) == 0,
               opened.st_ino == named.st_ino, opened.st_dev == named.st_dev {
                return StagedFile(temporaryPath: path, targetPath: target, descriptor: descriptor)
            }
            TemporaryFileRegistry.remove(path)
            close(descriptor)
        }
        throw RelGraphError.badInput("\(target): cannot write (another process keeps removing its temporary file)")
    }

    /// Removes the temporary files of `prefix` in `folder` that no process holds locked: what a
    /// killed run left behind. Only names relgraph makes (`prefix` and six characters) are tried.
    private static func removeAbandoned(in folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.utf8.count == prefix.utf8.count + 6 {
            let path = (folder.isEmpty ? "" : folder + "/") + name
            let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                  flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
            unlink(path)
        }
    }

    /// Renames the temporary file over the target, then syncs the folder so the rename lasts.
    func commit() throws {
        guard rename(temporaryPath, targetPath) == 0 else { throw OutputDestination.failure(targetPath, errno) }
        finished = true
        TemporaryFileRegistry.remove(temporaryPath)
        closeDescriptor()
        let folder = (targetPath as NSString).deletingLastPathComponent
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 { _ = fsync(directory); close(directory) }
    }

    /// Removes the temporary file (a no-op after ``commit()``).
    func discard() {
        if !finished {
            finished = true
            TemporaryFileRegistry.remove(temporaryPath)
            unlink(temporaryPath)
        }
        closeDescriptor()
    }

    private func closeDescriptor() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
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
