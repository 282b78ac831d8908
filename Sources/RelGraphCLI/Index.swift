import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphFormats

/// `relgraph index G.json`: writes the binary sidecar the query verbs load instead of scanning the JSON.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Write a binary index (G.json.rgindex) so query verbs load a large graph without scanning its JSON.",
        discussion: """
        path, neighbors, actors, relations and stats with --graph G.json use G.json.rgindex when it \
        exists and matches G.json's size and modification time; evidence is still read from G.json. \
        A stale or damaged index is reported on stderr and G.json is scanned as usual. Run this \
        again after G.json changes.
        """)

    @Argument(help: "A relgraph JSON graph file.")
    var graph: String

    @Option(name: .shortAndLong, help: "Where to write the index (default: GRAPH.rgindex, the only name query verbs look for).")
    var output: String?

    @Option(name: .long, help: "How to report what was written: text or json.")
    var format: ListingFormat = .text

    func run() throws {
        guard graph != "-" else { throw RelGraphError.usage("index needs a graph file, not stdin: the index records the file's size, time and content hash") }
        try OutputFile.refuseOverwriting(inputs: [graph], with: output)
        guard let before = FileStamp.of(path: graph) else { throw RelGraphError.badInput("\(graph): no such file") }
        let data = try InputFiles.readData(graph)
        let catalog = try GraphCatalog.load(data, source: graph)
        guard FileStamp.of(path: graph) == before, UInt64(data.count) == before.size else {
            throw RelGraphError.badInput("\(graph) changed while it was being indexed; run `relgraph index` again")
        }
        let sidecar = GraphSidecar.encode(catalog, stamp: before)
        let destination = output ?? GraphSidecar.path(forGraph: graph)
        try OutputDestination.write(sidecar, to: destination)
        switch format {
        case .text:
            print("\(destination): \(catalog.actors.count) actors, \(catalog.relationCount) relations, \(sidecar.count) bytes")
        case .json:
            print("{\"index\":\(GraphJSON.quote(destination)),\"actors\":\(catalog.actors.count),"
                + "\"relations\":\(catalog.relationCount),\"bytes\":\(sidecar.count)}")
        }
    }
}
