/// The cost of following a relation in a weighted path query: lower is a better-supported hop.
///
/// `cost = 1 + (1 − confidence) + 1 / (1 + evidenceCount)`
///
/// - Every hop costs at least 1, so a long chain of strong relations never beats a short one by
///   much: weighting breaks ties between routes of similar length, it does not invent detours.
/// - A doubtful relation (confidence 0.5) adds 0.5; a certain one adds nothing.
/// - One evidence sentence adds 0.5, three add 0.25: repeated statements make a hop cheaper.
///
/// The cost therefore lies in (1, 3]. Confidence is clamped to 0…1 and evidence counts below 0 read as 0.
public enum RelationCost {
    public static func of(confidence: Double, evidenceCount: Int) -> Double {
        let confidence = min(max(confidence.isFinite ? confidence : 0, 0), 1)
        return 1 + (1 - confidence) + 1 / Double(1 + max(evidenceCount, 0))
    }
}
