import RelGraphCore

/// The totals of one ingest run, printed at its end.
public struct IngestSummary: Sendable, Equatable {
    /// Files the run was given.
    public var files: Int
    public var added = 0
    public var replaced = 0
    public var unchanged = 0
    public var duplicates = 0
    /// Reasons for the files that were not ingested, one line each, in completion order.
    public var skipped: [String] = []
    /// Storage failures (the database's name and the reason), in completion order: the run
    /// stopped at the first, and workers already storing a file may add one each.
    public var failed: [String] = []
    /// Actors created by this run, and actors that existed before and gained mentions.
    public var newActors: Set<String> = []
    public var updatedActors: Set<String> = []
    public var newRelations: Set<RelationKey> = []
    public var updatedRelations: Set<RelationKey> = []
    /// Wall-clock time so far.
    public var seconds = 0.0

    public init(files: Int) { self.files = files }

    /// Files handled so far, whatever their outcome.
    public var done: Int { added + replaced + unchanged + duplicates + skipped.count + failed.count }

    /// Files never looked at: the run stopped at a storage failure before their turn.
    public var notAttempted: Int { max(0, files - done) }

    mutating func record(_ outcome: CorpusIngester.FileOutcome) {
        switch outcome {
        case .skipped(let reason): skipped.append(reason)
        case .failed(let reason): failed.append(reason)
        case .stored(.unchanged): unchanged += 1
        case .stored(.duplicate): duplicates += 1
        case .stored(.added(let changes)):
            added += 1
            record(changes)
        case .stored(.replaced(let changes)):
            replaced += 1
            record(changes)
        }
    }

    private mutating func record(_ changes: DocumentChanges) {
        // Workers commit and report in slightly different orders: new wins over updated.
        newActors.formUnion(changes.newActors)
        updatedActors.subtract(changes.newActors)
        updatedActors.formUnion(changes.existingActors.subtracting(newActors))
        newRelations.formUnion(changes.newRelations)
        updatedRelations.subtract(changes.newRelations)
        updatedRelations.formUnion(changes.existingRelations.subtracting(newRelations))
    }

    /// The closing lines of `relgraph ingest`.
    public var report: String {
        let rate = seconds > 0 ? Double(added + replaced) / seconds : 0
        // Only a run stopped by a storage failure has files failed or never attempted.
        let stopped = failed.isEmpty ? "" : ", \(failed.count) failed, \(notAttempted) not attempted"
        return """
            documents: \(added) added, \(replaced) replaced, \(unchanged) unchanged, \(duplicates) duplicate, \(skipped.count) skipped\(stopped) (of \(files) files)
            actors: \(newActors.count) new, \(updatedActors.count) updated
            relations: \(newRelations.count) new, \(updatedRelations.count) updated
            time: \(String(format: "%.2f", seconds)) s (\(String(format: "%.1f", rate)) documents/s)
            """
    }
}
