import RelGraphCore
@testable import RelGraphExport
import RelGraphTestSupport
import Testing

@Suite struct DiagramPaletteTests {
    let style = DiagramStyle.standard

    /// Colour alone cannot be trusted (about 1 man in 12 sees red and green alike), so a type is
    /// told by colour and line together: no two types share both, and the types drawn with one
    /// line style all differ in colour. Before, meets/cooperates were two greens and sanctions,
    /// accuses and violates three dashed reds.
    @Test func everyRelationTypeLooksDifferent() {
        var seen: [String: RelationType] = [:]
        for type in RelationType.allCases {
            let look = style.look(type)
            let key = "\(look.color.lowercased()) \(look.line) \(look.arrowhead)"
            #expect(seen[key] == nil, "\(type) looks like \(seen[key].map { "\($0)" } ?? "")")
            seen[key] = type
        }
        let lineStyles = Set(RelationType.allCases.map { style.look($0).line })
        for line in lineStyles {
            let colours = RelationType.allCases.filter { style.look($0).line == line }.map { style.look($0).color.lowercased() }
            #expect(Set(colours).count == colours.count, "\(line): \(colours)")
        }
    }

    /// Every relation colour is one of Okabe and Ito's, whose pairs stay apart under the common
    /// colour-vision deficiencies.
    @Test func relationColoursComeFromTheColourBlindSafeSet() {
        let safe: Set<String> = [OkabeIto.black, OkabeIto.orange, OkabeIto.skyBlue, OkabeIto.bluishGreen, OkabeIto.blue,
                                 OkabeIto.vermillion, OkabeIto.reddishPurple, OkabeIto.grey]
        for type in RelationType.allCases { #expect(safe.contains(style.look(type).color), "\(type)") }
    }

    /// The engine and size limits count what is drawn: actors without relations are left out of
    /// the diagram, and relations between the same two actors share one line.
    @Test func drawnSizeCountsLinkedActorsAndBundledLinks() {
        let lonely = (0 ..< 88).map { Actor(id: "person:lonely-\($0)", type: .person, label: "Lonely \($0)") }
        var graph = SampleGraphs.summit
        graph.nodes += lonely
        let linked = Set(graph.edges.flatMap { [$0.source, $0.target] })
        let drawn = DiagramWriter.drawnSize(of: graph)
        #expect(drawn.actors == graph.nodes.filter { linked.contains($0.id) }.count)
        #expect(drawn.links == EdgeBundle.bundles(of: graph.edges).count && drawn.links <= graph.edges.count)
        #expect(DiagramWriter.drawnSize(of: graph, options: DiagramOptions(isolatedActors: true)).actors == graph.nodes.count)
    }
}
