import Foundation
import RelGraphStore

/// Ingest's progress on stderr: a redrawn bar on a terminal, one plain line per file otherwise
/// (logs and CI). Skipped files are always reported, one line each.
final class IngestProgress: Sendable {
    private let total: Int
    private let quiet: Bool
    private let isTerminal = isatty(STDERR_FILENO) == 1

    init(total: Int, quiet: Bool) {
        self.total = total
        self.quiet = quiet
    }

    /// Called serially by the ingester, once per file.
    func report(path: String, outcome: CorpusIngester.FileOutcome, totals: IngestSummary) {
        if case .skipped(let reason) = outcome {
            write((isTerminal ? "\r\u{1B}[K" : "") + "skipped: \(reason)\n")
        }
        if quiet { return }
        if isTerminal {
            write("\r" + bar(done: totals.done, seconds: totals.seconds))
        } else if case .stored(let stored) = outcome {
            write("\(describe(stored)): \(path)\n")
        }
    }

    func finish() {
        if isTerminal && !quiet { write("\n") }
    }

    private func bar(done: Int, seconds: Double) -> String {
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let rate = seconds > 0 ? Double(done) / seconds : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(done)/\(total) files, \(String(format: "%.0f", rate))/s"
    }

    private func describe(_ outcome: DocumentOutcome) -> String {
        switch outcome {
        case .added: return "added"
        case .replaced: return "replaced"
        case .unchanged: return "unchanged"
        case .duplicate(let other): return "duplicate of \(other)"
        }
    }

    private func write(_ text: String) {
        try? FileDescriptorWriter.writeAll(Data(text.utf8), to: STDERR_FILENO)
    }
}
