extension AnalyzedDocument {
    /// The index of the place preposition ("in", "à", "en", "nach") that stands right before token
    /// `start`, past its articles and elided ones ("au", "in der", "à l'"), within `sentence`; nil
    /// when there is none. Both a gathering's venue (``GatheringVenues``) and a meeting's place
    /// (``MeetingPlaces``) are read this way, so the two agree on what "named as a place" means.
    func placePreposition(before start: Int, in sentence: Range<Int>) -> Int? {
        var index = start - 1
        while index >= sentence.lowerBound, roles(ofToken: index).contains(.determiner) || tokens[index].text == "'" {
            index -= 1
        }
        guard index >= sentence.lowerBound, roles(ofToken: index).contains(.placePreposition) else { return nil }
        return index
    }
}
