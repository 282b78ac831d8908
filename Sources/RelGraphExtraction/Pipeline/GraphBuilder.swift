import RelGraphCore
import RelGraphKnowledge

/// Turns one document's resolved mentions and relations into graph nodes and edges.
///
/// Nodes carry the lexicon's canonical English label and attributes (`iso` for countries) and
/// every surface form seen as an alias; each relation cites its sentence as evidence. A
/// relation whose endpoint was never mentioned is dropped rather than invented. Statements of one
/// relation combine by `MergePolicy`: each new sentence is independent support, a sentence read
/// before adds nothing, and an edge keeps at most ``maximumEvidence`` sentences (the first ones
/// read) while later new ones still raise its confidence.
struct GraphBuilder {
    let lexicon: Lexicon
    /// The document-level checks, built once per extractor (they read the lexicon's titles).
    let implausibleEdges: ImplausibleEdges
    private var accumulator = GraphAccumulator()
    /// Relations gathered here first: a corpus repeats the same edge thousands of times, and
    /// checking each new evidence against a set stays linear.
    private var relations: [RelationKey: Relation] = [:]
    private var evidenceSeen: [RelationKey: Set<Evidence>] = [:]
    /// Persons the document's titles say serve a state (``SentenceMentions/servedStates``).
    private var servedStates: [String: Set<String>] = [:]
    /// ``knownActor(_:)``'s answers so far.
    private var knownActors: [String: (label: String?, attributes: [String: String])] = [:]

    static let maximumEvidence = MergePolicy.maximumEvidencePerDocument

    init(lexicon: Lexicon, implausibleEdges: ImplausibleEdges? = nil) {
        self.lexicon = lexicon
        self.implausibleEdges = implausibleEdges ?? ImplausibleEdges(lexicon: lexicon)
    }

    /// Records that a title says `served.person` serves `served.state` (no edge of its own).
    mutating func addService(_ served: ServedState) {
        servedStates[served.person, default: []].insert(served.state)
    }

    mutating func add(_ mention: Mention) {
        let known = knownActor(mention.actorID)
        var attributes = known.attributes
        if mention.type == .country, let colon = mention.actorID.utf8.firstIndex(of: UInt8(ascii: ":")) {
            attributes["iso"] = String(mention.actorID[mention.actorID.index(after: colon)...])
        }
        let label = known.label ?? mention.label
        let aliases = mention.kind == .role ? [] : [mention.surface]
        accumulator.add(Actor(id: mention.actorID, type: mention.type, label: label, aliases: aliases, attributes: attributes))
    }

    /// The lexicon's label and public attributes of the actor `id` (nil and none for an actor
    /// it does not know), read from the lexicon once per actor and document: an article
    /// mentions its actors many times.
    private mutating func knownActor(_ id: String) -> (label: String?, attributes: [String: String]) {
        if let known = knownActors[id] { return known }
        let record = lexicon.actors[id]
        let known = (record?.label, record?.attributes.filter { Self.publicAttributes.contains($0.key) } ?? [:])
        knownActors[id] = known
        return known
    }

    /// Attributes worth showing on a node (the lexicon keeps more for its own use).
    static let publicAttributes: Set<String> = ["iso", "role", "of", "category", "parent", "in"]

    /// Records a document the graph reads (with its date, when known).
    mutating func record(_ document: DocumentRecord) { accumulator.add(document) }

    /// Adds a relation read in one sentence; `attributes` are the office term (``OfficeTerms``).
    mutating func add(_ relation: FoundRelation, evidence: Evidence, attributes term: [String: String] = [:]) {
        // An actor related to itself says nothing (two names of one state read as two actors).
        guard relation.source != relation.target, Self.fitsOntology(relation) else { return }
        var attributes = term
        if let modality = relation.modality { attributes["modality"] = modality }
        let incoming = Relation(source: relation.source, target: relation.target, type: relation.type,
                                confidence: relation.confidence, evidence: [evidence], attributes: attributes)
        let key = incoming.key
        guard var existing = relations[key] else {
            relations[key] = incoming
            evidenceSeen[key] = [evidence]
            return
        }
        if evidenceSeen[key, default: []].insert(evidence).inserted {
            if existing.evidence.count < Self.maximumEvidence { existing.evidence.append(evidence) }
            existing.confidence = MergePolicy.independent(existing.confidence, incoming.confidence)
        } else {
            // The same sentence read again (a repeated passage) is not new support.
            existing.confidence = max(existing.confidence, incoming.confidence)
        }
        // Office terms (start, end, status) merge as every attribute does: a past office stays past.
        existing.attributes = MergePolicy.mergedAttributes(existing.attributes, incoming.attributes)
        relations[key] = existing
    }

    /// Whether the relation joins the actor types its type allows (eval/SCHEMA.md): a minister's
    /// office gives no `member_of` to a country, a person does not `meet` a state. Actor ids
    /// carry their type ("person:…").
    static func fitsOntology(_ relation: FoundRelation) -> Bool {
        guard let source = ActorType(actorID: relation.source), let target = ActorType(actorID: relation.target) else { return true }
        let signature = RelationSignature.of(relation.type)
        return signature.allows(source, target, type: relation.type)
            || (relation.type.isSymmetric && signature.allows(target, source, type: relation.type))
    }

    /// The document's graph; each relation's confidence, combined over its sentences, is mapped
    /// through `calibration` (the relation model's, learned on whole articles as these are).
    func graph(calibration: ConfidenceCalibration = .identity) -> RelationshipGraph {
        var accumulator = accumulator
        let sorted = relations.keys.sorted().map { relations[$0]! }
        for var relation in implausibleEdges.filter(sorted, servedStates: servedStates) {
            let key = relation.key
            // Store symmetric relations in key order, as the accumulator does.
            relation.source = key.source
            relation.target = key.target
            // A document's confidence has three decimals, as every combined one (MergePolicy).
            relation.confidence = MergePolicy.rounded(calibration(relation.confidence))
            accumulator.add(relation)
        }
        return accumulator.graph()
    }
}
