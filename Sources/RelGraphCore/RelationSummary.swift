/// What path and neighbourhood queries need of a relation: its ends as actor positions, its type,
/// confidence and how many sentences support it. No strings: the evidence stays where it is.
public struct RelationSummary: Hashable, Sendable {
    /// Position of the stated source in the graph's actors.
    public var source: Int32
    /// Position of the stated target in the graph's actors.
    public var target: Int32
    public var type: RelationType
    public var confidence: Double
    public var evidenceCount: Int

    public init(source: Int32, target: Int32, type: RelationType, confidence: Double, evidenceCount: Int) {
        self.source = source
        self.target = target
        self.type = type
        self.confidence = confidence
        self.evidenceCount = evidenceCount
    }
}
