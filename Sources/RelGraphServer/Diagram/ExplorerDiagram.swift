import Foundation
import RelGraphCore
import RelGraphExport

/// The DOT of the explorer's pictures (focus views and paths), written for clicking.
///
/// Unlike `relgraph render`'s ``DiagramWriter``, which bundles every relation between two actors
/// into one multi-coloured edge, the explorer draws one edge per pair of actors and relation type
/// (a `visit` both ways is one edge with two arrowheads), its width growing with the evidence
/// count, so the strongest ties stand out in a crowded neighbourhood. Every node and edge carries
/// an SVG `id` the page reads back: `a~<actor id>` and `e~<source>~<target>~<type>`, each part
/// percent-encoded (only ASCII letters and digits stay), so no name can break the DOT or the SVG.
enum ExplorerDiagram {
    /// What to emphasise: the centre of a focus view, or the actors and relations of paths.
    struct Highlight {
        var actors: Set<String> = []
        var relations: Set<RelationKey> = []
        /// Greys out whatever is not highlighted (path views).
        var fadesOthers = false
    }

    /// Above this many drawn edges, captions are left off: they would hide the lines.
    static let captionLimit = 80

    static func dot(actors: [Actor], relations: [Relation], highlight: Highlight,
                    style: DiagramStyle = .standard) -> String {
        var dot = DOTWriter(name: "relgraph")
        dot.defaults(.graph, [
            ("fontname", .raw(style.fontName)), ("overlap", .raw("false")), ("splines", .raw("true")),
            ("outputorder", .raw("edgesfirst")), ("bgcolor", .raw("transparent")), ("pad", .raw("0.2")),
            ("sep", .raw("+8")), ("esep", .raw("+4")), ("rankdir", .raw("LR")),
        ])
        dot.defaults(.node, [("fontname", .raw(style.fontName)), ("fontsize", .raw("12")), ("margin", .raw("0.12,0.06"))])
        dot.defaults(.edge, [("fontname", .raw(style.fontName)), ("fontsize", .raw("10")), ("arrowsize", .raw("0.8"))])

        var synthetic: [String: String] = [:]
        for (number, actor) in actors.enumerated() {
            synthetic[actor.id] = "n\(number)"
            let look = style.look(actor.type)
            let emphasised = highlight.actors.contains(actor.id)
            let faded = highlight.fadesOthers && !emphasised
            var attributes: DOTAttributes = [
                ("id", .raw("a~" + svgIDPart(actor.id))),
                ("label", .text(wrap(actor.label))), ("shape", .raw(look.shape)),
                ("style", .raw(look.style.isEmpty ? "filled" : "filled," + look.style)),
                ("tooltip", .tooltip("\(actor.label) — \(actor.type.rawValue)")),
                ("fillcolor", .raw(faded ? "#f8fafc" : look.fill)),
                ("color", .raw(emphasised ? style.highlightColor : (faded ? style.fadedColor : look.border))),
            ]
            if emphasised { attributes.append(("penwidth", .raw("3"))) }
            if faded { attributes.append(("fontcolor", .raw("#94a3b8"))) }
            dot.node("n\(number)", attributes)
        }

        let groups = PairGroup.groups(of: relations)
        for group in groups {
            guard let tail = synthetic[group.first], let head = synthetic[group.second] else { continue }
            let look = style.look(group.type)
            let emphasised = group.relations.contains { highlight.relations.contains($0.key) }
            let faded = highlight.fadesOthers && !emphasised
            let width = emphasised ? 4.0 : min(1 + 1.5 * log2(Double(max(group.evidenceCount, 1))), 7)
            let arrow: String
            switch (group.type.isSymmetric, group.forward, group.backward) {
            case (true, _, _): arrow = "none"
            case (false, true, true): arrow = "both"
            case (false, false, true): arrow = "back"
            default: arrow = "forward"
            }
            var attributes: DOTAttributes = [
                ("id", .raw("e~" + svgIDPart(group.first) + "~" + svgIDPart(group.second) + "~" + group.type.rawValue)),
                ("color", .raw(faded ? style.fadedColor : look.color)),
                ("style", .raw(look.line == "bold" ? "solid" : look.line)),
                ("penwidth", .raw(String(format: "%.2f", width))), ("dir", .raw(arrow)),
                ("arrowhead", .raw(look.arrowhead == "none" ? "normal" : look.arrowhead)),
                ("tooltip", .tooltip("\(look.caption): \(group.evidenceCount) sentence\(group.evidenceCount == 1 ? "" : "s") — click to read")),
            ]
            if groups.count <= captionLimit {
                attributes += [("label", .text(look.caption)), ("fontcolor", .raw(faded ? "#94a3b8" : look.color))]
            }
            dot.edge(from: tail, to: head, attributes)
        }
        return dot.finish()
    }

    /// `text` percent-encoded down to ASCII letters and digits: safe in a DOT string, an SVG id
    /// and a CSS selector, and decoded by the page with `decodeURIComponent`.
    static func svgIDPart(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            let isAlphanumeric = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
            encoded += isAlphanumeric ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }
        return encoded
    }

    private static func wrap(_ label: String) -> String {
        guard label.count > 22 else { return label }
        var lines: [String] = [], line = ""
        for word in label.split(separator: " ") {
            if !line.isEmpty && line.count + word.count > 20 { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

/// The relations of one drawn edge: the same two actors and type, in either direction.
struct PairGroup {
    /// The ends in id order, so A→B and B→A land in one group.
    let first: String
    let second: String
    let type: RelationType
    var relations: [Relation] = []
    /// Some relation goes first → second / second → first.
    var forward = false
    var backward = false

    var evidenceCount: Int { relations.reduce(0) { $0 + $1.evidence.count } }

    static func groups(of relations: [Relation]) -> [PairGroup] {
        var order: [String] = []
        var groups: [String: PairGroup] = [:]
        for relation in relations {
            let first = min(relation.source, relation.target), second = max(relation.source, relation.target)
            let key = first + "\u{0}" + second + "\u{0}" + relation.type.rawValue
            if groups[key] == nil {
                order.append(key)
                groups[key] = PairGroup(first: first, second: second, type: relation.type)
            }
            groups[key]!.relations.append(relation)
            if relation.source == first { groups[key]!.forward = true } else { groups[key]!.backward = true }
        }
        return order.map { groups[$0]! }
    }
}
