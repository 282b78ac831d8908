import RelGraphTime

/// Dates each evidence sentence of one document: the sentence's first time expression normalised
/// against the document date ("hier" → the day before), else the document date, else unknown.
///
/// Reads: the document's language and the sentence's scalars. Adds: ``Evidence/date``.
struct EvidenceDating {
    let documentDate: PartialDate?
    private let recognizer: TimeExpressionRecognizer

    init(language: Language, documentDate: PartialDate?) {
        self.documentDate = documentDate
        recognizer = .shared(TimeLanguage(rawValue: language.rawValue) ?? .en)
    }

    /// The date of a sentence, at its precision, from its scalars (a document's, read where they lie).
    func date(ofSentence scalars: ArraySlice<Unicode.Scalar>) -> PartialDate? {
        recognizer.firstDate(in: scalars, documentDate: documentDate) ?? documentDate
    }
}
