import RelGraphCore
import RelGraphKnowledge

/// Turns documents into a relationship graph. (Skeleton: the pipeline lands with the extractor work.)
public struct Extractor: Sendable {
    public init() {}

    public func extract(text: String, document: String) -> RelationshipGraph {
        RelationshipGraph()
    }
}
