import RelGraphCore
import RelGraphFormats

/// What the query layer reads a graph through: actors in full, relations as cheap summaries,
/// full relations (evidence included) only for those an answer prints.
///
/// Two implementations: ``GraphCatalog`` (a JSON file scanned without building its evidence
/// strings, what the CLI's query verbs use with `--graph`) and ``InMemoryGraph`` (a decoded
/// ``RelationshipGraph``, e.g. one loaded from a corpus database with `--db`). Positions are the
/// same everywhere: actor `p` is `actors[p]`, relation `r` the `r`-th edge of the graph.
public protocol QueryableGraph: Sendable {
    /// The actors; relation ends and query answers are positions in this array.
    var actors: [Actor] { get }
    /// Number of relations; valid relation positions are `0 ..< relationCount`.
    var relationCount: Int { get }
    /// Relation `position`'s ends, type, confidence and evidence count. Ends are -1 for an actor
    /// the graph does not hold (only an unvalidated in-memory graph has such relations).
    func summary(ofRelation position: Int) -> RelationSummary
    /// Relation `position`'s source and target ids as the graph spells them.
    func endIDs(ofRelation position: Int) -> (source: String, target: String)
    /// Relation `position` in full, evidence included (may decode it now; a graph file changed
    /// since it was loaded throws `GraphFileChanged`).
    func relation(at position: Int) throws(GraphFileChanged) -> Relation
    /// The position of the actor whose id is `id`.
    func position(ofActorID id: String) -> Int32?
}

extension GraphCatalog: QueryableGraph {}

extension QueryableGraph {
    /// The label of the actor at `position`, or `fallback` for an end outside the graph.
    func label(of position: Int32, fallback: String) -> String {
        position >= 0 ? actors[Int(position)].label : fallback
    }
}
