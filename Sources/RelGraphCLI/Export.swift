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

    // A plain string, so an unknown format is a usage error (exit 2) listing the known ones.
    @Option(name: .long, help: "dot, json, graphml, csv or gexf.")
    var format: String

    @Option(name: [.short, .customLong("output")], help: "Output file (- or omitted: stdout); for csv a folder or prefix.")
    var output: String?

    func validate() throws {
        guard Format(rawValue: format.lowercased()) != nil else {
            let known = Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown export format '\(format)' (known: \(known))")
        }
        if Format(rawValue: format.lowercased()) == .csv, output == nil || output == "-" {
            throw ValidationError("export --format csv writes two files: name a folder or prefix with -o")
        }
    }

    func run() throws {
        guard let format = Format(rawValue: format.lowercased()) else { throw RelGraphError.usage("unknown export format '\(self.format)'") }
        try OutputFile.refuseOverwriting(inputs: input.inputPaths, with: output)
        let graph = try input.load()
        switch format {
        case .dot: try OutputFile.write(DiagramWriter.dot(for: graph), to: output)
        case .json: try OutputFile.write(GraphJSON.encode(graph.canonicalized()), to: output)
        case .graphml: try OutputFile.write(GraphMLWriter.write(graph), to: output)
        case .gexf: try OutputFile.write(GEXFWriter.write(graph), to: output)
        case .csv: try writeCSV(graph)
        }
    }

    /// Two files, written together: a failure leaves the earlier pair (or nothing) as it was.
    private func writeCSV(_ graph: RelationshipGraph) throws {
        guard let output, output != "-" else {
            throw RelGraphError.usage("export --format csv writes two files: name a folder or prefix with -o")
        }
        var isDirectory: ObjCBool = false
        let folderExists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue
        let isFolder = output.hasSuffix("/") || folderExists
        if output.hasSuffix("/") && !folderExists {
            // `-o neo4j/` names a folder to hold the two files: make it (not its parents).
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
            } catch {
                throw RelGraphError.badInput("\(output): cannot create the folder (does its parent folder exist?)")
            }
        }
        let base = isFolder ? (output.hasSuffix("/") ? output : output + "/") : output + "-"
        let nodesPath = base + "nodes.csv", relationshipsPath = base + "relationships.csv"
        try OutputFile.refuseOverwriting(inputs: input.inputPaths, with: nodesPath)
        try OutputFile.refuseOverwriting(inputs: input.inputPaths, with: relationshipsPath)
        try OutputDestination.writeTogether([
            .init(path: nodesPath, data: Data(Neo4jCSVWriter.nodes(graph).utf8)),
            .init(path: relationshipsPath, data: Data(Neo4jCSVWriter.relationships(graph).utf8)),
        ])
    }
}
