import Foundation
import RelGraphCore

/// Turns a relationship graph into styled DOT: the picture `relgraph render` draws.
///
/// Actors get synthetic ids (`n0`, `n1`, … in id order) and their names go only into escaped
/// labels, so no name can break the DOT. The output depends only on the graph's content: the
/// same graph, in any order, gives byte-identical DOT and therefore the same picture.
///
/// ```swift
/// let dot = DiagramWriter.dot(for: graph, options: DiagramOptions(title: "Sources: 3 articles"))
/// let svg = try Renderer.shared.render(dot: dot, format: .svg, engine: .dot)
/// ```
public enum DiagramWriter {
    /// The DOT source of `graph` drawn with `options`.
    public static func dot(for graph: RelationshipGraph, options: DiagramOptions = DiagramOptions()) -> String {
        var graph = graph.canonicalized()
        let kept = drawnActors(of: graph, options: options)
        let hiddenActors = graph.nodes.count - kept.count
        graph.nodes = kept
        let style = options.style
        var ids: [String: String] = [:]
        for (index, actor) in graph.nodes.enumerated() { ids[actor.id] = "n\(index)" }
        let highlighting = !options.highlight.isEmpty && options.highlight.fadesOthers

        var dot = DOTWriter(name: "relgraph")
        var graphAttributes: DOTAttributes = [
            ("rankdir", .raw("LR")), ("newrank", .raw("true")), ("fontname", .raw(style.fontName)),
            ("nodesep", .raw("0.35")), ("ranksep", .raw("0.8")), ("pad", .raw("0.3")),
            // Force-directed engines: exact overlap removal (prism) costs ~5× the layout itself on
            // thousands of actors (measured: 2,000 actors, sfdp, 4.96 s vs 1.12 s with scale).
            ("overlap", .raw(graph.nodes.count <= 300 ? "false" : "scale")), ("outputorder", .raw("edgesfirst")), ("bgcolor", .raw("white")),
        ]
        if let title = options.title {
            graphAttributes += [("label", .text(title)), ("labelloc", .raw("t")), ("fontsize", .raw("18"))]
        }
        dot.defaults(.graph, graphAttributes)
        dot.defaults(.node, [("fontname", .raw(style.fontName)), ("fontsize", .raw("12")), ("margin", .raw("0.12,0.06"))])
        dot.defaults(.edge, [("fontname", .raw(style.fontName)), ("fontsize", .raw("10")), ("arrowsize", .raw("0.8"))])

        let clusters = options.clusterPersonsInCountries ? PersonClustering.countries(in: graph) : [:]
        let clusteredCountries = Set(clusters.values)
        var clusterMembers: [String: [Actor]] = [:]
        for actor in graph.nodes {
            if let country = clusters[actor.id] { clusterMembers[country, default: []].append(actor) }
        }
        for actor in graph.nodes where clusters[actor.id] == nil {
            guard clusteredCountries.contains(actor.id) else {
                dot.node(ids[actor.id]!, nodeAttributes(actor, options: options, highlighting: highlighting))
                continue
            }
            dot.beginSubgraph("cluster_" + ids[actor.id]!, [
                ("label", .text(actor.label)), ("style", .raw("rounded,filled")), ("fillcolor", .raw("#f8fafc")),
                ("color", .raw(style.look(.country).border)), ("fontcolor", .raw(style.look(.country).border)),
                ("tooltip", .tooltip(actor.label)),
            ])
            for member in [actor] + clusterMembers[actor.id, default: []] {
                dot.node(ids[member.id]!, nodeAttributes(member, options: options, highlighting: highlighting))
            }
            dot.endSubgraph()
        }

        let labels = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.label) })
        let showEdgeLabels = options.edgeLabels ?? (options.dateLabels || graph.edges.count <= 250)
        for bundle in EdgeBundle.bundles(of: graph.edges) {
            dot.edge(from: ids[bundle.source]!, to: ids[bundle.target]!,
                     edgeAttributes(bundle, labels: labels, showLabel: showEdgeLabels, options: options, highlighting: highlighting))
        }

        if options.legend && !graph.nodes.isEmpty {
            let actorTypes = Set(graph.nodes.map(\.type)).sorted()
            let relationTypes = Set(graph.edges.map(\.type)).sorted()
            let note = hiddenActors == 0 ? nil : "\(hiddenActors) actor\(hiddenActors == 1 ? "" : "s") without relations not drawn"
            dot.node("legend", [
                ("shape", .raw("plain")), ("margin", .raw("0")), ("fontsize", .raw("10")),
                ("label", .html(Legend.markup(actorTypes: actorTypes, relationTypes: relationTypes, note: note, style: style))),
            ])
        }
        return dot.finish()
    }

    /// How many actors and links (Graphviz nodes and edges, the legend left out) the diagram of
    /// `graph` draws: what a layout's cost and the choice of engine depend on.
    public static func drawnSize(of graph: RelationshipGraph, options: DiagramOptions = DiagramOptions()) -> (actors: Int, links: Int) {
        (drawnActors(of: graph, options: options).count, EdgeBundle.bundles(of: graph.edges).count)
    }

    /// The actors drawn: an actor without relations says nothing in a relationship diagram,
    /// except when the caller asked to see it (the centre of an empty neighbourhood).
    private static func drawnActors(of graph: RelationshipGraph, options: DiagramOptions) -> [Actor] {
        guard !options.isolatedActors else { return graph.nodes }
        let linked = Set(graph.edges.flatMap { [$0.source, $0.target] }).union(options.highlight.actors)
        return graph.nodes.filter { linked.contains($0.id) }
    }

    private static func nodeAttributes(_ actor: Actor, options: DiagramOptions, highlighting: Bool) -> DOTAttributes {
        let look = options.style.look(actor.type)
        var attributes: DOTAttributes = [
            ("label", .text(TextWrapping.wrap(actor.label, width: options.wrapWidth))),
            ("shape", .raw(look.shape)),
            ("style", .raw(look.style.isEmpty ? "filled" : "filled," + look.style)),
            ("tooltip", .tooltip(tooltip(for: actor))),
        ]
        let emphasised = options.highlight.actors.contains(actor.id)
        if highlighting && !emphasised {
            attributes += [("fillcolor", .raw("#f8fafc")), ("color", .raw(options.style.fadedColor)),
                           ("fontcolor", .raw("#94a3b8"))]
        } else if emphasised {
            attributes += [("fillcolor", .raw(look.fill)), ("color", .raw(options.style.highlightColor)),
                           ("penwidth", .raw("3"))]
        } else {
            attributes += [("fillcolor", .raw(look.fill)), ("color", .raw(look.border))]
        }
        if let url = actor.attributes["url"] { attributes.append(("URL", .url(url))) }
        return attributes
    }

    private static func tooltip(for actor: Actor) -> String {
        var text = "\(actor.label) — \(actor.type.rawValue)"
        if let iso = actor.attributes["iso"] { text += " (\(iso))" }
        if !actor.aliases.isEmpty {
            let shown = actor.aliases.prefix(10).joined(separator: ", ")
            text += "\nalso: " + shown + (actor.aliases.count > 10 ? ", …" : "")
        }
        return text
    }

    private static func edgeAttributes(_ bundle: EdgeBundle, labels: [String: String], showLabel: Bool,
                                       options: DiagramOptions, highlighting: Bool) -> DOTAttributes {
        let style = options.style
        let looks = bundle.relations.map { style.look($0.type) }
        let speculative = bundle.relations.allSatisfy { $0.attributes["modality"] != nil }
        // Offices no longer held are drawn dotted and grey, never as current facts.
        let past = bundle.relations.allSatisfy(\.isPastOffice)
        let emphasised = bundle.relations.contains { options.highlight.relations.contains($0.key) }
        let faded = highlighting && !emphasised
        let lines = Set(looks.map(\.line))
        var attributes: DOTAttributes = [
            ("color", .raw(faded || past ? style.fadedColor : looks.map(\.color).joined(separator: ":"))),
            ("style", .raw(past ? "dotted" : speculative ? "dashed" : (lines.count == 1 ? lines.first! : "solid"))),
            ("penwidth", .raw(emphasised ? "3.5" : (looks.count > 1 ? "1.2" : "1.6"))),
            ("tooltip", .tooltip(evidenceTooltip(bundle, labels: labels, limit: options.evidencePerEdge))),
        ]
        if bundle.symmetric {
            attributes.append(("dir", .raw("none")))
        } else {
            attributes.append(("arrowhead", .raw(looks.first { $0.arrowhead != "none" }?.arrowhead ?? "normal")))
        }
        if bundle.relations.contains(where: { $0.type == .leaderOf || $0.type == .memberOf }) {
            attributes.append(("weight", .raw("3")))  // keep people next to what they lead
        }
        if showLabel {
            // Plain labels, not HTML-like ones: Graphviz 2.42 leaks memory on every HTML label
            // it lays out (measured: ~16 KB per render of a 50-actor graph).
            let captions = zip(bundle.relations, looks).map { relation, look in
                var caption = look.caption + (relation.attributes["modality"] != nil ? "?" : "")
                if relation.isPastOffice {
                    // "led, 1994–2011": an office no longer held reads in the past tense.
                    let verb = relation.type == .leaderOf ? "led" : relation.type == .memberOf ? "was member of" : look.caption
                    caption = verb + ", " + (relation.officeTerm ?? "past")
                }
                if options.dateLabels, let dates = relation.evidenceDateLabel { caption += "\n" + dates }
                return caption
            }
            let color = faded || past ? "#94a3b8" : (looks.count == 1 ? looks[0].color : "#334155")
            attributes += [("label", .text(captions.joined(separator: "\n"))), ("fontcolor", .raw(color)),
                           ("labeltooltip", .tooltip(evidenceTooltip(bundle, labels: labels, limit: options.evidencePerEdge)))]
        }
        return attributes
    }

    /// Who does what to whom, then the evidence sentences (cut to a readable length).
    private static func evidenceTooltip(_ bundle: EdgeBundle, labels: [String: String], limit: Int) -> String {
        let arrow = bundle.symmetric ? " — " : " → "
        var parts: [String] = []
        for relation in bundle.relations {
            var part = "\(labels[relation.source] ?? relation.source)\(arrow)\(labels[relation.target] ?? relation.target): "
                + relation.type.rawValue + String(format: " (confidence %.2f)", relation.confidence)
            if let modality = relation.attributes["modality"] { part += " [\(modality)]" }
            if relation.isPastOffice { part += " [past office" + (relation.officeTerm.map { " \($0)" } ?? "") + "]" }
            for evidence in relation.evidence.prefix(limit) {
                part += "\n“" + TextWrapping.truncate(evidence.sentence, to: 280) + "” — " + evidence.document
                    + (evidence.date.map { ", \($0)" } ?? "")
            }
            if relation.evidence.count > limit { part += "\n(+\(relation.evidence.count - limit) more)" }
            parts.append(part)
        }
        return parts.joined(separator: "\n\n")
    }
}

extension DOTWriter {
    /// The styled DOT of `graph`: shorthand for ``DiagramWriter/dot(for:options:)``. Meant for
    /// query results (a path, a neighbourhood), so every actor is drawn, even one without relations.
    public static func write(_ graph: RelationshipGraph, options: DiagramOptions = DiagramOptions(isolatedActors: true)) -> String {
        DiagramWriter.dot(for: graph, options: options)
    }
}
