import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphExport
import RelGraphFormats

/// `relgraph export`: the graph in another format — DOT, JSON, GraphML, Neo4j import CSV, or GEXF.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as DOT, JSON, GraphML, Neo4j import CSV or dynamic GEXF.",
        discussion: """
            dot: the styled diagram source `relgraph render` lays out (feed it to `dot -Tsvg`).
            json: the canonical relgraph JSON graph.
            graphml: for NetworkX, Gephi, yEd, Cytoscape; every field kept.
            csv: two files for `neo4j-admin database import full --nodes=… --relationships=…`;
                 -o names a folder (→ FOLDER/nodes.csv, FOLDER/relationships.csv) or a prefix
                 (→ PREFIX-nodes.csv, PREFIX-relationships.csv).
            gexf: dynamic GEXF 1.2 for Gephi's timeline: each edge's spells are its evidence dates.
            --since/--until keep only relations with evidence dated in the window.
            """
    )

    enum Format: String, CaseIterable { case dot, json, graphml, csv, gexf }

    @OptionGroup var input: GraphInputOptions

    // A plain string, so an unknown format is bad input (exit 1) with a one-line message.
    @Option(name: .long, help: "dot, json, graphml, csv or gexf.")
    var format: String

    @Option(name: [.short, .customLong("output")], help: "Output file (- or omitted: stdout); for csv a folder or prefix.")
    var output: String?

    func run() throws {
        guard let format = Format(rawValue: format.lowercased()) else {
            let known = Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw RelGraphError.badInput("unknown export format '\(self.format)' (known: \(known))")
        }
        let graph = try input.load()
        switch format {
        case .dot: try OutputFile.write(DiagramWriter.dot(for: graph), to: output)
        case .json: try OutputFile.write(GraphJSON.encode(graph.canonicalized()), to: output)
        case .graphml: try OutputFile.write(GraphMLWriter.write(graph), to: output)
        case .gexf: try OutputFile.write(GEXFWriter.write(graph), to: output)
        case .csv: try writeCSV(graph)
        }
    }

    /// Two files, written so that a failure leaves neither behind.
    private func writeCSV(_ graph: RelationshipGraph) throws {
        guard let output, output != "-" else {
            throw RelGraphError.usage("export --format csv writes two files: name a folder or prefix with -o")
        }
        var isDirectory: ObjCBool = false
        let isFolder = output.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
        let base = isFolder ? (output.hasSuffix("/") ? output : output + "/") : output + "-"
        let nodesPath = base + "nodes.csv", relationshipsPath = base + "relationships.csv"
        let existedBefore = FileManager.default.fileExists(atPath: nodesPath)
        try OutputFile.write(Neo4jCSVWriter.nodes(graph), to: nodesPath)
        do {
            try OutputFile.write(Neo4jCSVWriter.relationships(graph), to: relationshipsPath)
        } catch {
            if !existedBefore { try? FileManager.default.removeItem(atPath: nodesPath) }
            throw error
        }
    }
}
