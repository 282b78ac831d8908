import Testing
import RelGraphCore
@testable import RelGraphKnowledge

/// `listsMember(_:of:)` scans a body's member list in place: its answers are what the set of
/// ``Lexicon/memberCodes(of:)`` answers.
@Suite struct MemberListTests {
    static func lexicon(_ lists: [String: String]) -> Lexicon {
        var lexicon = Lexicon()
        for (id, members) in lists {
            lexicon.actors[id] = ActorRecord(id: id, type: .organization, label: id,
                                             attributes: [Lexicon.membersAttribute: members])
        }
        lexicon.actors["organization:unlisted"] = ActorRecord(id: "organization:unlisted", type: .organization, label: "x")
        return lexicon
    }

    @Test func answersWhatTheMemberSetAnswers() {
        let lexicon = Self.lexicon(["organization:a": "fr de it", "organization:spaced": "  fr  de ",
                                    "organization:empty": "", "organization:one": "fr",
                                    "organization:accented": "fr é\u{301} de", "organization:mark": "fr \u{301}de",
                                    "organization:kelvin": "fr K"])
        let bodies = ["organization:a", "organization:spaced", "organization:empty", "organization:one",
                      "organization:accented", "organization:mark", "organization:kelvin", "organization:unlisted",
                      "organization:missing"]
        let codes: [Substring] = ["fr", "de", "it", "f", "fra", "", " ", "é\u{301}", "e\u{301}\u{301}", "\u{301}de", "de ",
                               // The Kelvin sign is canonically equivalent to "K": a non-ASCII code is compared as a String.
                               "\u{212A}", "K"]
        for body in bodies {
            for code in codes {
                #expect(lexicon.listsMember(code, of: body) == (lexicon.memberCodes(of: body)?.contains(code) == true),
                        "\(body) \(code)")
            }
        }
        #expect(lexicon.listsMember("de", of: "organization:spaced"))
        #expect(!lexicon.listsMember("f", of: "organization:a"), "a code's prefix is not a member")
    }

    @Test func answersWhatTheMemberSetAnswersOnTheBundledData() throws {
        let lexicon = try BundledLexiconTests.loaded.get()
        let states = lexicon.actors.keys.filter { $0.hasPrefix("country:") }.map { $0.dropFirst("country:".count) }
        let bodies = lexicon.actors.values.filter { $0.attributes[Lexicon.membersAttribute] != nil }.map(\.id)
        #expect(!bodies.isEmpty)
        for body in bodies {
            let members = try #require(lexicon.memberCodes(of: body))
            for state in states { #expect(lexicon.listsMember(state, of: body) == members.contains(state), "\(body) \(state)") }
        }
    }
}
