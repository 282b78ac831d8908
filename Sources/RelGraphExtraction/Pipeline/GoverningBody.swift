import RelGraphCore

/// The organization an article is about when it reports measures without naming who took them
/// ("the sanctions also target …", "l'organisation a décidé de suspendre …"): the one organization
/// clearly named more often than any other.
enum GoverningBody {
    /// An organization must be named at least this often to govern the article.
    static let minimumMentions = 3

    /// The organization named most often, when it is named at least ``minimumMentions`` times and
    /// strictly more often than every other organization; otherwise nil (no clear governor).
    static func of(_ readings: [SentenceMentions]) -> String? {
        var counts: [String: Int] = [:]
        for reading in readings {
            for mention in reading.mentions where mention.type == .organization && !mention.isWeak {
                counts[mention.actorID, default: 0] += 1
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let first = ranked.first, first.value >= minimumMentions else { return nil }
        if ranked.count > 1, ranked[1].value == first.value { return nil }
        return first.key
    }
}
