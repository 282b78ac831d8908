import Foundation

/// Where the CLI keeps the built lexicon between runs (`RelGraphKnowledge.Lexicon.load(extraFiles:snapshot:)`):
/// `$RELGRAPH_CACHE_DIR`, else `$XDG_CACHE_HOME/relgraph`, else `~/.cache/relgraph`.
/// `RELGRAPH_CACHE_DIR=` (empty) turns the snapshot off: every run parses the data files.
package enum LexiconSnapshotFile {
    package static var url: URL? {
        // getenv, not ProcessInfo's environment dictionary: this runs at every start of `extract`.
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        let folder: String
        if let chosen = variable("RELGRAPH_CACHE_DIR") {
            guard !chosen.isEmpty else { return nil }
            folder = chosen
        } else if let cache = variable("XDG_CACHE_HOME"), cache.hasPrefix("/") {
            folder = cache + "/relgraph"
        } else if let home = variable("HOME"), !home.isEmpty {
            folder = home + "/.cache/relgraph"
        } else {
            return nil
        }
        return URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("lexicon.snapshot", isDirectory: false)
    }
}
