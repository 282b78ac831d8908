import Foundation

/// A fresh temporary folder, removed by the caller with `cleanUp()`.
public struct TemporaryFolder {
    public let path: String

    public init() throws {
        path = NSTemporaryDirectory() + "relgraph-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `contents` at `name` (folders created) and returns the full path.
    @discardableResult
    public func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    public func cleanUp() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
