/// The one rule for combining what several statements say about the same actor or relation.
///
/// Every path that merges uses it: ``GraphAccumulator`` (and so ``RelationshipGraph/merge(_:)``),
/// the extractor's graph builder within a document, and the corpus store when it writes and loads.
/// That is what makes `relgraph extract a b`, `relgraph extract b a` and `relgraph ingest` of the
/// same files give the same graph, byte for byte.
///
/// - Within one document, each new evidence sentence is independent support:
///   ``independent(_:_:)``, in reading order. A sentence already seen adds nothing. At most
///   ``maximumEvidencePerDocument`` sentences are kept; later new ones still add support.
/// - Across documents, each document is one support (its relation's confidence, already rounded);
///   ``combined(_:)`` folds them in ascending order, so the arrival order cannot change a digit.
/// - A stated fact wins over a speculative one: the `modality` attribute survives only if every
///   statement carries it (``mergedAttributes(_:_:)``).
/// - A combined confidence is written with three decimals (``rounded(_:)``), as is a document's
///   own (the extractor rounds it); a confidence given once is kept as given, to the last bit
///   (``confidence(combining:)``), so exporting a graph file never changes its numbers.
public enum MergePolicy {
    /// Evidence sentences one document may give one relation: a pathological input repeating a
    /// statement must not blow up the output.
    public static let maximumEvidencePerDocument = 100

    /// The attribute that marks a speculative statement (`possible`).
    public static let modalityAttribute = "modality"

    /// Two independent supports: `1 - (1 - a)(1 - b)`.
    public static func independent(_ a: Double, _ b: Double) -> Double {
        1 - (1 - a) * (1 - b)
    }

    /// Independent supports combined as `1 - Π(1 - c)`, multiplied in ascending order of `1 - c`
    /// so that any order of the same supports gives the same bits. Not rounded.
    public static func combined(_ supports: [Double]) -> Double {
        switch supports.count {
        case 0: return 0
        case 1: return supports[0]
        case 2: return independent(supports[0], supports[1])  // a product of two commutes exactly
        default:
            var unsupported = 1.0
            for factor in supports.map({ 1 - $0 }).sorted() { unsupported *= factor }
            return 1 - unsupported
        }
    }

    /// A confidence with three decimals, never `-0` (adding `+0` turns IEEE's negative zero into
    /// zero; a graph file's `-0` was printed back as `-0.0`).
    public static func rounded(_ confidence: Double) -> Double {
        (confidence * 1000).rounded() / 1000 + 0.0
    }

    /// The confidence of a relation with these supports (one per document, in any order): a
    /// single support as it is (only `-0` becomes `0`), several ``combined(_:)`` and
    /// ``rounded(_:)``. Every engine (the in-memory merge, SQLite, PostgreSQL) computes it here.
    public static func confidence(combining supports: [Double]) -> Double {
        supports.count == 1 ? supports[0] + 0.0 : rounded(combined(supports))
    }

    /// The attributes of two statements of one relation: the union; where both give a key, the
    /// smaller value (so the result does not depend on which came first). `modality` is kept only
    /// if both carry it.
    public static func mergedAttributes(_ a: [String: String], _ b: [String: String]) -> [String: String] {
        if a == b { return a }
        var merged = a
        merged.merge(b) { min($0, $1) }
        if a[modalityAttribute] == nil || b[modalityAttribute] == nil { merged.removeValue(forKey: modalityAttribute) }
        return merged
    }

    /// An actor's attributes from two statements: the union; where both give a key, the smaller value.
    public static func mergedActorAttributes(_ a: [String: String], _ b: [String: String]) -> [String: String] {
        if a.isEmpty { return b }
        var merged = a
        merged.merge(b) { min($0, $1) }
        return merged
    }
}
