import Foundation
import RelGraphCore
@testable import RelGraphExport
import RelGraphRendering
import RelGraphTestSupport
import Testing

@Suite struct DiagramWriterTests {
    let graph = SampleGraphs.summit

    func parsed(_ options: DiagramOptions = DiagramOptions()) throws -> DOTReadBack {
        try Renderer.shared.readBack(dot: DiagramWriter.dot(for: graph, options: options))
    }

    /// Labels read back, by node name.
    func labels(_ readBack: DOTReadBack) -> [String: String] {
        readBack.nodes.compactMapValues { $0["label"].map(GraphvizSemantics.displayedLabel) }
    }

    @Test func actorsGetSyntheticIdsAndTheirNamesAsLabels() throws {
        let readBack = try parsed(DiagramOptions(wrapWidth: 100))
        let names = Set(labels(readBack).values)
        for actor in graph.nodes { #expect(names.contains(actor.label)) }
        #expect(readBack.nodes.keys.allSatisfy { $0 == "legend" || $0.hasPrefix("n") })
    }

    @Test func shapeAndColourFollowTheActorType() throws {
        let readBack = try parsed()
        let byLabel = Dictionary(uniqueKeysWithValues: readBack.nodes.values.compactMap { attributes in
            attributes["label"].map { (GraphvizSemantics.displayedLabel($0), attributes) }
        })
        #expect(byLabel["France"]?["shape"] == DiagramStyle.standard.look(.country).shape)
        #expect(byLabel["Ana Silva"]?["fillcolor"] == DiagramStyle.standard.look(.person).fill)
        #expect(byLabel["Bamako Accord"]?["shape"] == "note")
        #expect(byLabel["France"]?["shape"] != byLabel["Ana Silva"]?["shape"])
    }

    @Test func relationsBetweenTheSamePairAreBundled() throws {
        let readBack = try parsed()
        // France → Mali: supply and sanction in one edge; Mali → France: accuse on its own.
        let franceToMali = readBack.edges.filter { labels(readBack)[$0.tail] == "France" && labels(readBack)[$0.head] == "Mali" }
        #expect(franceToMali.count == 1)
        let colors = franceToMali.first?.attributes["color"]?.split(separator: ":").map(String.init)
        #expect(colors == [DiagramStyle.standard.look(.supply).color, DiagramStyle.standard.look(.sanction).color])
        #expect(franceToMali.first?.attributes["label"]?.contains("supplies") == true)
        #expect(franceToMali.first?.attributes["label"]?.contains("sanctions") == true)
        #expect(readBack.edges.count == 8, "9 relations, two of them bundled")
    }

    @Test func symmetricRelationsHaveNoArrow() throws {
        let readBack = try parsed()
        let meet = try #require(readBack.edges.first { $0.attributes["label"]?.contains("meets") == true })
        #expect(meet.attributes["dir"] == "none")
    }

    @Test func tooltipsCarryTheEvidenceSentence() throws {
        let readBack = try parsed()
        let leads = try #require(readBack.edges.first { $0.attributes["label"]?.contains("leads") == true })
        let tooltip = GraphvizSemantics.displayedTooltip(leads.attributes["tooltip"] ?? "")
        #expect(tooltip.contains("President Ana Silva said \"enough\" & left."))
        #expect(tooltip.contains("Ana Silva → France: leader_of"))
    }

    @Test func speculativeRelationsAreDashedAndQuestioned() throws {
        let readBack = try parsed()
        let party = try #require(readBack.edges.first { $0.attributes["label"]?.contains("party to") == true })
        #expect(party.attributes["style"] == "dashed")
        #expect(party.attributes["label"]?.contains("party to?") == true)
    }

    @Test func theLegendListsOnlyTypesPresent() throws {
        let small = RelationshipGraph(
            nodes: [Actor(id: "a", type: .country, label: "A"), Actor(id: "b", type: .country, label: "B")],
            edges: [Relation(source: "a", target: "b", type: .attack, confidence: 1)])
        let legend = try #require(try Renderer.shared.readBack(dot: DiagramWriter.dot(for: small)).nodes["legend"]?["label"])
        #expect(legend.contains("country") && legend.contains("attacks"))
        #expect(!legend.contains("person") && !legend.contains("visits"))
        #expect(try Renderer.shared.readBack(dot: DiagramWriter.dot(for: small, options: DiagramOptions(legend: false))).nodes["legend"] == nil)
    }

    @Test func theOutputDependsOnlyOnTheContent() {
        let shuffled = RelationshipGraph(nodes: graph.nodes.shuffled(), edges: graph.edges.shuffled())
        #expect(DiagramWriter.dot(for: shuffled) == DiagramWriter.dot(for: graph))
    }

    @Test func aHighlightedPathStandsOutAndTheRestFades() throws {
        let key = RelationKey(source: "person:ana-silva", type: .visit, target: "country:ML")
        let readBack = try parsed(DiagramOptions(highlight: DiagramHighlight(
            actors: ["person:ana-silva", "country:ML"], relations: [key])))
        let visit = try #require(readBack.edges.first { $0.attributes["label"]?.contains("visits") == true })
        #expect(visit.attributes["penwidth"] == "3.5")
        let accuse = try #require(readBack.edges.first { $0.attributes["label"]?.contains("accuses") == true })
        #expect(accuse.attributes["color"] == DiagramStyle.standard.fadedColor)
        let byLabel = Dictionary(uniqueKeysWithValues: readBack.nodes.values.compactMap { attributes in
            attributes["label"].map { (GraphvizSemantics.displayedLabel($0), attributes) }
        })
        #expect(byLabel["Mali"]?["penwidth"] == "3")
        #expect(byLabel["France"]?["color"] == DiagramStyle.standard.fadedColor)
    }

    @Test func personsClusterInsideTheirCountry() {
        let dot = DiagramWriter.dot(for: graph, options: DiagramOptions(clusterPersonsInCountries: true))
        // Each cluster block: from `subgraph` to its closing brace.
        let clusters = dot.components(separatedBy: "subgraph ").dropFirst().map { $0.prefix { $0 != "}" } }
        #expect(clusters.count == 2)
        // Ana Silva leads France; Omar Diallo's country attribute is Mali.
        let france = clusters.first { $0.contains("label=\"France\"") }
        #expect(france?.contains("label=\"Ana Silva\"") == true)
        let mali = clusters.first { $0.contains("label=\"Mali\"") }
        #expect(mali?.contains("label=\"Omar Diallo\"") == true)
        #expect(mali?.contains("Ana Silva") == false)
    }

    @Test func longLabelsWrap() throws {
        let readBack = try parsed(DiagramOptions(wrapWidth: 18))
        let wrapped = labels(readBack).values.first { $0.hasPrefix("Economic") }
        #expect(wrapped == "Economic Community\nof West African\nStates")
        #expect(TextWrapping.wrap("Antidisestablishmentarianism rules", width: 10) == "Antidisestablishmentarianism\nrules")
    }

    @Test func hostileNamesCannotBreakTheDiagram() throws {
        var random = RandomText(seed: 3)
        let nodes = (0..<300).map { Actor(id: "x\($0)", type: .person, label: random.text(), aliases: [random.text()]) }
        let edges = (1..<300).map { Relation(source: "x\($0)", target: "x\($0 - 1)", type: .meet, confidence: 0.5,
                                             evidence: [Evidence(document: random.text(), sentence: random.text(), start: 0, end: 1)]) }
        let hostile = RelationshipGraph(nodes: nodes, edges: edges)
        let readBack = try Renderer.shared.readBack(dot: DiagramWriter.dot(for: hostile))
        #expect(readBack.nodes.count == 301)
        #expect(readBack.edges.count == 299)
    }

    @Test func actorsWithoutRelationsAreCountedNotDrawnUnlessAsked() throws {
        var lonely = graph
        lonely.nodes.append(Actor(id: "person:nobody", type: .person, label: "Lonely Person"))
        let hidden = try Renderer.shared.readBack(dot: DiagramWriter.dot(for: lonely))
        #expect(!labels(hidden).values.contains("Lonely Person"))
        #expect(hidden.nodes["legend"]?["label"]?.contains("1 actor without relations not drawn") == true)
        let shown = try Renderer.shared.readBack(dot: DOTWriter.write(lonely))
        #expect(labels(shown).values.contains("Lonely Person"))
    }
}
