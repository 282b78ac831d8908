import RelGraphCore

/// Which engine a `--db` value names, decided from the text alone: a `postgres://` or
/// `postgresql://` URL (or `postgres:` alone) names a PostgreSQL database, anything else an SQLite
/// file. Lives here, beside the engine interface, so that a program can tell the two apart
/// without linking the PostgreSQL engine (module RelGraphPostgres).
public enum CorpusLocation {
    /// Whether `text` names a PostgreSQL database rather than an SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") || text == "postgres:" || text == "postgresql:"
    }
}

/// An engine that reads the part of its graph around some actors in the database, without
/// loading the whole graph (PostgreSQL, with a recursive query).
public protocol CorpusNeighbourhoodReading: CorpusDatabase {
    /// Every actor with its label, aliases and attributes, without relations.
    func loadActors() throws -> [Actor]

    /// The actors within `radius` hops of any of `actorIDs` (ignoring direction and type) and
    /// every relation between two of them, built as ``CorpusDatabase/loadGraph()`` builds the whole.
    func subgraph(around actorIDs: [String], radius: Int) throws -> RelationshipGraph
}
