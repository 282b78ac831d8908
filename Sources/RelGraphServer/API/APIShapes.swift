import RelGraphCore

/// The JSON the API answers with, where the CLI has no shape of its own. Nodes and edges keep the
/// graph JSON format's fields (DESIGN §2) and add what the page needs (`depth`, `evidenceCount`).
enum APIShapes {
    /// `/api/actors`: `{"id","label","type"}`, plus the name that matched when it is not the label.
    struct ActorMatch: Encodable {
        var id: String
        var label: String
        var type: ActorType
        var match: String?
    }

    /// An actor as in the graph JSON format, with its depth in a neighbourhood.
    struct Node: Encodable {
        var id: String
        var type: ActorType
        var label: String
        var aliases: [String]
        var attributes: [String: String]
        var depth: Int?

        init(_ actor: Actor, depth: Int? = nil) {
            id = actor.id
            type = actor.type
            label = actor.label
            aliases = actor.aliases
            attributes = actor.attributes
            self.depth = depth
        }
    }

    /// A relation as in the graph JSON format; `evidence` holds at most `limit` sentences and
    /// `evidenceCount` says how many there are.
    struct Edge: Encodable {
        var source: String
        var target: String
        var type: RelationType
        var confidence: Double
        var attributes: [String: String]
        var evidenceCount: Int
        var evidence: [Evidence]

        init(_ relation: Relation, evidenceLimit: Int) {
            source = relation.source
            target = relation.target
            type = relation.type
            confidence = relation.confidence
            attributes = relation.attributes
            evidenceCount = relation.evidence.count
            evidence = Array(relation.evidence.prefix(evidenceLimit))
        }
    }

    /// `/api/neighbors`.
    struct Neighborhood: Encodable {
        var center: String
        var nodes: [Node]
        var edges: [Edge]
        /// Neighbours found at each depth, and how many of them are not drawn.
        var found: [Int]
        var hidden: [Int]
        var message: String?
    }

    /// One evidence sentence with the mentions of the relation's two actors marked.
    struct MarkedEvidence: Encodable {
        var document: String
        /// Position in `/api/documents`, or nil when the document is not listed.
        var documentIndex: Int?
        var sentence: String
        var start: Int
        var end: Int
        /// ISO 8601 at its precision, when the extractor dated the sentence.
        var date: String?
        var marks: [MentionFinder.Mark]
    }

    struct EvidenceRelation: Encodable {
        var source: String
        var target: String
        var type: RelationType
        var confidence: Double
        var attributes: [String: String]
        var evidenceCount: Int
        var evidence: [MarkedEvidence]
    }

    /// `/api/evidence`.
    struct EvidenceAnswer: Encodable {
        var source: Node
        var target: Node
        var relations: [EvidenceRelation]
    }

    /// `/api/documents`: `[{"name", …}]`.
    struct Document: Encodable {
        var index: Int
        var name: String
        var actors: Int
        var relations: Int
        var evidence: Int
    }

    /// `/api/document`.
    struct DocumentText: Encodable {
        struct Span: Encodable {
            var start: Int
            var end: Int
            var source: String
            var target: String
            var type: RelationType
        }
        var index: Int
        var name: String
        var text: String
        var mentions: [MentionFinder.Mark]
        /// The actors marked, id → label and type, for the page's legend and links.
        var actors: [ActorMatch]
        /// Evidence sentences taken from this document.
        var evidence: [Span]
    }

    /// `/api/corpus`.
    struct Corpus: Encodable {
        struct Ranked: Encodable {
            var id: String
            var label: String
            var type: ActorType
            var value: Double
        }
        struct Central: Encodable {
            var ready: Bool
            var degree: [Ranked]
            var pagerank: [Ranked]
            var betweenness: [Ranked]
        }
        var source: String
        var documents: Int
        var actors: Int
        var relations: Int
        var evidence: Int
        var actorsByType: [String: Int]
        var relationsByType: [String: Int]
        var central: Central
    }
}
