import Foundation
import RelGraphStore

/// Ingest's progress on stderr: a redrawn bar on a terminal, one plain line per file otherwise
/// (logs and CI); `--verbose` gives lines on a terminal too, with what each document added.
/// Skipped files are always reported, one line each.
final class IngestProgress: Sendable {
    /// How much is printed per file (`--quiet`, the default, `--verbose`).
    enum Detail: Sendable { case quiet, normal, verbose }

    private let total: Int
    private let detail: Detail
    private let drawsBar: Bool

    init(total: Int, detail: Detail) {
        self.total = total
        self.detail = detail
        drawsBar = detail == .normal && isatty(STDERR_FILENO) == 1
    }

    /// Called serially by the ingester, once per file.
    func report(path: String, outcome: CorpusIngester.FileOutcome, totals: IngestSummary) {
        if case .skipped(let reason) = outcome {
            write((drawsBar ? "\r\u{1B}[K" : "") + "skipped: \(reason)\n")
        }
        if detail == .quiet { return }
        if drawsBar {
            write("\r" + bar(done: totals.done, seconds: totals.seconds))
        } else if case .stored(let stored) = outcome {
            write("\(describe(stored)): \(path)\(detail == .verbose ? changes(stored) : "")\n")
        }
    }

    func finish() {
        if drawsBar { write("\n") }
    }

    /// What a new or replaced document brought, for `--verbose`.
    private func changes(_ outcome: DocumentOutcome) -> String {
        switch outcome {
        case .added(let changes), .replaced(let changes):
            return " (actors: \(changes.newActors.count) new, \(changes.existingActors.count) known; "
                + "relations: \(changes.newRelations.count) new, \(changes.existingRelations.count) known)"
        case .unchanged, .duplicate: return ""
        }
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
