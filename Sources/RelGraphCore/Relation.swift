/// Where a relation was read: a sentence of a document, with its character span.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    /// The document's name (path as given, or `-` for stdin).
    public var document: String
    /// The sentence text.
    public var sentence: String
    /// Offset of the sentence's first character, in Unicode scalars from the document start.
    public var start: Int
    /// Offset just past the sentence's last character, in Unicode scalars.
    public var end: Int
    /// When the sentence says this happened: ISO 8601 at its precision ("2024", "2024-06",
    /// "2024-06-19"), from the sentence's time expression or else its document's date; nil when
    /// neither is known (and in graphs written before relgraph dated evidence).
    public var date: String?

    public init(document: String, sentence: String, start: Int, end: Int, date: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.date = date
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.sentence, lhs.date ?? "") < (rhs.document, rhs.start, rhs.end, rhs.sentence, rhs.date ?? "")
    }

    /// The document and the span: where a sentence stands says which it is, and hashing its
    /// text as well (hundreds of bytes) was most of what adding evidence cost. Equality still
    /// compares every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(start)
        hasher.combine(end)
    }
}

/// A typed, directed (or symmetric) relation between two actors: an edge of the graph.
public struct Relation: Codable, Hashable, Sendable {
    public var source: String
    public var target: String
    public var type: RelationType
    /// 0…1; grows with independent evidence.
    public var confidence: Double
    public var evidence: [Evidence]
    /// Free attributes, e.g. `modality` = `possible` for speculative statements.
    public var attributes: [String: String]

    public init(source: String, target: String, type: RelationType, confidence: Double,
                evidence: [Evidence] = [], attributes: [String: String] = [:]) {
        self.source = source
        self.target = target
        self.type = type
        self.confidence = confidence
        self.evidence = evidence
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey { case source, target, type, confidence, evidence, attributes }

    /// Decodes leniently: `confidence` defaults to 1; `evidence` and `attributes` may be omitted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        target = try container.decode(String.self, forKey: .target)
        type = try container.decode(RelationType.self, forKey: .type)
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence) ?? 1
        evidence = try container.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }

    /// The identity of an edge: one edge per (source, type, target); symmetric types are ordered.
    public var key: RelationKey { RelationKey(source: source, type: type, target: target) }
}

/// The identity of an edge. For symmetric types the endpoints are stored in ascending order.
public struct RelationKey: Hashable, Sendable, Comparable {
    public let source: String
    public let type: RelationType
    public let target: String

    public init(source: String, type: RelationType, target: String) {
        if type.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
    }

    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        (lhs.source, lhs.target, lhs.type) < (rhs.source, rhs.target, rhs.type)
    }
}
