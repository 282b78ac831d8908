/// A time expression found in a text, with the date it stands for.
public struct TimeExpression: Hashable, Sendable {
    /// Unicode-scalar offsets of the expression in the text searched.
    public let range: Range<Int>
    /// The expression as written.
    public let text: String
    /// Its date at its precision; nil for a relative expression ("hier", "last year") when the
    /// document date is unknown or too coarse.
    public let date: PartialDate?
    /// Whether the expression needs the document date ("ce mardi", "il y a 24 ans").
    public let isRelative: Bool
}

/// Finds time expressions in French, English, Spanish and German and normalises them against a
/// document date: "ce mercredi 19 juin" → 2024-06-19, "en septembre de l'année dernière" → 2023-09,
/// "il y a 24 ans" → 2000, "am Dienstag" → the nearest Tuesday.
///
/// The shapes are ``TimePatterns`` (one table per language); at each word the longest match wins,
/// and matches do not overlap. A recogniser is immutable and safe to share between threads.
///
/// ```swift
/// let recognizer = TimeExpressionRecognizer(language: .fr)
/// let today = PartialDate(iso: "2024-06-18")
/// recognizer.firstDate(in: "En septembre de l'année dernière, il s'était rendu en Russie.", documentDate: today)
/// // 2023-09
/// ```
public struct TimeExpressionRecognizer: Sendable {
    public let language: TimeLanguage
    let vocabulary: TimeVocabulary
    let patterns: [TimePattern]
    /// The patterns (indices, in table order) that can start at a word: by its folded form, and
    /// for any number. Other words are skipped without trying a pattern.
    let patternsByWord: [String: [Int]]
    let patternsByNumber: [Int]

    /// One shared recogniser per language (building one indexes its patterns).
    public static func shared(_ language: TimeLanguage) -> TimeExpressionRecognizer {
        switch language {
        case .fr: return french
        case .en: return english
        case .es: return spanish
        case .de: return german
        }
    }

    private static let french = TimeExpressionRecognizer(language: .fr)
    private static let english = TimeExpressionRecognizer(language: .en)
    private static let spanish = TimeExpressionRecognizer(language: .es)
    private static let german = TimeExpressionRecognizer(language: .de)

    public init(language: TimeLanguage) {
        self.language = language
        vocabulary = .of(language)
        patterns = TimePatterns.of(language)
        var byWord: [String: [Int]] = [:], byNumber: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            var words = Set<String>(), number = false
            // The elements that can consume the first token: optional ones, then the first required one.
            for element in pattern.elements {
                var required = true
                var consumed = element
                switch element {
                case .notAfter: continue
                case .optional(let inner): consumed = inner; required = false
                default: break
                }
                switch consumed {
                case .word(let set): words.formUnion(set)
                case .month: words.formUnion(vocabulary.months.keys)
                case .weekday: words.formUnion(vocabulary.weekdays.keys)
                case .unit: words.formUnion(vocabulary.units.keys)
                case .count: words.formUnion(vocabulary.numbers.keys); number = true
                case .day, .numericMonth, .year: number = true
                case .optional, .notAfter: break
                }
                if required { break }
            }
            for word in words { byWord[word, default: []].append(index) }
            if number { byNumber.append(index) }
        }
        patternsByWord = byWord
        patternsByNumber = byNumber
    }

    /// Every time expression of `text`, in order, dated against `documentDate`.
    public func expressions(in text: String, documentDate: PartialDate?) -> [TimeExpression] {
        let found = matches(in: text)
        guard !found.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        return found.map { match in
            TimeExpression(range: match.range, text: String(String.UnicodeScalarView(scalars[match.range])),
                           date: resolve(match.rule, match.captures, documentDate: documentDate),
                           isRelative: Self.isRelative(match.rule, match.captures))
        }
    }

    /// The first full calendar day among `matches` ("19 juin 2024", "19.06.2024"): a dateline's date.
    static func firstFullDay(_ matches: [Match]) -> PartialDate? {
        for match in matches {
            guard case .date = match.rule, let year = match.captures.year, let month = match.captures.month,
                  let day = match.captures.day, let date = PartialDate(year: year, month: month, day: day) else { continue }
            return date
        }
        return nil
    }

    /// The first day-and-month expression without a year among `matches` ("19 June", "le 3 mars").
    static func firstYearlessDay(_ matches: [Match]) -> (month: Int, day: Int)? {
        for match in matches {
            guard case .date = match.rule, match.captures.year == nil,
                  let month = match.captures.month, let day = match.captures.day else { continue }
            return (month, day)
        }
        return nil
    }

    struct Match {
        let range: Range<Int>
        let captures: Captures
        let rule: TimeRule
    }

    /// The non-overlapping pattern matches of `text`, longest first at each word.
    func matches(in text: String) -> [Match] {
        matches(in: TimeTokenizer.tokens(text))
    }

    func matches(in tokens: [TimeToken]) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: tokens) { found.append($0); return true }
        return found
    }

    /// Gives `body` each match of `tokens`, in order, until it returns false:
    /// a match depends only on those before it, so stopping early loses nothing before the stop.
    private func forEachMatch(in tokens: [TimeToken], _ body: (Match) -> Bool) {
        var index = 0
        while index < tokens.count {
            let byWord = patternsByWord[tokens[index].folded] ?? []
            let candidates = tokens[index].number == nil ? byWord : withNumberPatterns(byWord)
            guard !candidates.isEmpty else {
                index += 1
                continue
            }
            var best: (end: Int, captures: Captures, rule: TimeRule)?
            for pattern in candidates.lazy.map({ self.patterns[$0] }) {
                if let match = match(pattern.elements[...], tokens: tokens, at: index, captures: Captures()),
                   match.end > index, match.end > (best?.end ?? index) {
                    best = (match.end, match.captures, pattern.rule)
                }
            }
            guard let best else {
                index += 1
                continue
            }
            guard body(Match(range: tokens[index].start ..< tokens[best.end - 1].end, captures: best.captures, rule: best.rule)) else { return }
            index = best.end
        }
    }

    /// `byWord` and the patterns that can start at any number, in table order, each once.
    private func withNumberPatterns(_ byWord: [Int]) -> [Int] {
        // Most numbers start no pattern of their own: the number patterns are already in order.
        byWord.isEmpty ? patternsByNumber : Array(Set(byWord + patternsByNumber)).sorted()
    }

    /// The date of the first expression of `text` that has one (the date ``expressions(in:documentDate:)``
    /// gives it, without copying out the expressions' texts).
    ///
    /// Matching stops at that expression: an evidence sentence is dated by its first one.
    public func firstDate(in text: String, documentDate: PartialDate?) -> PartialDate? {
        firstDate(in: TimeTokenizer.tokens(text), documentDate: documentDate)
    }

    /// ``firstDate(in:documentDate:)-(String,_)`` of the text `scalars` hold (a sentence of a
    /// document already read into scalars, without a String made of it).
    public func firstDate(in scalars: ArraySlice<Unicode.Scalar>, documentDate: PartialDate?) -> PartialDate? {
        firstDate(in: TimeTokenizer.tokens(scalars), documentDate: documentDate)
    }

    private func firstDate(in tokens: [TimeToken], documentDate: PartialDate?) -> PartialDate? {
        var date: PartialDate?
        forEachMatch(in: tokens) { match in
            date = resolve(match.rule, match.captures, documentDate: documentDate)
            return date == nil
        }
        return date
    }

    // MARK: Matching

    struct Captures {
        var day: Int?, month: Int?, year: Int?, weekday: Int?, count: Int?, unit: TimeUnit?
    }

    /// The longest way `elements` match from token `index`, with what they captured.
    private func match(_ elements: ArraySlice<PatternElement>, tokens: [TimeToken], at index: Int,
                       captures: Captures) -> (end: Int, captures: Captures)? {
        guard let element = elements.first else { return (index, captures) }
        let rest = elements.dropFirst()
        switch element {
        case .optional(let inner):
            // `inner` is one plain element: capture it here rather than build a new element list.
            var with: (end: Int, captures: Captures)?
            if index < tokens.count, let captured = capture(inner, tokens[index], into: captures) {
                with = match(rest, tokens: tokens, at: index + 1, captures: captured)
            }
            let without = match(rest, tokens: tokens, at: index, captures: captures)
            switch (with, without) {
            case let (a?, b?): return a.end >= b.end ? a : b
            case let (a, b): return a ?? b
            }
        case .notAfter(let words):
            if index > 0, words.contains(tokens[index - 1].folded) { return nil }
            return match(rest, tokens: tokens, at: index, captures: captures)
        default:
            guard index < tokens.count, let captured = capture(element, tokens[index], into: captures) else { return nil }
            return match(rest, tokens: tokens, at: index + 1, captures: captured)
        }
    }

    private func capture(_ element: PatternElement, _ token: TimeToken, into captures: Captures) -> Captures? {
        var captures = captures
        switch element {
        case .word(let words):
            return words.contains(token.folded) ? captures : nil
        case .day:
            guard let value = token.number, (1 ... 31).contains(value), token.folded.count <= 4 else { return nil }
            captures.day = value
        case .numericMonth:
            guard token.isDigits, let value = token.number, (1 ... 12).contains(value), token.folded.count <= 2 else { return nil }
            captures.month = value
        case .year:
            guard token.isDigits, token.folded.count == 4, let value = token.number, Self.plausibleYears.contains(value) else { return nil }
            captures.year = value
        case .month:
            guard let value = vocabulary.months[token.folded] else { return nil }
            if vocabulary.capitalizedOnly.contains(token.folded) && !token.isCapitalized { return nil }
            captures.month = value
        case .weekday:
            guard let value = vocabulary.weekdays[token.folded] else { return nil }
            captures.weekday = value
        case .count:
            if token.isDigits, let value = token.number, value > 0, value < 1000 {
                captures.count = value
            } else if let value = vocabulary.numbers[token.folded] {
                captures.count = value
            } else {
                return nil
            }
        case .unit:
            guard let unit = vocabulary.units[token.folded] else { return nil }
            captures.unit = unit
        case .optional, .notAfter:
            return nil
        }
        return captures
    }

    /// Four-digit numbers read as years; others ("2 500 soldats") are counts.
    static let plausibleYears = 1900 ... 2100

    // MARK: Resolution

    private static func isRelative(_ rule: TimeRule, _ captures: Captures) -> Bool {
        if case .date = rule { return captures.year == nil }
        return true
    }

    private func resolve(_ rule: TimeRule, _ captures: Captures, documentDate: PartialDate?) -> PartialDate? {
        switch rule {
        case .date:
            if let year = captures.year { return PartialDate(year: year, month: captures.month, day: captures.month == nil ? nil : captures.day) }
            guard let month = captures.month, let reference = documentDate, reference.month != nil else { return nil }
            return Self.nearest(month: month, day: captures.day, to: reference)
        case .monthInYear(let offset):
            guard let month = captures.month, let reference = documentDate else { return nil }
            return PartialDate(year: reference.year + offset, month: month)
        case .previousMonth, .nextMonth:
            guard let month = captures.month, let reference = documentDate, let current = reference.month else { return nil }
            var year = reference.year
            if case .previousMonth = rule { if month >= current { year -= 1 } } else if month <= current { year += 1 }
            return PartialDate(year: year, month: month)
        case .ago:
            guard let count = captures.count, let unit = captures.unit, let reference = documentDate else { return nil }
            switch unit {
            case .year: return PartialDate(year: reference.year - count)
            case .month: return reference.month == nil ? nil : reference.adding(months: -count)
            case .week:
                guard reference.day != nil, let day = reference.adding(days: -7 * count) else { return nil }
                return PartialDate(year: day.year, month: day.month)
            case .day: return reference.day == nil ? nil : reference.adding(days: -count)
            }
        case .year(let offset):
            guard let reference = documentDate else { return nil }
            return PartialDate(year: reference.year + offset)
        case .month(let offset):
            guard let reference = documentDate, reference.month != nil else { return nil }
            return reference.adding(months: offset)
        case .day(let offset):
            guard let reference = documentDate, reference.day != nil else { return nil }
            return reference.adding(days: offset)
        case .weekday(let direction):
            guard let weekday = captures.weekday, let reference = documentDate, reference.day != nil else { return nil }
            let ahead = (weekday - reference.weekday + 7) % 7  // 0…6 days to the next such weekday
            let offset: Int
            switch direction {
            case .nearest: offset = ahead <= 2 ? ahead : ahead - 7
            case .past: offset = ahead == 0 ? -7 : ahead - 7
            case .next: offset = ahead == 0 ? 7 : ahead
            }
            return reference.adding(days: offset)
        }
    }

    /// A month (and day) without a year: the year that puts it nearest `reference`, the earlier
    /// one on a tie (news reports the past more than it announces).
    static func nearest(month: Int, day: Int?, to reference: PartialDate) -> PartialDate? {
        let candidates = (reference.year - 1 ... reference.year + 1).compactMap { year in
            PartialDate(year: year, month: month, day: day)
        }
        let target = reference.dayNumber
        return candidates.min { abs($0.dayNumber - target) < abs($1.dayNumber - target) }
    }
}
