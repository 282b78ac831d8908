/// A span of time a query keeps: `--since` and/or `--until`, each a partial date.
///
/// A date falls in the window when the days it covers overlap it: with `--since 2024-06`,
/// "2024-06-19" and "2024" count, "2024-05" does not. Both ends are inclusive and cover their
/// whole precision (`--until 2023` keeps all of 2023). An undated statement never falls in a window.
public struct TimeWindow: Hashable, Sendable {
    public let since: PartialDate?
    public let until: PartialDate?

    /// Nil when neither end is given; throws nothing, but `since` after `until` is empty (checked
    /// by ``isEmpty``).
    public init?(since: PartialDate?, until: PartialDate?) {
        guard since != nil || until != nil else { return nil }
        self.since = since
        self.until = until
    }

    /// Whether `since` lies after `until`, so nothing can fall in the window.
    public var isEmpty: Bool {
        guard let since, let until else { return false }
        return since.firstDay.dayNumber > until.lastDay.dayNumber
    }

    /// Whether the date (ISO 8601 at any precision) falls in the window; false when it is nil or
    /// not a date.
    public func contains(_ iso: String?) -> Bool {
        guard let iso, let date = PartialDate(iso: iso) else { return false }
        return contains(date)
    }

    public func contains(_ date: PartialDate) -> Bool {
        if let since, date.lastDay.dayNumber < since.firstDay.dayNumber { return false }
        if let until, date.firstDay.dayNumber > until.lastDay.dayNumber { return false }
        return true
    }
}
