/// What the time fields say about a relation, for printing and drawing it.
extension Relation {
    /// Whether the relation is an office no longer held (`attributes.status = "past"`): readers
    /// show it as past ("led North Korea, 1994–2011"), never as a current fact.
    public var isPastOffice: Bool { attributes["status"] == "past" }

    /// The office term in years, "1994–2011", "2012–" or "–2011"; nil without `start` or `end`.
    public var officeTerm: String? {
        let start = attributes["start"].map { String($0.prefix(4)) }, end = attributes["end"].map { String($0.prefix(4)) }
        guard start != nil || end != nil else { return nil }
        return (start ?? "") + "–" + (end ?? "")
    }

    /// The earliest and latest evidence dates (ISO 8601 strings compare chronologically, a coarser
    /// date before the finer ones it contains); nil when no evidence is dated.
    public var evidenceDateRange: (first: String, last: String)? {
        let dates = evidence.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }

    /// "2024-06-18", or "2023-09 – 2024-06-18" for a range; nil when no evidence is dated.
    public var evidenceDateLabel: String? {
        guard let range = evidenceDateRange else { return nil }
        return range.first == range.last ? range.first : "\(range.first) – \(range.last)"
    }
}
