import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphFormats
import RelGraphStore

/// `relgraph documents --db corpus.sqlite`: what a corpus database holds, one document a line.
struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List the documents of a corpus database with what was extracted from each."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: "The corpus database (from `relgraph ingest`).")
    var db: String

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of stdout.")
    var output: String?

    func run() throws {
        try OutputFile.refuseOverwriting(inputs: [db], with: output)
        let documents = try CorpusStore(path: db, mode: .readOnly).documents()
        switch format {
        case .json: try OutputFile.write(json(documents), to: output)
        case .text: try OutputFile.write(text(documents), to: output)
        }
    }

    private func text(_ documents: [StoredDocument]) -> String {
        var out = "\(documents.count) documents\n"
        for document in documents {
            out += "\(document.path)  sha256:\(document.sha256.prefix(12))  \(document.bytes) bytes  \(document.format)  "
            out += "\(document.actors) actors  \(document.relations) relations  \(document.evidence) evidence  "
            out += "date \(document.date ?? "unknown")\n"
        }
        return out
    }

    private func json(_ documents: [StoredDocument]) -> String {
        let rows = documents.map { document in
            "{\"path\": \(GraphJSON.quote(document.path)), \"sha256\": \(GraphJSON.quote(document.sha256)), "
                + "\"bytes\": \(document.bytes), \"format\": \(GraphJSON.quote(document.format)), "
                + "\"characters\": \(document.characters), \"actors\": \(document.actors), "
                + "\"relations\": \(document.relations), \"evidence\": \(document.evidence), "
                + "\"date\": \(document.date.map(GraphJSON.quote) ?? "null")}"
        }
        return "{\"documents\": [" + (rows.isEmpty ? "" : "\n  " + rows.joined(separator: ",\n  ") + "\n") + "]}\n"
    }
}
