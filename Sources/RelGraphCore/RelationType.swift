import Foundation

/// The thirteen typed relations of relgraph's ontology (README, "Design contract").
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case leaderOf = "leader_of"
    case memberOf = "member_of"
    case locatedIn = "located_in"
    case visit
    case meet
    case cooperate
    case supply
    case attack
    case sanction
    case accuse
    case partyTo = "party_to"
    case violate
    case family

    /// Symmetric relations hold both ways; a graph stores each once, with `source < target`.
    public var isSymmetric: Bool {
        switch self {
        case .meet, .cooperate, .family: return true
        default: return false
        }
    }

    /// Parses a comma-separated list such as `visit,meet`; throws on unknown names.
    public static func parseList(_ text: String) throws -> [RelationType] {
        try text.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let type = RelationType(rawValue: name) else {
                let known = allCases.map(\.rawValue).joined(separator: ", ")
                throw RelGraphError.usage("unknown relation type '\(name)' (known: \(known))")
            }
            return type
        }
    }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
