import RelGraphCore

/// How complete the knowledge is: counts per table, kind and language, and per-country gaps.
public struct LexiconCoverage: Sendable {
    /// The four languages relgraph reads.
    public static let languages = ["fr", "en", "es", "de"]

    public var actorsByType: [ActorType: Int] = [:]
    /// Distinct folded keys.
    public var surfaceKeys = 0
    public var entriesByKind: [SurfaceKind: Int] = [:]
    /// Entries per language; `*` counts entries usable in any language.
    public var entriesByLanguage: [String: Int] = [:]
    public var titlesByLanguage: [String: Int] = [:]
    public var familyLinks = 0
    public var declaredAmbiguousForms = 0
    public var ambiguousEntries = 0
    public var currentPositions = 0
    /// Per language, the countries lacking a name, a demonym or a capital form in it.
    public var countriesWithoutName: [String: [String]] = [:]
    public var countriesWithoutDemonym: [String: [String]] = [:]
    public var countriesWithoutCapital: [String: [String]] = [:]
    /// Countries whose data says they have no capital (`-` in `capitals`).
    public var countriesWithNoCapital: [String] = []
    public var unmarkedCollisions = 0
}

extension Lexicon {
    /// Coverage counts over everything loaded.
    public func coverage() -> LexiconCoverage {
        var report = LexiconCoverage()
        for record in actors.values {
            report.actorsByType[record.type, default: 0] += 1
            report.currentPositions += record.positions.filter(\.isCurrent).count
        }
        // (actor, kind, language) triples present, to find per-country gaps.
        var present = Set<String>()
        report.surfaceKeys = surfaceKeyCount
        forEachSurface { _, list in
            for entry in list {
                report.entriesByKind[entry.kind, default: 0] += 1
                report.entriesByLanguage[entry.language ?? "*", default: 0] += 1
                if entry.ambiguous { report.ambiguousEntries += 1 }
                present.insert("\(entry.actorID)|\(entry.kind.rawValue)|\(entry.language ?? "*")")
            }
        }
        for list in titleIndex.values {
            for title in list { report.titlesByLanguage[title.language, default: 0] += 1 }
        }
        report.familyLinks = familyLinks.count
        report.declaredAmbiguousForms = ambiguousForms.count
        let countries = actors.values.filter { $0.type == .country }.map(\.id).sorted()
        report.countriesWithNoCapital = countries.filter { actors[$0]?.attributes["capital"] == "-" }
        func has(_ id: String, _ kind: SurfaceKind, _ language: String) -> Bool {
            present.contains("\(id)|\(kind.rawValue)|\(language)") || present.contains("\(id)|\(kind.rawValue)|*")
        }
        for language in LexiconCoverage.languages {
            report.countriesWithoutName[language] = countries.filter { !has($0, .name, language) }
            report.countriesWithoutDemonym[language] = countries.filter { !has($0, .demonym, language) }
            report.countriesWithoutCapital[language] = countries.filter {
                actors[$0]?.attributes["capital"] != "-" && !has($0, .capital, language)
            }
        }
        report.unmarkedCollisions = unmarkedCollisions().count
        return report
    }
}
