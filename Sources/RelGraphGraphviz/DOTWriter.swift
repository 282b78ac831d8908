import RelGraphCore

/// Writes DOT. (Skeleton: lands with the Graphviz work.)
public enum DOTWriter {
    public static func write(_ graph: RelationshipGraph) -> String { "digraph {}\n" }
}
