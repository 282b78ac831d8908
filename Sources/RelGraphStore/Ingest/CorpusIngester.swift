import Dispatch
import Foundation
import RelGraphCore
import RelGraphDocuments

/// Ingests many files into a corpus database (``CorpusStore``, or any ``CorpusDatabase``):
/// reading, hashing and extraction run on `jobs` threads; each document is committed in its own
/// transaction as soon as it is extracted.
///
/// Several ingesters, in one process or many, may feed one database that takes claims
/// (PostgreSQL): a file another worker is extracting is put aside and looked at again once the
/// rest is done, when it is usually stored already (then it counts as unchanged).
///
/// A file that cannot be used (binary, empty, not UTF-8, an extraction error) is skipped and the
/// run goes on. A failure of the database itself (a full disk, a read-only or damaged file, a
/// server gone) would fail every file after it the same way, so the run stops at the first one:
/// workers take no new file, and the summary counts the files never attempted.
///
/// The extractor is a closure so the store does not depend on the extraction pipeline (and tests
/// can supply their own).
public struct CorpusIngester: Sendable {
    /// Text and document name in, that document's graph out. Called concurrently.
    public typealias Extract = @Sendable (_ text: String, _ document: String) throws -> RelationshipGraph
    /// The whole document in (text, path and the date it states), its graph out. Called concurrently.
    public typealias ExtractDocument = @Sendable (_ document: SourceDocument) throws -> RelationshipGraph

    public let store: any CorpusDatabase
    public let jobs: Int
    private let extract: ExtractDocument

    public init(store: any CorpusDatabase, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, extract: @escaping Extract) {
        self.init(store: store, jobs: jobs, extractDocument: { document in try extract(document.text, document.path) })
    }

    /// An ingester whose extractor sees the whole ``SourceDocument`` (for its date).
    public init(store: any CorpusDatabase, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, extractDocument: @escaping ExtractDocument) {
        self.store = store
        self.jobs = max(1, jobs)
        self.extract = extractDocument
    }

    /// What happened to one file.
    public enum FileOutcome: Sendable, Equatable {
        case stored(DocumentOutcome)
        /// Not ingested; the message names the file and the reason.
        case skipped(String)
        /// The database could not look up or store the file (the message names the database and
        /// the reason); the run stops after it.
        case failed(String)
    }

    /// Ingests `paths` (files, as ``CorpusFiles/enumerate(_:)`` lists them). `progress` is called
    /// once per file, serially, in completion order.
    public func ingest(_ paths: [String], progress: @escaping @Sendable (_ path: String, _ outcome: FileOutcome, _ summary: IngestSummary) -> Void = { _, _, _ in }) -> IngestSummary {
        let started = DispatchTime.now()
        let tally = Tally(files: paths.count)
        let next = Counter()
        let claimedElsewhere = PathList()
        /// Records an outcome; a storage failure stops every worker before its next file.
        @Sendable func record(_ path: String, _ outcome: FileOutcome, _ counter: Counter) {
            if case .failed = outcome { counter.stop() }
            tally.record(outcome, started: started) { progress(path, outcome, $0) }
        }
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(paths.count, 1))) { _ in
            while let index = next.take(below: paths.count) {
                let path = paths[index]
                guard let outcome = ingestOne(path, waitForClaim: false) else {
                    claimedElsewhere.append(path)
                    continue
                }
                record(path, outcome, next)
            }
        }
        // Files another worker was extracting: wait for its claim, then store what it did not.
        let putAside = next.stopped ? [] : claimedElsewhere.paths, nextPutAside = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(putAside.count, 1))) { _ in
            while let index = nextPutAside.take(below: putAside.count) {
                let path = putAside[index]
                let outcome = ingestOne(path, waitForClaim: true) ?? .skipped("\(path): claimed by another worker")
                record(path, outcome, nextPutAside)
            }
        }
        var summary = tally.summary(started: started)
        if summary.replaced > 0 && summary.failed.isEmpty {
            do {
                try store.removeOrphans()
            } catch {
                summary.skipped.append("\(store.displayName): could not sweep orphaned rows (\(error)); the next ingest sweeps them")
            }
        }
        return summary
    }

    /// The file at `path`, or for `-` the article on standard input, named `stdin:` and the start
    /// of its SHA-256: it has no path, and keying it by content keeps a second article piped in
    /// from replacing the first.
    private func readDocument(_ path: String) throws(DocumentError) -> SourceDocument {
        guard path == "-" else { return try DocumentReader.read(path) }
        var document = try DocumentReader.readStandardInput()
        document.path = "stdin:" + document.sha256.prefix(16)
        return document
    }

    /// The outcome when the database already holds these bytes, nil when extraction is needed.
    private func storedOutcome(_ document: SourceDocument) throws -> FileOutcome? {
        switch try store.state(path: document.path, sha256: document.sha256) {
        case .unchanged: return .stored(.unchanged)
        case .duplicate(let other): return .stored(.duplicate(of: other))
        case .absent, .changed: return nil
        }
    }

    /// What happened to one file; nil when another worker holds its claim and `waitForClaim` is false.
    private func ingestOne(_ path: String, waitForClaim: Bool) -> FileOutcome? {
        let document: SourceDocument
        do {
            document = try readDocument(path)
        } catch {
            return .skipped(error.description)
        }
        do {
            if let known = try storedOutcome(document) { return known }
            return try store.withClaim(sha256: document.sha256, wait: waitForClaim) {
                // Another worker may have stored it between the first look and the claim.
                if let known = try storedOutcome(document) { return known }
                let graph: RelationshipGraph
                do { graph = try extract(document) } catch { throw ExtractionFailure(underlying: error) }
                return .stored(try store.store(document, graph: graph))
            }
        } catch let failure as ExtractionFailure {
            switch failure.underlying {
            case let error as RelGraphError: return .skipped(error.description)
            case let error as DocumentError: return .skipped(error.description)
            case let error: return .skipped("\(path): \(error)")
            }
        } catch let error as StoreError {
            return .failed(error.description)
        } catch {
            // Another engine's failure (PostgreSQL) names its database itself.
            return .failed("\(error)")
        }
    }

    /// An error of the extractor, told apart from the store's errors around it.
    private struct ExtractionFailure: Error {
        let underlying: any Error
    }
}

/// Hands out file indices to worker threads, until told to stop.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var stopRequested = false

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit, !stopRequested else { return nil }
        next += 1
        return next - 1
    }

    /// No index is handed out after this.
    func stop() { lock.withLock { stopRequested = true } }

    var stopped: Bool { lock.withLock { stopRequested } }
}

/// Files put aside because another worker held their claim.
private final class PathList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func append(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        list.append(path)
    }

    var paths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}

/// The running totals, shared by the workers.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var summary: IngestSummary

    init(files: Int) { summary = IngestSummary(files: files) }

    /// Records one file and reports the totals so far, under the lock so reports never interleave.
    func record(_ outcome: CorpusIngester.FileOutcome, started: DispatchTime, report: (IngestSummary) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        summary.record(outcome)
        summary.seconds = Self.seconds(since: started)
        report(summary)
    }

    func summary(started: DispatchTime) -> IngestSummary {
        lock.lock()
        defer { lock.unlock() }
        summary.seconds = Self.seconds(since: started)
        return summary
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
