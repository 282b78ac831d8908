import RelGraphCore
import Testing
@testable import RelGraphKnowledge

/// Checks the shipped data against the rules in Data/README.md.
@Suite struct DataValidationTests {
    static let lexicon: Lexicon = try! Lexicon.load()

    @Test func everySharedFormIsDeclaredAmbiguous() {
        let collisions = Self.lexicon.unmarkedCollisions()
        #expect(collisions.isEmpty, "\(collisions.map { "\($0.form): \($0.actors.joined(separator: ", "))" }.joined(separator: "\n"))")
    }
}
