import Testing
import RelGraphCore
@testable import RelGraphKnowledge

/// The lexicon indexes family links by actor: its answers are what filtering the list answers.
@Suite struct FamilyLinkIndexTests {
    static let links = [FamilyLink(person: "person:a", kind: .parent, relative: "person:b"),
                        FamilyLink(person: "person:c", kind: .spouse, relative: "person:a"),
                        FamilyLink(person: "person:d", kind: .sibling, relative: "person:e"),
                        FamilyLink(person: "person:f", kind: .sibling, relative: "person:f")]

    @Test func answersWhatFilteringTheLinksAnswers() {
        var lexicon = Lexicon()
        for link in Self.links + [Self.links[0], Self.links[3]] { lexicon.addFamilyLink(link) }
        #expect(lexicon.familyLinks == Self.links, "a link added twice is kept once")
        let ids = ["person:a", "person:b", "person:c", "person:d", "person:e", "person:f", "person:x", ""]
        for a in ids {
            #expect(lexicon.familyLinks(of: a) == Self.links.filter { $0.person == a || $0.relative == a }, "\(a)")
            for b in ids {
                let expected = Self.links.contains { ($0.person == a || $0.relative == a) && ($0.person == b || $0.relative == b) }
                #expect(lexicon.hasFamilyLink(between: a, and: b) == expected, "\(a) \(b)")
            }
        }
        #expect(lexicon.hasFamilyLink(between: "person:b", and: "person:a"))
        #expect(!lexicon.hasFamilyLink(between: "person:b", and: "person:c"))
        #expect(!Lexicon().hasFamilyLink(between: "person:a", and: "person:a"))
    }
}
