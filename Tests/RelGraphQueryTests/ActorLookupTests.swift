import Testing
import RelGraphCore
@testable import RelGraphQuery

@Suite struct ActorLookupTests {
    let lookup = ActorLookup(Fixtures.world)

    @Test(arguments: ["country:AA", "Arcadia", "ARCADIE", "arcadien", "  arcadia ", "COUNTRY:aa"])
    func resolvesIdsLabelsAndAliases(name: String) throws {
        #expect(try lookup.resolve(name) == Fixtures.position("country:AA"))
    }

    @Test func ignoresAccentsAndPunctuation() throws {
        #expect(try lookup.resolve("ana lopez") == Fixtures.position("person:ana-lopez"))
        #expect(try lookup.resolve("b lopez") == Fixtures.position("person:ben-lopez"))
        #expect(try lookup.resolve("LÓPEZ") == Fixtures.position("person:ana-lopez"))
    }

    @Test func ambiguousNamesListTheCandidates() {
        let graph = RelationshipGraph(nodes: [
            Actor(id: "person:kim-a", type: .person, label: "Kim A", aliases: ["Kim"]),
            Actor(id: "person:kim-b", type: .person, label: "Kim B", aliases: ["kim"]),
        ])
        #expect {
            try ActorLookup(graph).resolve("Kim")
        } throws: { error in
            let message = (error as? RelGraphError)?.description ?? ""
            return message.contains("ambiguous") && message.contains("person:kim-a") && message.contains("person:kim-b")
        }
    }

    @Test func unknownNamesSuggestTheNearest() {
        #expect {
            try lookup.resolve("Bordurai")
        } throws: { error in
            (error as? RelGraphError)?.description.contains("did you mean Borduria (country:BB)") == true
        }
    }

    @Test func emptyAndHostileNamesAreRejected() {
        #expect(throws: RelGraphError.self) { try lookup.resolve("") }
        #expect(throws: RelGraphError.self) { try lookup.resolve(" - ' ") }
        #expect(throws: RelGraphError.self) { try lookup.resolve(String(repeating: "\u{0}x", count: 10_000)) }
    }
}

@Suite struct FastFoldTests {
    @Test func asciiFastPathFoldsExactlyLikeNameFolding() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ09 -'._,`\t\n\r:/()AbcXYZ  --")
        for _ in 0 ..< 5000 {
            let text = String((0 ..< Int.random(in: 0 ... 14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(ActorLookup.fold(text) == NameFolding.fold(text), "\(text.debugDescription)")
        }
        for text in ["Corée du Nord", "Weiße Haus", "l’Élysée", "ＡＢＣ"] {
            #expect(ActorLookup.fold(text) == NameFolding.fold(text))
        }
    }
}
