import PostgresNIO
import RelGraphCore
import RelGraphStore

extension PostgresCorpusStore: CorpusNeighbourhoodReading {
    /// Every actor with its label, aliases and attributes, without relations: enough to resolve
    /// names (``subgraph(around:radius:)`` then reads only what a query needs).
    public func loadActors() throws -> [Actor] {
        let dated = self.dated
        return try snapshot { connection in
            try await GraphLoader(connection: connection, dated: dated, actorIDs: nil).loadActors()
        }
    }

    /// The part of the corpus graph within `radius` hops of any of `actorIDs`, ignoring
    /// direction and relation type: those actors and every relation between two of them, built
    /// exactly as ``loadGraph()`` builds the whole.
    ///
    /// The actors are found in the database by a recursive CTE over the relation key indexes
    /// (both directions), so a neighbourhood is answered without reading a graph that may not
    /// fit in memory; cost grows with the actors reached, not with the corpus. Any walk of at
    /// most `radius` hops from a start, whatever the filters, stays inside this part, and every
    /// actor within `radius - 1` hops has all its links here: a neighbourhood of depth
    /// `radius - 1` computed on it (whose breadth-first order reads the link counts of actors up
    /// to its depth) equals the one computed on the whole graph.
    public func subgraph(around actorIDs: [String], radius: Int) throws -> RelationshipGraph {
        let dated = self.dated
        return try snapshot { connection in
            var reached: [String] = []
            let rows = try await connection.query("""
                WITH RECURSIVE reach(id, depth) AS (
                    SELECT start COLLATE "C", 0 FROM unnest(\(actorIDs)::text[]) AS start
                    UNION
                    SELECT CASE WHEN r.source = reach.id THEN r.target ELSE r.source END, reach.depth + 1
                    FROM reach JOIN relgraph.relations r ON r.source = reach.id OR r.target = reach.id
                    WHERE reach.depth < \(radius)
                )
                SELECT DISTINCT id FROM reach
                """, logger: ConnectionPool.logger)
            for try await id in rows.decode(String.self) { reached.append(id) }
            return try await GraphLoader(connection: connection, dated: dated, actorIDs: reached).load()
        }
    }
}
