import RelGraphTime

/// Dates each evidence sentence of one document: the sentence's first time expression normalised
/// against the document date ("hier" → the day before), else the document date, else unknown.
///
/// Reads: the document's language and the sentence text. Adds: ``Evidence/date``.
struct EvidenceDating {
    let documentDate: PartialDate?
    private let recognizer: TimeExpressionRecognizer

    init(language: Language, documentDate: PartialDate?) {
        self.documentDate = documentDate
        recognizer = .shared(TimeLanguage(rawValue: language.rawValue) ?? .en)
    }

    /// The date of a sentence, at its precision.
    func date(ofSentence text: String) -> PartialDate? {
        recognizer.firstDate(in: text, documentDate: documentDate) ?? documentDate
    }
}
