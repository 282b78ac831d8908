import Foundation
import RelGraphDocuments

/// Reads a corpus document's text for the document view: only documents the corpus lists
/// (never a path taken from a request), read the way `relgraph ingest` read them (markup
/// stripped), and refused when the file's bytes no longer match what was ingested, since the
/// evidence offsets would then point at the wrong words.
enum DocumentTexts {
    enum Outcome {
        case text(String)
        /// The file cannot be read here (moved, or the graph names it relative to another folder).
        case unavailable(String)
        /// The file changed since it was ingested.
        case changed
    }

    /// Longest document the explorer shows, in bytes (the ingest limit).
    static let maximumBytes = DocumentReader.maximumBytes

    static func read(_ document: CorpusDocument) -> Outcome {
        do {
            let source = try DocumentReader.read(document.name)
            if let expected = document.sha256, expected != source.sha256 { return .changed }
            return .text(source.text)
        } catch {
            return .unavailable("\(error)")
        }
    }
}
