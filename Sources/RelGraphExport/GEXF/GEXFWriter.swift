import Foundation
import RelGraphCore

/// Writes a graph as dynamic GEXF 1.2 (https://gexf.net), so Gephi's timeline can play it.
///
/// Each edge carries spells: one per distinct evidence date, covering the days the date covers
/// ("2023-09" → 2023-09-01 … 2023-09-30). An office with a known start instead has one spell, its
/// term (`attributes.start` … `attributes.end`, or the last evidence date while in office): a
/// 2024 article naming a leader of 1994–2011 does not make him lead in 2024. An edge without
/// dates has no spells and exists throughout. Edge attributes: `type`, `confidence`, `evidence_count`, `dates`
/// (every evidence date, `; `-joined), `status` (`past` for an office no longer held); node
/// attributes: `type`. Symmetric relations are `mutual` edges of the directed graph.
public enum GEXFWriter {
    public static func write(_ graph: RelationshipGraph) -> String {
        let graph = graph.canonicalized()
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
          <meta><creator>relgraph</creator></meta>
          <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
            <attributes class="node">
              <attribute id="0" title="type" type="string"/>
            </attributes>
            <attributes class="edge">
              <attribute id="0" title="type" type="string"/>
              <attribute id="1" title="confidence" type="double"/>
              <attribute id="2" title="evidence_count" type="integer"/>
              <attribute id="3" title="dates" type="string"/>
              <attribute id="4" title="status" type="string"/>
            </attributes>
            <nodes>

        """
        for actor in graph.nodes {
            out += "      <node id=\"\(XMLText.escape(actor.id))\" label=\"\(XMLText.escape(actor.label))\">"
            out += "<attvalues><attvalue for=\"0\" value=\"\(actor.type.rawValue)\"/></attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (number, relation) in graph.edges.enumerated() {
            let kind = relation.type.isSymmetric ? "mutual" : "directed"
            out += "      <edge id=\"e\(number)\" source=\"\(XMLText.escape(relation.source))\" "
                + "target=\"\(XMLText.escape(relation.target))\" type=\"\(kind)\" label=\"\(relation.type.rawValue)\" "
                + "weight=\"\(relation.confidence)\">\n"
            let dates = Array(Set(relation.evidence.compactMap(\.date))).sorted()
            out += "        <attvalues>"
            out += "<attvalue for=\"0\" value=\"\(relation.type.rawValue)\"/>"
            out += "<attvalue for=\"1\" value=\"\(relation.confidence)\"/>"
            out += "<attvalue for=\"2\" value=\"\(relation.evidence.count)\"/>"
            out += "<attvalue for=\"3\" value=\"\(XMLText.escape(dates.joined(separator: "; ")))\"/>"
            if relation.isPastOffice { out += "<attvalue for=\"4\" value=\"past\"/>" }
            out += "</attvalues>\n"
            let spells = spells(of: relation, dates: dates)
            if !spells.isEmpty {
                out += "        <spells>"
                for spell in spells { out += "<spell start=\"\(spell.start)\" end=\"\(spell.end)\"/>" }
                out += "</spells>\n"
            }
            out += "      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// The day intervals an edge exists in, sorted, duplicates removed.
    static func spells(of relation: Relation, dates: [String]) -> [(start: String, end: String)] {
        if let start = relation.attributes["start"].flatMap(DayInterval.init(iso:)),
           let end = (relation.attributes["end"] ?? dates.last).flatMap(DayInterval.init(iso:)), start.first <= end.last {
            return [(start.first, end.last)]
        }
        var spells = Set<[String]>()
        for date in dates {
            if let days = DayInterval(iso: date) { spells.insert([days.first, days.last]) }
        }
        return spells.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { ($0[0], $0[1]) }
    }
}

/// The first and last day an ISO 8601 partial date covers, as `YYYY-MM-DD` (the Graphviz target
/// does not depend on RelGraphTime; this is the little it needs).
struct DayInterval {
    let first: String
    let last: String

    init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard (1 ... 3).contains(parts.count), parts.allSatisfy({ $0 != nil }), iso.count <= 10 else { return nil }
        let year = parts[0]!, month = parts.count > 1 ? parts[1]! : nil, day = parts.count > 2 ? parts[2]! : nil
        guard (1000 ... 2999).contains(year), month.map({ (1 ... 12).contains($0) }) ?? true else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        func length(_ month: Int) -> Int { [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] }
        if let day, let month, !(1 ... length(month)).contains(day) { return nil }
        func text(_ y: Int, _ m: Int, _ d: Int) -> String { String(format: "%04d-%02d-%02d", y, m, d) }
        first = text(year, month ?? 1, day ?? 1)
        last = text(year, month ?? 12, day ?? length(month ?? 12))
    }
}
