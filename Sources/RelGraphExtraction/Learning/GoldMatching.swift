import RelGraphCore

/// Matches a graph's actors to an article's gold actors the way the project's evaluator does:
/// same type, and the label (or a country's ISO code) or else an alias equal, folded, to one of
/// the gold names; one-to-one, label matches first.
public struct GoldMatching: Sendable {
    /// Actor id → gold key.
    public private(set) var keys: [String: String] = [:]

    public init(actors: [Actor], gold: GoldAnnotation) {
        let golds = gold.actors.map { (names: Set($0.names.map(Self.fold)), type: $0.type, key: $0.key.uppercased(), original: $0.key) }
        var candidates: [(rank: Int, node: Int, gold: Int)] = []
        for (i, actor) in actors.enumerated() {
            let label = Self.fold(actor.label)
            let aliases = Set(actor.aliases.map(Self.fold))
            let iso = actor.type == .country ? (actor.attributes["iso"] ?? actor.id.split(separator: ":").last.map(String.init))?.uppercased() : nil
            for (j, entry) in golds.enumerated() where entry.type == actor.type.rawValue {
                if (iso != nil && iso == entry.key) || entry.names.contains(label) {
                    candidates.append((0, i, j))
                } else if !aliases.isDisjoint(with: entry.names) {
                    candidates.append((1, i, j))
                }
            }
        }
        var usedGold = Set<Int>()
        for candidate in candidates.sorted(by: { ($0.rank, $0.node, $0.gold) < ($1.rank, $1.node, $1.gold) }) {
            let id = actors[candidate.node].id
            guard keys[id] == nil, !usedGold.contains(candidate.gold) else { continue }
            keys[id] = golds[candidate.gold].original
            usedGold.insert(candidate.gold)
        }
    }

    /// The evaluator's folding: NameFolding plus dashes as spaces (already separators there).
    static func fold(_ text: String) -> String { NameFolding.fold(text) }
}

/// Relation precision and recall of one graph against one gold annotation.
public struct GoldScore: Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    /// Each emitted relation's confidence and whether the gold states it, for reliability tables.
    public var judged: [(type: RelationType, confidence: Double, correct: Bool)] = []

    public init() {}

    public init(graph: RelationshipGraph, gold: GoldAnnotation) {
        let matching = GoldMatching(actors: graph.nodes, gold: gold)
        func key(_ type: String, _ source: String, _ target: String) -> String {
            let symmetric = RelationType(rawValue: type)?.isSymmetric ?? false
            let ends = symmetric ? [source, target].sorted() : [source, target]
            return "\(type)|\(ends[0])|\(ends[1])"
        }
        var open: [String: Int] = [:]
        for relation in gold.relations { open[key(relation.type, relation.source, relation.target), default: 0] += 1 }
        for relation in graph.edges {
            let source = matching.keys[relation.source] ?? "\u{0}" + relation.source
            let target = matching.keys[relation.target] ?? "\u{0}" + relation.target
            let k = key(relation.type.rawValue, source, target)
            if let count = open[k], count > 0 {
                open[k] = count - 1
                truePositives += 1
                judged.append((relation.type, relation.confidence, true))
            } else {
                falsePositives += 1
                judged.append((relation.type, relation.confidence, false))
            }
        }
        falseNegatives = open.values.reduce(0, +)
    }

    public static func + (lhs: GoldScore, rhs: GoldScore) -> GoldScore {
        var sum = GoldScore()
        sum.truePositives = lhs.truePositives + rhs.truePositives
        sum.falsePositives = lhs.falsePositives + rhs.falsePositives
        sum.falseNegatives = lhs.falseNegatives + rhs.falseNegatives
        sum.judged = lhs.judged + rhs.judged
        return sum
    }

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

extension Extractor {
    /// The relation score of extracting each of `articles` (in its annotated language) against
    /// its gold, summed.
    public func score(_ articles: [AnnotatedArticle]) -> GoldScore {
        articles.reduce(GoldScore()) { total, article in
            total + GoldScore(graph: extract(text: article.text, document: article.name, language: article.language), gold: article.gold)
        }
    }
}
