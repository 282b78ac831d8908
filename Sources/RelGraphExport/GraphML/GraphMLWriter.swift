import Foundation
import RelGraphCore

/// Writes a graph as GraphML (http://graphml.graphdrawing.org), readable by NetworkX, Gephi,
/// yEd and Cytoscape.
///
/// Every field survives. For people and tools: node `type`, `label`, `aliases` (joined with
/// `"; "`), each attribute as its own key; edge `type`, `confidence` (double, unrounded),
/// `evidence` (sentences joined by newlines), `documents`, `evidence_count` (int) and each edge
/// attribute (an office's `start`, `end`, `status`); when any evidence is dated, `dates`,
/// `first_date` and `last_date`. For programs, exactly the graph JSON's values whatever they
/// contain: `aliases_json` and `attributes_json` on nodes, `evidence_json` (document, sentence,
/// start, end, date of each evidence) and `attributes_json` on edges.
///
/// A symmetric relation (meet, cooperate, family) has no direction: it is written as a pair of
/// edges, one each way, both with `symmetric` = true and the same `relation` number, which is how
/// a directed graph holds an undirected edge (NetworkX's `to_directed`). GraphML's per-edge
/// `directed="false"` would say it more directly, but NetworkX refuses to read a graph mixing both.
public enum GraphMLWriter {
    public static func write(_ graph: RelationshipGraph) -> String {
        let graph = graph.canonicalized()
        // An attribute named like a fixed key ("label", "type") gets no key of its own: two keys
        // with one name make readers keep either. It is in `attributes_json` like every other.
        let nodeAttributeNames = Set(graph.nodes.flatMap(\.attributes.keys)).subtracting(fixedNodeKeys).sorted()
        let edgeAttributeNames = Set(graph.edges.flatMap(\.attributes.keys)).subtracting(fixedEdgeKeys).sorted()

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        var keys: [(id: String, domain: String, name: String, type: String)] = [
            ("d_type", "node", "type", "string"), ("d_label", "node", "label", "string"),
            ("d_aliases", "node", "aliases", "string"), ("d_aliases_json", "node", "aliases_json", "string"),
            ("d_attributes_json", "node", "attributes_json", "string"),
        ]
        for (index, name) in nodeAttributeNames.enumerated() { keys.append(("d_na\(index)", "node", name, "string")) }
        keys += [
            ("d_etype", "edge", "type", "string"), ("d_confidence", "edge", "confidence", "double"),
            ("d_symmetric", "edge", "symmetric", "boolean"), ("d_evidence", "edge", "evidence", "string"),
            ("d_documents", "edge", "documents", "string"), ("d_evidence_count", "edge", "evidence_count", "int"),
            ("d_relation", "edge", "relation", "int"), ("d_evidence_json", "edge", "evidence_json", "string"),
            ("d_eattributes_json", "edge", "attributes_json", "string"),
        ]
        let dated = graph.edges.contains { $0.evidenceDateRange != nil }
        if dated {
            keys += [("d_dates", "edge", "dates", "string"), ("d_first_date", "edge", "first_date", "string"),
                     ("d_last_date", "edge", "last_date", "string")]
        }
        for (index, name) in edgeAttributeNames.enumerated() { keys.append(("d_ea\(index)", "edge", name, "string")) }
        for key in keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(XMLText.escape(key.name))\" attr.type=\"\(key.type)\"/>\n"
        }

        out += "  <graph id=\"relgraph\" edgedefault=\"directed\">\n"
        for actor in graph.nodes {
            out += "    <node id=\"\(XMLText.escape(actor.id))\">\n"
            out += data("d_type", actor.type.rawValue) + data("d_label", actor.label)
            out += data("d_aliases", actor.aliases.joined(separator: "; "))
            out += data("d_aliases_json", FieldJSON.strings(actor.aliases)) + data("d_attributes_json", FieldJSON.object(actor.attributes))
            for (index, name) in nodeAttributeNames.enumerated() {
                if let value = actor.attributes[name] { out += data("d_na\(index)", value) }
            }
            out += "    </node>\n"
        }
        for (number, relation) in graph.edges.enumerated() {
            out += edge(relation, id: "e\(number)", number: number, reversed: false, dated: dated, attributeNames: edgeAttributeNames)
            if relation.type.isSymmetric && relation.source != relation.target {
                out += edge(relation, id: "e\(number)r", number: number, reversed: true, dated: dated, attributeNames: edgeAttributeNames)
            }
        }
        return out + "  </graph>\n</graphml>\n"
    }

    /// One `<edge>` for `relation`, the other way round when `reversed`.
    private static func edge(_ relation: Relation, id: String, number: Int, reversed: Bool, dated: Bool,
                             attributeNames: [String]) -> String {
        let (source, target) = reversed ? (relation.target, relation.source) : (relation.source, relation.target)
        var out = "    <edge id=\"\(id)\" source=\"\(XMLText.escape(source))\" target=\"\(XMLText.escape(target))\">\n"
        out += data("d_etype", relation.type.rawValue) + data("d_confidence", String(relation.confidence))
        out += data("d_symmetric", relation.type.isSymmetric ? "true" : "false")
        out += data("d_evidence", relation.evidence.map(\.sentence).joined(separator: "\n"))
        out += data("d_documents", Array(Set(relation.evidence.map(\.document))).sorted().joined(separator: "; "))
        out += data("d_evidence_count", String(relation.evidence.count))
        out += data("d_relation", String(number)) + data("d_evidence_json", FieldJSON.evidence(relation.evidence))
        out += data("d_eattributes_json", FieldJSON.object(relation.attributes))
        if dated, let range = relation.evidenceDateRange {
            out += data("d_dates", relation.evidence.map { $0.date ?? "" }.joined(separator: "\n"))
            out += data("d_first_date", range.first) + data("d_last_date", range.last)
        }
        for (index, name) in attributeNames.enumerated() {
            if let value = relation.attributes[name] { out += data("d_ea\(index)", value) }
        }
        return out + "    </edge>\n"
    }

    static let fixedNodeKeys: Set<String> = ["type", "label", "aliases", "aliases_json", "attributes_json"]
    static let fixedEdgeKeys: Set<String> = ["type", "confidence", "symmetric", "evidence", "documents", "evidence_count",
                                             "relation", "evidence_json", "attributes_json", "dates", "first_date", "last_date"]

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.escape(value))</data>\n"
    }
}

/// XML 1.0 text and attribute escaping.
enum XMLText {
    /// Escapes markup characters and replaces characters XML 1.0 cannot contain (most C0
    /// controls, U+FFFE, U+FFFF) with U+FFFD. Newlines and tabs are written as character
    /// references so attribute values keep them too.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
