import RelGraphCore

/// Whom a sentence can speak of without naming them: the article's main actors, and the person
/// a pronoun stands for.
///
/// News states many relations across sentences: "Le roi … Il se rend ensuite à Addis-Abeba",
/// "Der russische Überfall" in an article about Ukraine. The relation classifier pairs each
/// sentence's actors with these, and learns from annotated news when such a pair holds.
struct DocumentContext {
    /// How many of the most mentioned actors count as the article's topic.
    static let topicCount = 3
    /// A headline mention weighs as much as this many mentions in the body.
    static let headlineWeight = 3

    /// The most salient actors, most salient first, each with its first mention.
    let topics: [Mention]
    /// Per sentence, the first person named in the latest earlier sentence that names one.
    private let previousPerson: [Mention?]

    init(readings: [SentenceMentions]) {
        var weight: [String: Int] = [:], first: [String: Mention] = [:]
        for (index, reading) in readings.enumerated() {
            for (offset, mention) in reading.mentions.enumerated() where !reading.modifiers.contains(offset) {
                weight[mention.actorID, default: 0] += index == 0 ? Self.headlineWeight : 1
                if first[mention.actorID] == nil { first[mention.actorID] = mention }
            }
        }
        topics = weight.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(Self.topicCount).compactMap { first[$0.key] }
        var previous: [Mention?] = []
        var latest: Mention?
        for reading in readings {
            previous.append(latest)
            if let person = reading.mentions.first(where: { $0.type == .person }) { latest = person }
        }
        previousPerson = previous
    }

    /// Mentions standing for the person each third-person pronoun of the sentence refers to: the
    /// nearest person named before it in the sentence, else the first person of the latest
    /// sentence that named one.
    func pronounMentions(in reading: SentenceMentions, index: Int, document: AnalyzedDocument) -> [Mention] {
        guard !document.cues.personPronouns.isEmpty else { return [] }
        var found: [Mention] = []
        for token in reading.sentence.tokens where document.roles(ofToken: token).contains(.personPronoun)
            && !reading.mentions.contains(where: { $0.tokens.contains(token) }) {
            let before = reading.mentions.last { $0.type == .person && $0.tokens.upperBound <= token }
            guard let person = before ?? previousPerson[index] else { continue }
            var mention = Mention(tokens: token..<(token + 1), actorID: person.actorID, type: .person, kind: .role,
                                  surface: document.tokens[token].text, label: person.label)
            mention.attributes[Self.pronounAttribute] = before == nil ? "previous" : "same"
            found.append(mention)
        }
        return found
    }

    /// Marks a mention made from a pronoun; its value says where the person was named.
    static let pronounAttribute = "pronoun"
}
