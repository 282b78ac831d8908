import Foundation
import RelGraphCore
import RelGraphKnowledge
import RelGraphTime

/// Turns news articles into a relationship graph.
///
/// The pipeline (DESIGN §4), one stage per file:
/// ``TextDecoder`` → ``Normalizer`` → ``Tokenizer`` → ``LanguageDetector`` → ``SentenceSplitter``
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

    /// Builds an extractor from a loaded lexicon; its `triggers` tables give the language cues.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        cues = try LanguageCueSet(tables: lexicon.tables(named: "triggers"))
        resolver = MentionResolver(lexicon: lexicon)
    }

    /// Extracts one document. `language` nil detects it from the text. `date` is the document's
    /// publication date (``DocumentDateFinder`` finds one in a document): relative time expressions
    /// are read against it, and a sentence without a time expression takes it. Nil: unknown.
    public func extract(text: String, document: String, language: Language? = nil, date: PartialDate? = nil) -> RelationshipGraph {
        var builder = GraphBuilder(lexicon: lexicon)
        add(text: text, document: document, language: language, date: date, to: &builder)
        return builder.graph()
    }

    /// Extracts several documents into one graph (actors merged by id, evidence united).
    public func extract(documents: [(text: String, name: String)], language: Language? = nil) -> RelationshipGraph {
        extract(documents: documents.map { ($0.text, $0.name, nil) }, language: language)
    }

    /// Extracts several dated documents into one graph; a nil date is unknown.
    public func extract(documents: [(text: String, name: String, date: PartialDate?)], language: Language? = nil) -> RelationshipGraph {
        var builder = GraphBuilder(lexicon: lexicon)
        for document in documents {
            add(text: document.text, document: document.name, language: language, date: document.date, to: &builder)
        }
        return builder.graph()
    }

    /// The text stages alone, for inspection and tests.
    public func analyze(text: String, document: String, language: Language? = nil) -> AnalyzedDocument {
        AnalyzedDocument(text: text, name: document, language: language, cueSet: cues)
    }

    /// The mention stages for an analysed document.
    public func mentions(in document: AnalyzedDocument) -> [SentenceMentions] {
        resolver.resolve(document)
    }

    private func add(text: String, document name: String, language: Language?, date: PartialDate?, to builder: inout GraphBuilder) {
        let document = analyze(text: text, document: name, language: language)
        // Time (Time/): each evidence is dated, offices get their terms.
        let dating = EvidenceDating(language: document.language, documentDate: date)
        let offices = OfficeTerms(lexicon: lexicon)
        builder.record(DocumentRecord(name: name, date: date?.description))
        let readings = mentions(in: document)
        let relationReader = RelationExtractor(governingBody: GoverningBody.of(readings))
        let containment = ContainmentReader()
        // An office stated by a title may point to a country named elsewhere in the article.
        let known = Set(readings.flatMap { $0.mentions.filter { !$0.isWeak }.map(\.actorID) })
        for reading in readings {
            let relations = Self.withVisitedCountries(reading.statedRelations + containment.relations(in: reading, document: document)
                + relationReader.relations(in: reading, document: document))
            let related = Set(relations.flatMap { [$0.source, $0.target] })
            for mention in reading.mentions where !mention.isWeak || related.contains(mention.actorID) {
                builder.add(mention)
            }
            guard !relations.isEmpty else { continue }
            let sentence = reading.sentence
            let text = document.text(scalars: sentence.start..<sentence.end)
            let sentenceDate = dating.date(ofSentence: text)
            let evidence = Evidence(document: name, sentence: text, start: sentence.start, end: sentence.end,
                                    date: sentenceDate?.description)
            let here = Set(reading.mentions.map(\.actorID))
            for relation in relations where (here.contains(relation.source) || known.contains(relation.source))
                && (here.contains(relation.target) || known.contains(relation.target)) {
                let term = offices.attributes(for: relation, in: reading, document: document, date: sentenceDate)
                builder.add(relation, evidence: evidence, attributes: term)
            }
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
