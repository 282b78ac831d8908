import Foundation
import RelGraphCore
import RelGraphFormats

/// Finds and reads `G.json.rgindex` for the query verbs; any reason not to use it is one line on
/// stderr and `nil`, so the caller scans `G.json` as if there were no sidecar.
enum SidecarLoader {
    static func load(graph: String) -> GraphCatalog? {
        let sidecar = GraphSidecar.path(forGraph: graph)
        guard FileManager.default.fileExists(atPath: sidecar), let stamp = FileStamp.of(path: graph) else { return nil }
        let rerun = "scanning instead — run `relgraph index \(graph)`"
        // Sized before it is read: a 2 GB sparse file named like the index was read whole first.
        let size = (try? FileManager.default.attributesOfItem(atPath: sidecar)[.size] as? NSNumber)?.uint64Value ?? 0
        guard size <= largestIndex(ofGraphBytes: stamp.size) else {
            warn("\(sidecar) is \(size) bytes, more than any index of \(graph) can be; \(rerun)")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: sidecar) else {
            warn("\(sidecar) cannot be read; \(rerun)")
            return nil
        }
        do throws(GraphSidecar.Problem) {
            // A relation later found changed throws GraphFileChanged; the command reports it.
            return try GraphSidecar.decode(data, graphPath: graph, stamp: stamp)
        } catch {
            switch error {
            case .stale(let recorded):
                let how = stamp.isNewer(than: recorded) ? "is older than" : "does not match"
                warn("\(sidecar) \(how) \(graph); \(rerun)")
            case .unusable(let reason):
                warn("\(sidecar) is not a usable index (\(reason)); \(rerun)")
            }
        }
        return nil
    }

    /// An index holds less than its graph: the actor ids the graph spells out, and about 40 bytes
    /// of columns per relation, which takes at least 60 bytes of JSON. Twice the graph's size
    /// plus a megabyte leaves a wide margin.
    static func largestIndex(ofGraphBytes graphBytes: UInt64) -> UInt64 {
        graphBytes.multipliedReportingOverflow(by: 2).partialValue &+ 1 << 20
    }

    private static func warn(_ line: String) {
        StandardStreams.writeError("relgraph: \(line)")
    }
}
