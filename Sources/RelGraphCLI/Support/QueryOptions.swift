import ArgumentParser
import RelGraphCore
import RelGraphQuery

/// The filters shared by `path` and `neighbors`: which relations and actors a query walks through.
struct QueryFilterOptions: ParsableArguments {
    @Option(name: .long, help: "Only these relation types, comma-separated (e.g. meet,visit).")
    var relations: String?

    @Option(name: .customLong("actor-types"), help: "Only these actor types between the named actors, comma-separated (e.g. country,person).")
    var actorTypes: String?

    @Option(name: .customLong("min-confidence"), help: "Ignore relations below this confidence (0…1).")
    var minConfidence: Double = 0

    @Flag(name: .long, help: "Follow relations only as stated (source → target); symmetric ones still go both ways.")
    var directed = false

    func filter() throws -> QueryFilter {
        guard minConfidence.isFinite, (0...1).contains(minConfidence) else {
            throw RelGraphError.usage("--min-confidence must be between 0 and 1")
        }
        let relationTypes = try relations.map { Set(try RelationType.parseList($0)) }
        if let relationTypes, relationTypes.isEmpty { throw RelGraphError.usage("--relations lists no relation type") }
        let types = try actorTypes.map { Set(try Self.parseActorTypes($0)) }
        if let types, types.isEmpty { throw RelGraphError.usage("--actor-types lists no actor type") }
        return QueryFilter(relationTypes: relationTypes, actorTypes: types, minConfidence: minConfidence, directed: directed)
    }

    static func parseActorTypes(_ text: String) throws -> [ActorType] {
        try text.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let type = ActorType(rawValue: name) else {
                let known = ActorType.allCases.map(\.rawValue).joined(separator: ", ")
                throw RelGraphError.usage("unknown actor type '\(name)' (known: \(known))")
            }
            return type
        }
    }
}

/// How a query verb prints its answer.
enum QueryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, dot
}

/// How a listing verb (`actors`, `relations`, `stats`) prints its answer.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
