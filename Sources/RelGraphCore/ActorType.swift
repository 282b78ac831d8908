/// The five kinds of actor in relgraph's ontology (README, "Design contract").
public enum ActorType: String, Codable, CaseIterable, Sendable, Comparable {
    /// A sovereign state, also when named by demonym, capital or government metonym. Id: `country:ISO`.
    case country
    /// A named individual. Id: `person:<slug>`.
    case person
    /// International body, government body, armed force, company, party, armed group, media.
    case organization
    /// Treaty, accord, deal, resolution, sanctions regime or embargo treated as a thing.
    case agreement
    /// A named place that is not a country: city, region, site.
    case location

    public static func < (lhs: ActorType, rhs: ActorType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
