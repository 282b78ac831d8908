import Foundation
import RelGraphCore
import RelGraphFormats

/// The graph JSON reader on any bytes: a graph or one error, never a crash. A graph it accepts
/// is written back and read again to the same graph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphJSONReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    guard let graph = try? GraphJSON.decode(bytes, source: "fuzz.json") else { return 0 }
    let again = GraphJSON.encode(graph.canonicalized())
    guard let reread = try? GraphJSON.decode(Data(again.utf8), source: "again.json") else {
        preconditionFailure("a graph the reader accepted does not read back after writing")
    }
    precondition(GraphJSON.encode(reread.canonicalized()) == again, "write → read → write is not stable")
    return 0
}
