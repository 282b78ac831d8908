import Foundation

/// Where a document's date came from.
public enum DocumentDateSource: String, Sendable {
    /// Given by the user (`--date`).
    case given
    /// HTML `<meta>` publication metadata (`article:published_time`, `datePublished`, `date`…).
    case htmlMetadata = "html-metadata"
    /// A JSON-LD `"datePublished"`.
    case jsonLD = "json-ld"
    /// An HTML `<time datetime="…">` element.
    case timeElement = "time-element"
    /// A dateline or by-line at the top of the text ("Publié le 19 juin 2024", "June 19, 2024").
    case dateline
}

/// A document's publication date and how it was found.
public struct DocumentDate: Hashable, Sendable {
    public let date: PartialDate
    public let source: DocumentDateSource

    public init(date: PartialDate, source: DocumentDateSource) {
        self.date = date
        self.source = source
    }
}

/// Finds when a document was published, from the document alone (never the file's modification
/// time: a copied or re-saved file would move its events in time).
///
/// In order: HTML publication metadata, JSON-LD `datePublished`, the first `<time datetime>`, then
/// a dateline or by-line among the first lines of the plain text — a full date on a short line
/// ("Publié le 19 juin 2024", "19.06.2024") or at the head of a paragraph ("PARIS, 19 juin 2024
/// (AFP) –"). A dateline without a year ("(Reuters) 19 June") takes the latest year the text
/// names, if any. Nothing found gives nil: the date is unknown.
public enum DocumentDateFinder {
    /// How much of the markup is searched for metadata (it sits in the `<head>`).
    static let markupWindow = 262_144
    /// How many non-empty lines of the text may hold a dateline.
    static let datelineLines = 5
    /// A line up to this long is a by-line or dateline and may hold its date anywhere; a longer
    /// one (a paragraph) only in its first ``datelineHead`` scalars.
    static let shortLine = 120
    static let datelineHead = 60

    /// The date of a document. `markup` is the file as read (HTML or not), `plainText` the text
    /// extraction reads; `language` is tried first for datelines, then the other three.
    public static func find(markup: String?, plainText: String, language: TimeLanguage? = nil) -> DocumentDate? {
        if let markup, let found = fromMarkup(markup) { return found }
        return fromDateline(plainText, language: language)
    }

    // MARK: HTML

    /// The meta names and properties that hold a publication date.
    static let metaKeys: Set<String> = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "citation_publication_date",
    ]

    static func fromMarkup(_ markup: String) -> DocumentDate? {
        let head = String(markup.unicodeScalars.prefix(markupWindow))
        guard head.contains("<") else { return nil }
        for tag in tags(named: "meta", in: head) {
            let attributes = Self.attributes(of: tag)
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
            if metaKeys.contains(key), let content = attributes["content"], let date = isoDay(content) {
                return DocumentDate(date: date, source: .htmlMetadata)
            }
        }
        if let date = jsonLDDatePublished(head) { return DocumentDate(date: date, source: .jsonLD) }
        for tag in tags(named: "time", in: head) {
            if let value = attributes(of: tag)["datetime"], let date = isoDay(value) {
                return DocumentDate(date: date, source: .timeElement)
            }
        }
        return nil
    }

    /// A timestamp's date ("2024-06-19T08:00:00+02:00" → 2024-06-19), or a bare ISO date.
    static func isoDay(_ text: String) -> PartialDate? {
        PartialDate(iso: text.trimmingCharacters(in: .whitespaces))
    }

    /// The text of each `<name …>` start tag (attributes part), case-insensitively. Works on the
    /// UTF-8 bytes with integer offsets: linear however many tags a hostile page holds.
    static func tags(named name: String, in html: String) -> [Substring] {
        let bytes = Array(html.utf8), wanted = Array(name.utf8)
        var found: [Substring] = []
        var index = 0
        func lower(_ byte: UInt8) -> UInt8 { (65 ... 90).contains(byte) ? byte + 32 : byte }
        while index + wanted.count + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "<") else { continue }
            var matches = true
            for (offset, byte) in wanted.enumerated() where lower(bytes[index + 1 + offset]) != byte {
                matches = false
                break
            }
            let after = index + 1 + wanted.count
            guard matches, after < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(bytes[after]) else { continue }
            guard let close = bytes[after...].firstIndex(of: UInt8(ascii: ">")) else { break }
            found.append(Substring(String(decoding: bytes[after ..< close], as: UTF8.self)))
            index = close
        }
        return found
    }

    /// `key="value"` / `key='value'` pairs of a start tag, keys lower-cased.
    static func attributes(of tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = tag[...]
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(whereSeparator: { $0.isWhitespace }).last.map { String($0).lowercased() } ?? ""
            var valueStart = rest.index(after: equals)
            while valueStart < rest.endIndex, rest[valueStart].isWhitespace { valueStart = rest.index(after: valueStart) }
            guard valueStart < rest.endIndex else { break }
            let quote = rest[valueStart]
            let value: Substring
            if quote == "\"" || quote == "'" {
                let inner = rest.index(after: valueStart)
                let close = rest[inner...].firstIndex(of: quote) ?? rest.endIndex
                value = rest[inner ..< close]
                rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[rest.endIndex...]
            } else {
                let close = rest[valueStart...].firstIndex(where: { $0.isWhitespace }) ?? rest.endIndex
                value = rest[valueStart ..< close]
                rest = rest[close...]
            }
            if !key.isEmpty && result[key] == nil { result[key] = String(value) }
        }
        return result
    }

    /// The value of the first `"datePublished": "…"` in the markup (JSON-LD script blocks).
    static func jsonLDDatePublished(_ html: String) -> PartialDate? {
        var searchFrom = html.startIndex
        while let key = html.range(of: "\"datePublished\"", range: searchFrom ..< html.endIndex) {
            searchFrom = key.upperBound
            var index = key.upperBound
            while index < html.endIndex, html[index].isWhitespace || html[index] == ":" { index = html.index(after: index) }
            guard index < html.endIndex, html[index] == "\"" else { continue }
            let valueStart = html.index(after: index)
            guard let close = html[valueStart...].firstIndex(of: "\"") else { return nil }
            if let date = isoDay(String(html[valueStart ..< close])) { return date }
        }
        return nil
    }

    // MARK: Datelines

    static func fromDateline(_ text: String, language: TimeLanguage?) -> DocumentDate? {
        let languages = language.map { first in [first] + TimeLanguage.allCases.filter { $0 != first } } ?? TimeLanguage.allCases
        // Built for the first line with a digit: a text without one never pays for the four
        // languages' patterns (0.8 ms of a one-sentence `extract`, Benchmarks/startup).
        var built: [TimeExpressionRecognizer]?
        // Only the head can hold a dateline: never split a whole long text.
        var lines = HeadLines(text, scalarLimit: datelineLines * 2 * shortLine + 2_000)
        var seen = 0
        while let raw = lines.next() {
            let scalars = raw.drop { $0.properties.isWhitespace }
            guard !scalars.isEmpty else { continue }
            seen += 1
            if seen > datelineLines { break }
            let searched = isShort(scalars) ? scalars : scalars.prefix(datelineHead)
            // Every dateline shape has a day number: a line without a digit is not searched.
            guard searched.contains(where: { ("0" ... "9").contains($0) }) else { continue }
            let tokens = TimeTokenizer.tokens(String(Substring(searched)))
            let recognizers = built ?? languages.map(TimeExpressionRecognizer.shared)
            built = recognizers
            for recognizer in recognizers {
                let matches = recognizer.matches(in: tokens)
                if let date = TimeExpressionRecognizer.firstFullDay(matches) {
                    return DocumentDate(date: date, source: .dateline)
                }
                // "(Reuters) 19 June": a day and month without a year.
                if let (month, day) = TimeExpressionRecognizer.firstYearlessDay(matches),
                   let year = latestYear(in: text, recognizer: recognizer),
                   let date = PartialDate(year: year, month: month, day: day) {
                    return DocumentDate(date: date, source: .dateline)
                }
            }
        }
        return nil
    }

    /// Whether a line has at most ``shortLine`` scalars, counting no further than that (a
    /// paragraph can be thousands long).
    private static func isShort(_ line: Substring.UnicodeScalarView) -> Bool {
        guard let end = line.index(line.startIndex, offsetBy: shortLine, limitedBy: line.endIndex) else { return true }
        return end == line.endIndex
    }

    /// The lines of a text's first `scalarLimit` scalars, empty ones left out: what splitting
    /// that head at every line break gave, but one line at a time, so the search stops reading
    /// where it stops looking (it did cut and copy the whole head).
    ///
    /// Lines are cut on scalars, not Characters: the same lines (a line break is always a
    /// grapheme of its own, or CR LF), without grapheme breaking. The walk reads UTF-8 bytes,
    /// where a line break is one of a few byte sequences: a paragraph costs a byte compare per
    /// byte, not a scalar decoding per scalar.
    struct HeadLines: IteratorProtocol {
        /// Contiguous UTF-8 (made so in `init`), so `withUTF8` never copies.
        private var text: String
        /// Where the next line may start, in UTF-8 bytes.
        private var offset = 0
        /// Scalars of the head not read yet.
        private var remaining: Int

        init(_ text: String, scalarLimit: Int) {
            var text = text
            text.makeContiguousUTF8()
            self.text = text
            remaining = scalarLimit
        }

        mutating func next() -> Substring.UnicodeScalarView? {
            var offset = offset, remaining = remaining
            let line: Range<Int>? = text.withUTF8 { bytes in
                // Line breaks before the line: no empty lines.
                while remaining > 0, offset < bytes.count, let length = Self.lineBreakLength(bytes, at: offset) {
                    offset += length
                    remaining -= 1
                }
                guard remaining > 0, offset < bytes.count else { return nil }
                let start = offset
                while remaining > 0, offset < bytes.count, Self.lineBreakLength(bytes, at: offset) == nil {
                    // Past one scalar: its lead byte, then its continuation bytes (10xxxxxx).
                    offset += 1
                    while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                    remaining -= 1
                }
                return start ..< offset
            }
            self.offset = offset
            self.remaining = remaining
            guard let line else { return nil }
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: line.lowerBound)
            let upper = utf8.index(lower, offsetBy: line.count)
            return text.unicodeScalars[lower ..< upper]
        }

        /// The UTF-8 length of the line break starting at byte `index`, or nil. The line breaks
        /// are the scalars of `Character.isNewline`: LF, VT, FF, CR (one byte each), NEL
        /// (U+0085, two), LINE and PARAGRAPH SEPARATOR (U+2028, U+2029, three).
        private static func lineBreakLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
            let byte = bytes[index]
            if byte >= 0x0A && byte <= 0x0D { return 1 }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return 2 }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return 3 }
            return nil
        }
    }

    /// The latest year the text states ("en 2024", "June 2024"), from its first 20,000 scalars.
    private static func latestYear(in text: String, recognizer: TimeExpressionRecognizer) -> Int? {
        let head = String(Substring(text.unicodeScalars.prefix(20_000)))
        return recognizer.expressions(in: head, documentDate: nil).filter { !$0.isRelative }.compactMap { $0.date?.year }.max()
    }
}
