import Foundation

/// Finds a target's bundled resources beside the running executable without building a `Bundle`.
///
/// SwiftPM copies a target's resources into `PACKAGE_TARGET.resources` beside the executable, and
/// its `Bundle.module` looks there first. Building that `Bundle` (and `Bundle.main`, and URLs on
/// the way) cost a one-sentence `relgraph extract` about a millisecond for its two bundles
/// (Benchmarks/startup); `readlink` and `stat` find the same folder. Callers fall back to
/// `Bundle.module` when this returns nil (another layout, another platform).
package enum ResourceFolder {
    /// The running executable's folder, from `/proc/self/exe`; nil where there is none.
    private static let executableFolder: String? = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }()

    /// `EXECUTABLE_FOLDER/bundle.resources/relativePath` when it exists, else nil.
    package static func path(bundle: String, _ relativePath: String) -> String? {
        guard let folder = executableFolder else { return nil }
        let path = "\(folder)/\(bundle).resources/\(relativePath)"
        var status = stat()
        return stat(path, &status) == 0 ? path : nil
    }
}
