import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphExtraction
import RelGraphFormats
import RelGraphKnowledge
import RelGraphStore
import RelGraphTime

/// `relgraph ingest FILE|DIR... --db corpus.sqlite`: grows one graph from a whole corpus.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract articles into a corpus database, merging them into one graph.",
        discussion: """
            Folders are walked recursively for .txt, .md and .html files (markup is stripped before \
            extraction). Documents are keyed by the SHA-256 of their bytes: ingesting the same file \
            again does nothing, and a file whose content changed replaces its own evidence. Each \
            document is committed in its own transaction, so an interrupted run leaves a consistent \
            database and running the same command again finishes the job. Unusable files (binary, \
            invalid UTF-8, empty, unreadable) are reported one per line and skipped; the exit status \
            is then 1, after the rest of the corpus is ingested. A failure of the database itself \
            (a full disk, a read-only or damaged file, a server gone) stops the run at once: the \
            summary counts the files stored, skipped, failed and not attempted, and running the \
            same command again once the cause is fixed finishes the job.

            With --db postgres://user@host:port/db, any number of ingest processes, on one or \
            several machines, may feed one database at once: each file is extracted and stored by \
            one of them. Password: PGPASSWORD (never printed).

            Query the result with any verb's --db option, `relgraph documents`, `relgraph stats`, \
            sqlite3 or psql (see Sources/RelGraphStore/SCHEMA.md).
            """
    )

    @Argument(help: "Files and folders to ingest; - reads one article from stdin.")
    var inputs: [String]

    @Option(name: .long, help: "The corpus database (created when missing): an SQLite file or postgres://user@host:port/db (credentials also from PG* variables). Default: $RELGRAPH_DB.")
    var db: String?

    @Option(name: .long, help: "An extra lexicon file (relgraph TSV format); repeat for several. Applies to documents extracted in this run; stored documents are not re-extracted.")
    var lexicon: [String] = []

    @Option(name: .long, help: "Publication date of the documents ingested in this run, YYYY-MM-DD (else each document's own, else unknown).")
    var date: String?

    @Option(name: .long, help: "Extraction threads (default: every core).")
    var jobs: Int?  // nil: every core (an optional, so help does not print this machine's count)

    @Flag(name: .long, help: "Print only the summary.")
    var quiet = false

    @Flag(name: .long, help: "One line per file, also on a terminal, with the actors and relations each new document gave.")
    var verbose = false

    @Option(name: .long, help: "The summary as text or json (json implies --quiet).")
    var format: ListingFormat = .text

    /// The summary as one JSON object; skipped files keep their one-line reasons.
    static func json(_ summary: IngestSummary) -> String {
        let skipped = summary.skipped.map(GraphJSON.quote).joined(separator: ",")
        return "{\"files\":\(summary.files),\"added\":\(summary.added),\"replaced\":\(summary.replaced),"
            + "\"unchanged\":\(summary.unchanged),\"duplicates\":\(summary.duplicates),\"skipped\":[\(skipped)],"
            + "\"failed\":[\(summary.failed.map(GraphJSON.quote).joined(separator: ","))],\"notAttempted\":\(summary.notAttempted),"
            + "\"actors\":{\"new\":\(summary.newActors.count),\"updated\":\(summary.updatedActors.count)},"
            + "\"relations\":{\"new\":\(summary.newRelations.count),\"updated\":\(summary.updatedRelations.count)},"
            + "\"seconds\":\(summary.seconds)}"
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        if verbose && format == .json { throw ValidationError("--verbose cannot be used with --format json (json prints only the summary)") }
    }

    func run() throws {
        let given = try DateOption.parse(date, name: "--date")
        let files = try CorpusFiles.enumerate(inputs)
        // The one call into the extraction pipeline (a bad lexicon fails before the database is created).
        let extractor = try Extractor(lexicon: RelGraphKnowledge.Lexicon.load(extraFiles: lexicon, snapshot: LexiconSnapshotFile.url))
        let store = try CorpusDatabaseOption.open(try CorpusDatabaseOption.required(db), mode: .readWrite)
        let ingester = CorpusIngester(store: store, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) { document in
            extractor.extract(text: document.text, document: document.path, date: given ?? document.date?.date)
        }
        let progress = IngestProgress(total: files.count, detail: quiet || format == .json ? .quiet : verbose ? .verbose : .normal)
        let summary = ingester.ingest(files) { path, outcome, totals in
            progress.report(path: path, outcome: outcome, totals: totals)
        }
        progress.finish()
        // The summary comes first: closing a database that just failed (a full disk) may fail too.
        let closed = Result { try store.close() }
        switch format {
        case .text: print(summary.report)
        case .json: print(Self.json(summary))
        }
        if let failure = summary.failed.first {
            throw RelGraphError.badInput("\(failure); ingest stopped after \(summary.done) of \(files.count) files (summary above)")
        }
        try closed.get()
        if !summary.skipped.isEmpty {
            throw RelGraphError.badInput("\(summary.skipped.count) of \(files.count) files skipped (listed above)")
        }
    }
}
