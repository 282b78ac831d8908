import RelGraphCore
import RelGraphKnowledge

/// `member_of` for a state named in one sentence with a body the knowledge base lists it in
/// (`memberships.tsv`): "France and Germany at the NATO summit", "Mali, suspended by ECOWAS".
///
/// News names a body beside its members when it writes about them as members; a sentence that
/// names both is the evidence. A state the sentence names only through a role ("its president")
/// is left out, as is a sentence that negates or doubts what it says.
struct KnownMembershipReader: Sendable {
    let lexicon: Lexicon
    /// Below the apposition rule (0.8): co-occurrence states less than a listed member.
    static let confidence = 0.6

    func relations(in reading: SentenceMentions, document: AnalyzedDocument) -> [FoundRelation] {
        let mentions = reading.mentions
        let bodies = Set(mentions.filter { $0.type == .organization }.map(\.actorID))
        guard !bodies.isEmpty else { return [] }
        let states = Set(mentions.filter { $0.type == .country && $0.kind != .role }.map(\.actorID))
        let sentence = reading.sentence.tokens
        guard !states.isEmpty, !Modality.isNegated(sentence, in: document), !Modality.isHedged(sentence, in: document) else { return [] }
        var found: [FoundRelation] = []
        for body in bodies.sorted() {
            for state in states.sorted() where lexicon.listsMember(state.dropFirst(Self.countryPrefix.count), of: body) {
                found.append(FoundRelation(source: state, target: body, type: .memberOf, confidence: Self.confidence))
            }
        }
        return found
    }

    private static let countryPrefix = "country:"
}
