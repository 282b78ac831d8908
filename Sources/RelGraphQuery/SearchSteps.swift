/// Where a breadth-first search may step from an actor: the one question the hop-counting
/// searches ask of the graph, answered two ways so the common case pays for no filter.
protocol SearchSteps {
    /// Calls `body(neighbour, relation)` for each actor one step from `actor` until `body`
    /// returns false. `backward` walks links towards the query's goal (the reverse of the
    /// forward walk).
    func each(from actor: Int32, backward: Bool, _ body: (Int32, Int32) -> Bool)
    /// Relations looked at when expanding `actor`: what putting it in a frontier will cost.
    func work(_ actor: Int32) -> Int
}

/// Unfiltered, both-ways steps: the distinct neighbours of ``LinkRows``, one row per actor.
struct LinkSteps: SearchSteps {
    private let offsets: UnsafeBufferPointer<Int32>
    private let neighbors: UnsafeBufferPointer<Int32>
    private let relations: UnsafeBufferPointer<Int32>

    init(_ links: LinkRows) {
        offsets = links.offsets.buffer
        neighbors = links.neighbors.buffer
        relations = links.relations.buffer
    }

    @inline(__always) func each(from actor: Int32, backward: Bool, _ body: (Int32, Int32) -> Bool) {
        var slot = Int(offsets[Int(actor)])
        let end = Int(offsets[Int(actor) + 1])
        while slot < end {
            if !body(neighbors[slot], relations[slot]) { return }
            slot += 1
        }
    }

    @inline(__always) func work(_ actor: Int32) -> Int {
        Int(offsets[Int(actor) + 1] - offsets[Int(actor)])
    }
}

/// Steps through a ``Traversal``: relation and actor filters, confidence and direction applied
/// per relation slot. The relation given is the slot's, not necessarily the cheapest parallel one.
struct FilteredSteps: SearchSteps {
    let traversal: Traversal

    @inline(__always) func each(from actor: Int32, backward: Bool, _ body: (Int32, Int32) -> Bool) {
        var going = true
        if backward {
            traversal.backward(actor) { neighbor, edge in if going { going = body(neighbor, edge) } }
        } else {
            traversal.forward(actor) { neighbor, edge in if going { going = body(neighbor, edge) } }
        }
    }

    @inline(__always) func work(_ actor: Int32) -> Int { traversal.degree(actor) }
}
