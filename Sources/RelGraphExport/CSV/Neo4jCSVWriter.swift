import Foundation
import RelGraphCore

/// Writes a graph as the two CSV files `neo4j-admin database import full` reads:
/// `--nodes=nodes.csv --relationships=relationships.csv`.
///
/// Headers follow Neo4j's import format: `id:ID` and `:LABEL` (`Actor;Country`) for nodes,
/// `:START_ID`, `:END_ID`, `:TYPE` (`VISIT`, `LEADER_OF`) for relationships; typed columns
/// (`confidence:double`, `evidence_count:int`, `aliases:string[]` with Neo4j's default `;` array
/// delimiter). Fields are RFC 4180 quoted; line breaks inside values become spaces so the files
/// import without `--multiline-fields`.
///
/// Neo4j splits `string[]` cells on `;` even inside quotes, so the array columns replace `;` in
/// values with `,`. The exact values are in plain string columns holding JSON, which round-trip
/// every field of the graph JSON: `aliases_json` and `attributes_json` on nodes, `evidence_json`
/// (document, sentence, start, end, date of each evidence, in order) and `attributes_json` on
/// relationships. Neo4j relationships always have a direction; a symmetric one is stated once,
/// with `symmetric` true.
public enum Neo4jCSVWriter {
    /// The node file's text.
    public static func nodes(_ graph: RelationshipGraph) -> String {
        let graph = graph.canonicalized()
        // An attribute named like a fixed column gets no column of its own (Neo4j would read two
        // columns for one property); it is in `attributes_json` like every other.
        let attributeNames = Set(graph.nodes.flatMap(\.attributes.keys)).filter { !nodeColumns.contains(columnName($0)) }.sorted()
        var rows = [["id:ID", ":LABEL", "name", "aliases:string[]", "aliases_json", "attributes_json"] + attributeNames.map(columnName)]
        for actor in graph.nodes {
            let label = "Actor;" + actor.type.rawValue.prefix(1).uppercased() + actor.type.rawValue.dropFirst()
            rows.append([actor.id, label, actor.label, actor.aliases.map(arrayElement).joined(separator: ";"),
                         FieldJSON.strings(actor.aliases), FieldJSON.object(actor.attributes)]
                + attributeNames.map { actor.attributes[$0] ?? "" })
        }
        return csv(rows)
    }

    /// The relationship file's text.
    public static func relationships(_ graph: RelationshipGraph) -> String {
        let graph = graph.canonicalized()
        let attributeNames = Set(graph.edges.flatMap(\.attributes.keys)).filter { !relationshipColumns.contains(columnName($0)) }.sorted()
        // Dates (ISO 8601 at their precision, as strings: Neo4j's date type has no year or month precision).
        let dated = graph.edges.contains { $0.evidenceDateRange != nil }
        let dateColumns = dated ? ["dates:string[]", "first_date", "last_date"] : []
        var rows = [[":START_ID", ":END_ID", ":TYPE", "confidence:double", "symmetric:boolean",
                     "evidence_count:int", "evidence:string[]", "documents:string[]", "evidence_json", "attributes_json"]
                    + dateColumns + attributeNames.map(columnName)]
        for relation in graph.edges {
            rows.append([
                relation.source, relation.target, relation.type.rawValue.uppercased(), String(relation.confidence),
                relation.type.isSymmetric ? "true" : "false", String(relation.evidence.count),
                relation.evidence.map { arrayElement($0.sentence) }.joined(separator: ";"),
                Array(Set(relation.evidence.map(\.document))).sorted().map(arrayElement).joined(separator: ";"),
                FieldJSON.evidence(relation.evidence), FieldJSON.object(relation.attributes),
            ] + (dated ? dateFields(relation) : []) + attributeNames.map { relation.attributes[$0] ?? "" })
        }
        return csv(rows)
    }

    /// The distinct evidence dates (oldest first), the first and the last.
    private static func dateFields(_ relation: Relation) -> [String] {
        let dates = Array(Set(relation.evidence.compactMap(\.date))).sorted()
        return [dates.joined(separator: ";"), dates.first ?? "", dates.last ?? ""]
    }

    /// Property names of the fixed columns (`name:type` → `name`).
    static let nodeColumns: Set<String> = ["id", "name", "aliases", "aliases_json", "attributes_json"]
    static let relationshipColumns: Set<String> = ["confidence", "symmetric", "evidence_count", "evidence", "documents",
                                                   "evidence_json", "attributes_json", "dates", "first_date", "last_date"]

    /// Attribute keys become property columns; `:` would be read as a type suffix.
    private static func columnName(_ key: String) -> String {
        key.replacingOccurrences(of: ":", with: "_")
    }

    /// An element of a `string[]` column: `;` separates elements, so it is replaced in values.
    private static func arrayElement(_ text: String) -> String {
        text.replacingOccurrences(of: ";", with: ",")
    }

    private static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// One RFC 4180 field: quoted when it holds a comma, a quote or edge spaces; quotes doubled;
    /// line breaks as spaces.
    private static func field(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            scalars.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        let text = String(scalars)
        let needsQuotes = text.contains(",") || text.contains("\"")
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
