import Foundation
import RelGraphCore

/// Writes a graph as GraphML (http://graphml.graphdrawing.org), readable by NetworkX, Gephi,
/// yEd and Cytoscape.
///
/// Every field survives: node `type`, `label`, `aliases` (joined with `"; "`), each attribute
/// as its own key; edge `type`, `confidence` (double), `evidence` (sentences joined by newlines),
/// `documents`, `evidence_count` (int) and each edge attribute (an office's `start`, `end`,
/// `status`). When any evidence is dated, edges also get `dates` (each evidence's date or empty,
/// newline-joined in the order of `evidence`), `first_date` and `last_date`. Symmetric relations
/// are written once, with `symmetric` = true, inside a directed graph.
public enum GraphMLWriter {
    public static func write(_ graph: RelationshipGraph) -> String {
        let graph = graph.canonicalized()
        let nodeAttributeNames = Set(graph.nodes.flatMap(\.attributes.keys)).sorted()
        let edgeAttributeNames = Set(graph.edges.flatMap(\.attributes.keys)).sorted()

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        var keys: [(id: String, domain: String, name: String, type: String)] = [
            ("d_type", "node", "type", "string"), ("d_label", "node", "label", "string"),
            ("d_aliases", "node", "aliases", "string"),
        ]
        for (index, name) in nodeAttributeNames.enumerated() { keys.append(("d_na\(index)", "node", name, "string")) }
        keys += [
            ("d_etype", "edge", "type", "string"), ("d_confidence", "edge", "confidence", "double"),
            ("d_symmetric", "edge", "symmetric", "boolean"), ("d_evidence", "edge", "evidence", "string"),
            ("d_documents", "edge", "documents", "string"), ("d_evidence_count", "edge", "evidence_count", "int"),
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
            for (index, name) in nodeAttributeNames.enumerated() {
                if let value = actor.attributes[name] { out += data("d_na\(index)", value) }
            }
            out += "    </node>\n"
        }
        for (number, relation) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(number)\" source=\"\(XMLText.escape(relation.source))\" target=\"\(XMLText.escape(relation.target))\">\n"
            out += data("d_etype", relation.type.rawValue) + data("d_confidence", String(relation.confidence))
            out += data("d_symmetric", relation.type.isSymmetric ? "true" : "false")
            out += data("d_evidence", relation.evidence.map(\.sentence).joined(separator: "\n"))
            out += data("d_documents", Array(Set(relation.evidence.map(\.document))).sorted().joined(separator: "; "))
            out += data("d_evidence_count", String(relation.evidence.count))
            if dated, let range = relation.evidenceDateRange {
                out += data("d_dates", relation.evidence.map { $0.date ?? "" }.joined(separator: "\n"))
                out += data("d_first_date", range.first) + data("d_last_date", range.last)
            }
            for (index, name) in edgeAttributeNames.enumerated() {
                if let value = relation.attributes[name] { out += data("d_ea\(index)", value) }
            }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

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
