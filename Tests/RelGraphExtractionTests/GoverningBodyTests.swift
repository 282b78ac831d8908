import Testing
@testable import RelGraphExtraction

/// Measures reported without their imposer belong to the organization the article is about.
@Suite struct GoverningBodyTests {
    @Test func agentlessSanctionsAreTheGoverningOrganizations() {
        let text = "Mercosur met in Asunción on Friday. Mercosur leaders discussed trade. "
            + "A Mercosur spokesman said the talks were difficult. "
            + "The sanctions also target the Bolivian firm Andes Cobre Industries."
        let edges = Fixtures.edges(text)
        #expect(edges.contains { $0.hasPrefix("sanction(organization:mercosur,organization:andes-cobre") })
        // A nationality adjective qualifies the firm; the state itself is not sanctioned.
        #expect(!edges.contains("sanction(organization:mercosur,country:BO)"))
        #expect(edges.contains { $0.hasPrefix("sanction(organization:mercosur,") })
    }

    @Test func frenchAgentlessSuspensionTargetsTheNamedState() {
        let text = "Le Mercosur s'est réuni vendredi. Le Mercosur a exigé des élections. Selon le Mercosur, le délai est court. "
            + "L'organisation a décidé de suspendre tous les échanges commerciaux avec le Paraguay."
        #expect(Fixtures.edges(text).contains("sanction(organization:mercosur,country:PY)"))
    }

    @Test func noClearGovernorNoAgentlessSanction() {
        // Two organizations named equally often: nobody is credited with the measures.
        let text = "Mercosur and the African Union met. Mercosur and the African Union talked. "
            + "Mercosur and the African Union agreed. The sanctions also target Paraguay."
        #expect(!Fixtures.edges(text).contains { $0.hasPrefix("sanction(") })
        // The text was read: both organizations and the target are actors.
        #expect(Fixtures.nodes(text).isSuperset(of: ["organization:mercosur", "organization:au", "country:PY"]))
    }
}
