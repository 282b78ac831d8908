import Foundation
import RelGraphCore
import RelGraphRendering
import RelGraphQuery

extension ExplorerAPI {
    /// `GET /api/svg/neighbors?…` (the parameters of `/api/neighbors`): the focus view's picture.
    func svgNeighbors(_ query: QueryParameters) async throws(APIError) -> Data {
        let (center, selection) = try focus(query)
        let actors = selection.actors.map { corpus.graph.nodes[Int($0)] }
        let relations = selection.relations.map { corpus.graph.edges[Int($0)] }
        let highlight = ExplorerDiagram.Highlight(actors: [corpus.graph.nodes[Int(center)].id])
        return try await render(ExplorerDiagram.dot(actors: actors, relations: relations, highlight: highlight),
                                actors: actors.count)
    }

    /// `GET /api/svg/path?…` (the parameters of `/api/path`): the paths' actors and hops, highlighted.
    func svgPath(_ query: QueryParameters) async throws(APIError) -> Data {
        let paths = try paths(query)
        guard !paths.isEmpty else { throw .notFound("no path between these actors under these filters") }
        var actorSet: [Int32] = [], relationSet: Set<Int32> = []
        for path in paths {
            for actor in path.actors where !actorSet.contains(actor) { actorSet.append(actor) }
            relationSet.formUnion(path.relations)
        }
        let actors = actorSet.map { corpus.graph.nodes[Int($0)] }
        let relations = relationSet.sorted().map { corpus.graph.edges[Int($0)] }
        // The shortest path stands out; further paths keep their colours.
        let first = paths[0]
        let highlight = ExplorerDiagram.Highlight(
            actors: Set(first.actors.map { corpus.graph.nodes[Int($0)].id }),
            relations: Set(first.relations.map { corpus.graph.edges[Int($0)].key }), fadesOthers: false)
        return try await render(ExplorerDiagram.dot(actors: actors, relations: relations, highlight: highlight),
                                actors: actors.count)
    }

    /// Lays out with `neato` (a star reads best radially) up to 120 actors, `sfdp` beyond.
    private func render(_ dot: String, actors: Int) async throws(APIError) -> Data {
        do {
            return try await gate.svg(dot: dot, engine: actors <= 120 ? .neato : .sfdp)
        } catch {
            switch error {
            case .busy:
                throw APIError(status: .serviceUnavailable, message: "too many diagrams are being drawn; try again in a moment")
            case .timedOut(let seconds):
                throw APIError(status: .serviceUnavailable,
                               message: "the diagram took longer than \(Int(seconds)) s to lay out; lower depth or limit")
            case .failed(let reason):
                throw APIError(status: .internalServerError, message: "the diagram could not be drawn: \(reason)")
            }
        }
    }
}
