import Foundation
import RelGraphCore
import RelGraphKnowledge
import RelGraphTime

/// Turns news articles into a relationship graph.
///
/// The pipeline (README, "Layout"), one stage per file:
/// `TextDecoder` (RelGraphDocuments, before the pipeline) → ``Normalizer`` → ``Tokenizer`` → ``LanguageDetector`` → ``SentenceSplitter``
/// → gazetteer matching and ``MentionResolver`` → ``RelationExtractor`` and
/// ``ContainmentReader`` → ``GraphBuilder``.
///
/// ```swift
/// let extractor = try Extractor(lexicon: Lexicon.load(extraFiles: []))
/// let graph = extractor.extract(text: "Le président russe Vladimir Poutine a rencontré Kim Jong-un.",
///                               document: "a.txt")
/// ```
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let cues: LanguageCueSet
    let resolver: MentionResolver
    /// The learned relation classifier; nil with ``RelationDecider/rules``.
    let classifier: RelationClassifier?
    public let decider: RelationDecider
    /// The learned tagger of names the lexicon does not know; nil leaves names to the lexicon
    /// and the hand-written patterns.
    let tagger: NameTagger?
    /// The document-level checks every graph passes through.
    let implausibleEdges: ImplausibleEdges

    /// Builds an extractor from a loaded lexicon (its `triggers` tables give the language cues)
    /// and the relation model bundled with relgraph.
    public init(lexicon: Lexicon) throws {
        try self.init(lexicon: lexicon, decider: .union, model: RelationModel.bundled(), tagger: NameTagger.bundled())
    }

    /// Builds an extractor that decides relations with `decider`; `model` is required unless
    /// `decider` is ``RelationDecider/rules``.
    public init(lexicon: Lexicon, decider: RelationDecider, model: RelationModel?, tagger: NameTagger? = nil) throws {
        self.lexicon = lexicon
        self.tagger = tagger
        cues = try LanguageCueSet(tables: lexicon.tables(named: "triggers"))
        resolver = MentionResolver(lexicon: lexicon)
        implausibleEdges = ImplausibleEdges(lexicon: lexicon, roleRelations: resolver.roleRelations)
        self.decider = decider
        if decider == .rules {
            classifier = nil
        } else {
            guard let model else { throw RelationModelError.missingBundledModel }
            classifier = RelationClassifier(model: model, lexicon: lexicon)
        }
    }

    /// Extracts one document. `language` nil detects it from the text. `date` is the document's
    /// publication date (``DocumentDateFinder`` finds one in a document): relative time expressions
    /// are read against it, and a sentence without a time expression takes it. Nil: unknown.
    ///
    /// A text longer than any article is read in sections (``DocumentSections``) so memory stays
    /// bounded; the language is the first section's, and names are resolved within a section.
    public func extract(text: String, document: String, language: Language? = nil, date: PartialDate? = nil) -> RelationshipGraph {
        extract(text: text, document: document, language: language, date: date, sectionScalars: DocumentSections.maximumScalars)
    }

    /// ``extract(text:document:language:date:)`` with sections of at most `sectionScalars` scalars.
    func extract(text: String, document: String, language: Language?, date: PartialDate?, sectionScalars: Int) -> RelationshipGraph {
        var builder = GraphBuilder(lexicon: lexicon, implausibleEdges: implausibleEdges)
        builder.record(DocumentRecord(name: document, date: date?.description))
        var language = language
        for section in DocumentSections(text, maximumScalars: sectionScalars) {
            // An article is one section: the text itself, not a copy.
            let sectionText = section.text.startIndex == text.startIndex && section.text.endIndex == text.endIndex ? text : String(section.text)
            let analyzed = analyze(text: sectionText, document: document, language: language)
            language = analyzed.language
            add(analyzed, offset: section.offset, date: date, to: &builder)
        }
        return builder.graph(calibration: classifier?.model.calibration ?? .identity)
    }

    /// Extracts several documents into one graph (actors merged by id, evidence united).
    ///
    /// Each document is extracted alone and the graphs merged by `MergePolicy`, in the order of
    /// their names: the result does not depend on the order given, and equals what `ingest`
    /// stores for the same files.
    public func extract(documents: [(text: String, name: String)], language: Language? = nil) -> RelationshipGraph {
        extract(documents: documents.map { ($0.text, $0.name, nil) }, language: language)
    }

    /// Extracts several dated documents into one graph, as ``extract(documents:language:)`` does;
    /// a nil date is unknown.
    public func extract(documents: [(text: String, name: String, date: PartialDate?)], language: Language? = nil) -> RelationshipGraph {
        var merged = GraphAccumulator()
        for document in documents.sorted(by: { $0.name < $1.name }) {
            merged.add(extract(text: document.text, document: document.name, language: language, date: document.date))
        }
        return merged.graph()
    }

    /// The text stages alone, for inspection and tests.
    public func analyze(text: String, document: String, language: Language? = nil) -> AnalyzedDocument {
        AnalyzedDocument(text: text, name: document, language: language, cueSet: cues)
    }

    /// The mention stages for an analysed document published on `date` (nil: unknown; the
    /// latest year the article writes then dates it, for who held an office at the time).
    public func mentions(in document: AnalyzedDocument, date: PartialDate? = nil) -> [SentenceMentions] {
        var readings = resolver.resolve(document, articleYear: date?.year)
        tagger?.addNames(to: &readings, document: document, lexicon: lexicon)
        AcronymDefinitions.resolve(&readings, in: document, lexicon: lexicon)
        AgreementReferences.resolve(&readings, in: document)
        // Credit lines, bylines and links to other stories are the publication's, not the story's.
        for index in NonStoryLines.sentences(in: document) {
            readings[index] = SentenceMentions(sentence: readings[index].sentence, mentions: [], titles: [], statedRelations: [])
        }
        return readings
    }

    /// Adds the relations of an analysed document, or of a section of one that starts `offset`
    /// scalars into the document (evidence offsets count from the document's start).
    private func add(_ document: AnalyzedDocument, offset: Int, date: PartialDate?, to builder: inout GraphBuilder) {
        let name = document.name
        // Time (Time/): each evidence is dated, offices get their terms.
        let dating = EvidenceDating(language: document.language, documentDate: date)
        let offices = OfficeTerms(lexicon: lexicon)
        let readings = mentions(in: document, date: date)
        let rules = SentenceRules(readings: readings, lexicon: lexicon)
        let context = DocumentContext(readings: readings)
        // An office stated by a title may point to a country named elsewhere in the article.
        let known = Set(readings.flatMap { $0.mentions.filter { !$0.isWeak }.map(\.actorID) })
        for served in readings.flatMap(\.servedStates) { builder.addService(served) }
        // Gatherings (Relations/GatheringVenues): who met, and the venues the lead names.
        var meetings: [FoundRelation] = []
        var venues: [(mention: Mention, evidence: Evidence)] = []
        for (index, reading) in readings.enumerated() {
            let ruleRelations = Self.withVisitedCountries(rules.relations(in: reading, document: document))
            var relations: [FoundRelation]
            if let classifier {
                let learned = classifier.relations(in: reading, index: index, document: document, context: context,
                                                   ruleRelations: ruleRelations)
                switch decider {
                case .combined:
                    let here = Set(reading.mentions.map(\.actorID))
                    relations = learned + ruleRelations.filter { !here.contains($0.source) || !here.contains($0.target) }
                case .union: relations = Self.withoutReversals(learned, of: ruleRelations) + ruleRelations.map(classifier.calibrated)
                case .model, .rules: relations = learned
                }
            } else {
                relations = ruleRelations
            }
            relations = EncirclingContext.withoutEncircledPartners(relations, in: reading, document: document)
            relations = WitnessContext.withoutWitnessSignatories(relations, in: reading, document: document)
            relations = MeetingPlaces.withoutPlacesAsParties(relations, in: reading, document: document)
            let related = Set(relations.flatMap { [$0.source, $0.target] })
            for mention in reading.mentions where !mention.isWeak || related.contains(mention.actorID) {
                builder.add(mention)
            }
            let sentenceVenues = index < GatheringVenues.leadSentences ? GatheringVenues.venues(in: reading, document: document) : []
            guard !relations.isEmpty || !sentenceVenues.isEmpty else { continue }
            let sentence = reading.sentence
            let text = document.text(scalars: sentence.start..<sentence.end)
            let sentenceDate = dating.date(ofSentence: document.original[sentence.start..<sentence.end])
            let evidence = Evidence(document: name, sentence: text, start: offset + sentence.start, end: offset + sentence.end,
                                    date: sentenceDate?.description)
            // The first sentence naming a venue is its evidence; the venues past the first few
            // are never kept (GatheringVenues.maximumVenues), so this search stays short.
            for venue in sentenceVenues where venues.count < GatheringVenues.maximumVenues
                && !venues.contains(where: { $0.mention.actorID == venue.actorID }) {
                venues.append((venue, evidence))
            }
            let here = Set(reading.mentions.map(\.actorID))
            for relation in relations where (here.contains(relation.source) || known.contains(relation.source))
                && (here.contains(relation.target) || known.contains(relation.target)) {
                let term = offices.attributes(for: relation, in: reading, document: document, date: sentenceDate)
                builder.add(relation, evidence: evidence, attributes: term)
                if relation.type == .meet { meetings.append(relation) }
            }
        }
        for (visit, venue) in GatheringVenues.visits(of: meetings, to: venues.map(\.mention), named: known) {
            builder.add(venues[venue].mention)
            builder.add(visit, evidence: venues[venue].evidence)
        }
    }

    /// The hand-written relation rules of one document: verbs and nouns with their arguments
    /// (``RelationExtractor``), titles, containment, member lists, known memberships.
    struct SentenceRules {
        let relationReader: RelationExtractor
        let containment = ContainmentReader()
        let memberLists = MemberListReader()
        let knownMemberships: KnownMembershipReader

        init(readings: [SentenceMentions], lexicon: Lexicon) {
            relationReader = RelationExtractor(governingBody: GoverningBody.of(readings))
            knownMemberships = KnownMembershipReader(lexicon: lexicon)
        }

        func relations(in reading: SentenceMentions, document: AnalyzedDocument) -> [FoundRelation] {
            reading.statedRelations + containment.relations(in: reading, document: document)
                + memberLists.relations(in: reading, document: document)
                + knownMemberships.relations(in: reading, document: document)
                + relationReader.relations(in: reading, document: document)
        }
    }

    /// The model's relations without those the sentence's rules read the other way round: where
    /// the rules found who accused whom (a passive, "Russia, accused by Ukraine"), the model's
    /// reading of the same two in the opposite direction is its error, not a second statement.
    static func withoutReversals(_ learned: [FoundRelation], of rules: [FoundRelation]) -> [FoundRelation] {
        guard !rules.isEmpty else { return learned }
        let ruled = Set(rules.filter { !$0.type.isSymmetric }.map { RelationKey(source: $0.source, type: $0.type, target: $0.target) })
        return learned.filter { relation in
            relation.type.isSymmetric
                || ruled.contains(RelationKey(source: relation.source, type: relation.type, target: relation.target))
                || !ruled.contains(RelationKey(source: relation.target, type: relation.type, target: relation.source))
        }
    }

    /// A visit to a place the sentence puts in a country is also a visit to that country
    /// ("à Cusco (Pérou)").
    static func withVisitedCountries(_ relations: [FoundRelation]) -> [FoundRelation] {
        var result = relations
        for visit in relations where visit.type == .visit {
            for containment in relations where containment.type == .locatedIn && containment.source == visit.target {
                result.append(FoundRelation(source: visit.source, target: containment.target, type: .visit,
                                            confidence: visit.confidence * 0.9, modality: visit.modality))
            }
        }
        return result
    }
}
