import Testing
@testable import RelGraphExtraction

/// "X used against Y was supplied by Z": the recipient is the user, never the one attacked.
@Suite struct PassiveSupplyTests {
    @Test func passiveSupplyLooksPastTheOpposedActor() {
        let english = Fixtures.edges("The shells fired by Bolivia against Chile were supplied by Peru.")
        #expect(english.contains("supply(country:PE,country:BO)"))
        #expect(!english.contains("supply(country:PE,country:CL)"))
        let french = Fixtures.edges("Les obus tirés par la Bolivie contre le Chili ont été livrés par le Pérou.")
        #expect(french.contains("supply(country:PE,country:BO)"))
        #expect(!french.contains("supply(country:PE,country:CL)"))
    }
}
