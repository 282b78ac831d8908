import Foundation
import RelGraphCore

/// The model files shipped in this target's `Model` resource folder.
enum BundledModel {
    /// `Model/name` beside the executable (``ResourceFolder``), else through `Bundle.module`.
    static func url(_ name: String) -> URL? {
        if let path = ResourceFolder.path(bundle: "relgraph_RelGraphExtraction", "Model/\(name)") {
            return URL(fileURLWithPath: path)
        }
        let dot = name.lastIndex(of: ".")!
        return Bundle.module.url(forResource: String(name[..<dot]), withExtension: String(name[name.index(after: dot)...]),
                                 subdirectory: "Model")
    }
}
