/// How a matched time expression becomes a date, given the document's date.
enum TimeRule: Sendable {
    /// The captured year, month and day as far as given; a missing year is the one that puts the
    /// date nearest the document date ("19 juin", "en septembre").
    case date
    /// The captured month in the document's year plus `offset` ("en septembre de l'année dernière").
    case monthInYear(offset: Int)
    /// The latest such month before the document's month ("septembre dernier", "last September").
    case previousMonth
    /// The first such month after the document's month ("el próximo septiembre").
    case nextMonth
    /// The captured count of units before the document date ("il y a 24 ans").
    case ago
    /// The document's year plus `offset` ("l'année dernière").
    case year(offset: Int)
    /// The document's month plus `offset` ("le mois dernier").
    case month(offset: Int)
    /// The document's day plus `offset` ("hier").
    case day(offset: Int)
    /// The captured weekday around the document date ("ce mardi", "el pasado martes").
    case weekday(WeekdayDirection)
}

/// Which occurrence of a weekday an expression means.
enum WeekdayDirection: Sendable {
    /// The document's own day or the next two days, else the last four ("ce mardi", "on Monday").
    case nearest
    /// Strictly before the document date ("mardi dernier", "am vergangenen Dienstag").
    case past
    /// Strictly after it ("next Tuesday").
    case next
}

/// One part of a pattern.
indirect enum PatternElement: Sendable {
    /// Any of these folded words (or punctuation: `.`, `,`, `/`, `-`).
    case word(Set<String>)
    case day, month, numericMonth, year, weekday, count, unit
    /// The element, or nothing.
    case optional(PatternElement)
    /// Zero-width: the token before the match is none of these ("mañana" after "la" is the morning).
    case notAfter(Set<String>)
}

/// A time expression shape and its rule, written as a compact string:
/// `<day> <month> <year>`, `il y a <n> <unit>`, `[le] <weekday> dernier|passé` — words are folded,
/// `a|b` is a choice, `[x]` optional, `!a|b` (first only) forbids the preceding word.
struct TimePattern: Sendable {
    let elements: [PatternElement]
    let rule: TimeRule

    init(_ text: String, _ rule: TimeRule) {
        elements = text.split(separator: " ").map { Self.element(String($0)) }
        self.rule = rule
    }

    private static func element(_ text: String) -> PatternElement {
        if text.hasPrefix("[") && text.hasSuffix("]") { return .optional(element(String(text.dropFirst().dropLast()))) }
        if text.hasPrefix("!") && text.count > 1 { return .notAfter(Set(text.dropFirst().split(separator: "|").map(String.init))) }
        switch text {
        case "<day>": return .day
        case "<month>": return .month
        case "<mm>": return .numericMonth
        case "<year>": return .year
        case "<weekday>": return .weekday
        case "<n>": return .count
        case "<unit>": return .unit
        default: return .word(Set(text.split(separator: "|").map(String.init)))
        }
    }
}

/// The time expression shapes of each language. At each word the longest matching pattern wins
/// (the first listed on a tie). Numeric dates (`19.06.2024`, `19/06/2024`, `2024-06-19`) are
/// shared by all four.
enum TimePatterns {
    static func of(_ language: TimeLanguage) -> [TimePattern] {
        switch language {
        case .fr: return numeric + french
        case .en: return numeric + english
        case .es: return numeric + spanish
        case .de: return numeric + german
        }
    }

    static let numeric: [TimePattern] = [
        TimePattern("<day> .|/ <mm> .|/ <year>", .date),
        TimePattern("<year> - <mm> - <day>", .date),
    ]

    static let french: [TimePattern] = [
        TimePattern("[ce] [<weekday>] <day> <month> [<year>]", .date),
        TimePattern("[en|debut|fin|mi|courant] <month> <year>", .date),
        TimePattern("[en|debut|fin|mi|courant] <month> de l annee|an derniere|dernier|passee|passe", .monthInYear(offset: -1)),
        TimePattern("[en|debut|fin|mi|courant] <month> de cette annee", .monthInYear(offset: 0)),
        TimePattern("[en|debut|fin|mi|courant] <month> de l annee|an prochaine|prochain", .monthInYear(offset: 1)),
        TimePattern("[en|debut|fin|mi|courant] <month> dernier", .previousMonth),
        TimePattern("[en|debut|fin|mi|courant] <month> prochain", .nextMonth),
        TimePattern("en|debut|fin|mi|courant <month>", .date),
        TimePattern("au mois de|d <month>", .date),
        TimePattern("debut|fin|courant d|de <month>", .date),
        TimePattern("il y a <n> <unit>", .ago),
        TimePattern("l annee|an derniere|dernier|passee|passe", .year(offset: -1)),
        TimePattern("cette annee", .year(offset: 0)),
        TimePattern("l annee|an prochaine|prochain", .year(offset: 1)),
        TimePattern("le mois dernier|passe", .month(offset: -1)),
        TimePattern("ce mois ci", .month(offset: 0)),
        TimePattern("le mois prochain", .month(offset: 1)),
        TimePattern("aujourd hui", .day(offset: 0)),
        TimePattern("hier", .day(offset: -1)),
        TimePattern("avant hier", .day(offset: -2)),
        TimePattern("demain", .day(offset: 1)),
        TimePattern("apres demain", .day(offset: 2)),
        TimePattern("<weekday> dernier|passe", .weekday(.past)),
        TimePattern("<weekday> prochain", .weekday(.next)),
        TimePattern("[ce] <weekday>", .weekday(.nearest)),
        TimePattern("en|courant <year>", .date),
        TimePattern("l annee|an <year>", .date),
    ]

    static let english: [TimePattern] = [
        TimePattern("[<weekday>] [,] <month> [.] <day> [,] [<year>]", .date),
        TimePattern("[<weekday>] [,] [the] <day> [of] <month> [,] [<year>]", .date),
        TimePattern("[in|early|late|mid] <month> [,] <year>", .date),
        TimePattern("[in|early|late|mid] <month> [of] last year", .monthInYear(offset: -1)),
        TimePattern("[in|early|late|mid] <month> [of] this year", .monthInYear(offset: 0)),
        TimePattern("[in|early|late|mid] <month> [of] next year", .monthInYear(offset: 1)),
        TimePattern("last|past <month>", .previousMonth),
        TimePattern("next|coming <month>", .nextMonth),
        TimePattern("in|early|late|mid <month>", .date),
        TimePattern("<n> <unit> ago", .ago),
        TimePattern("last year", .year(offset: -1)),
        TimePattern("this year", .year(offset: 0)),
        TimePattern("next year", .year(offset: 1)),
        TimePattern("last month", .month(offset: -1)),
        TimePattern("this month", .month(offset: 0)),
        TimePattern("next month", .month(offset: 1)),
        TimePattern("today", .day(offset: 0)),
        TimePattern("yesterday", .day(offset: -1)),
        TimePattern("the day before yesterday", .day(offset: -2)),
        TimePattern("tomorrow", .day(offset: 1)),
        TimePattern("last|past <weekday>", .weekday(.past)),
        TimePattern("next|coming <weekday>", .weekday(.next)),
        TimePattern("[on|this] <weekday>", .weekday(.nearest)),
        TimePattern("in|during [the] [year] <year>", .date),
    ]

    static let spanish: [TimePattern] = [
        TimePattern("[<weekday>] [,] <day> de <month> [de|del] [<year>]", .date),
        TimePattern("[en] <month> de|del <year>", .date),
        TimePattern("[en] <month> del ano pasado", .monthInYear(offset: -1)),
        TimePattern("[en] <month> del pasado ano", .monthInYear(offset: -1)),
        TimePattern("[en] <month> de este ano", .monthInYear(offset: 0)),
        TimePattern("[en] <month> del proximo ano", .monthInYear(offset: 1)),
        TimePattern("[en] <month> del ano que viene", .monthInYear(offset: 1)),
        TimePattern("[en] <month> pasado", .previousMonth),
        TimePattern("el pasado mes de <month>", .previousMonth),
        TimePattern("el|en pasado <month>", .previousMonth),
        TimePattern("el proximo <month>", .nextMonth),
        TimePattern("en <month>", .date),
        TimePattern("a mediados|finales|principios de <month>", .date),
        TimePattern("hace <n> <unit>", .ago),
        TimePattern("el ano pasado", .year(offset: -1)),
        TimePattern("el pasado ano", .year(offset: -1)),
        TimePattern("este ano", .year(offset: 0)),
        TimePattern("el proximo ano", .year(offset: 1)),
        TimePattern("el ano que viene", .year(offset: 1)),
        TimePattern("el mes pasado", .month(offset: -1)),
        TimePattern("este mes", .month(offset: 0)),
        TimePattern("el proximo mes", .month(offset: 1)),
        TimePattern("el mes que viene", .month(offset: 1)),
        TimePattern("hoy", .day(offset: 0)),
        TimePattern("ayer", .day(offset: -1)),
        TimePattern("anteayer", .day(offset: -2)),
        TimePattern("antes de ayer", .day(offset: -2)),
        TimePattern("!la|esta|por|de|cada|una manana", .day(offset: 1)),
        TimePattern("pasado manana", .day(offset: 2)),
        TimePattern("el pasado <weekday>", .weekday(.past)),
        TimePattern("el <weekday> pasado", .weekday(.past)),
        TimePattern("el proximo <weekday>", .weekday(.next)),
        TimePattern("el <weekday> que viene", .weekday(.next)),
        TimePattern("[este|el] <weekday>", .weekday(.nearest)),
        TimePattern("en|durante [el] [ano] <year>", .date),
    ]

    static let german: [TimePattern] = [
        TimePattern("[am] [<weekday>] [,] [den] <day> [.] <month> [<year>]", .date),
        TimePattern("[im|anfang|ende|mitte] <month> <year>", .date),
        TimePattern("[im] <month> letzten|vergangenen|vorigen jahres", .monthInYear(offset: -1)),
        TimePattern("[im] <month> dieses jahres", .monthInYear(offset: 0)),
        TimePattern("[im] <month> nachsten|kommenden jahres", .monthInYear(offset: 1)),
        TimePattern("[im] vergangenen|letzten|vorigen <month>", .previousMonth),
        TimePattern("[im] kommenden|nachsten <month>", .nextMonth),
        TimePattern("im|anfang|ende|mitte <month>", .date),
        TimePattern("vor <n> <unit>", .ago),
        TimePattern("letztes|vergangenes|voriges jahr", .year(offset: -1)),
        TimePattern("im vergangenen|letzten|vorigen jahr", .year(offset: -1)),
        TimePattern("vergangenen|letzten|vorigen jahres", .year(offset: -1)),
        TimePattern("dieses jahr", .year(offset: 0)),
        TimePattern("in diesem jahr", .year(offset: 0)),
        TimePattern("dieses|diesen jahres", .year(offset: 0)),
        TimePattern("nachstes|kommendes jahr", .year(offset: 1)),
        TimePattern("im nachsten|kommenden jahr", .year(offset: 1)),
        TimePattern("[im] letzten|vergangenen|vorigen monat", .month(offset: -1)),
        TimePattern("[in] diesem|diesen monat", .month(offset: 0)),
        TimePattern("[im] nachsten|kommenden monat", .month(offset: 1)),
        TimePattern("heute", .day(offset: 0)),
        TimePattern("gestern", .day(offset: -1)),
        TimePattern("vorgestern", .day(offset: -2)),
        TimePattern("!am|heute|gestern|jeden|guten|den|der|dem morgen", .day(offset: 1)),
        TimePattern("ubermorgen", .day(offset: 2)),
        TimePattern("[am] vergangenen|letzten <weekday>", .weekday(.past)),
        TimePattern("[am] kommenden|nachsten <weekday>", .weekday(.next)),
        TimePattern("[am|diesen] <weekday>", .weekday(.nearest)),
        TimePattern("im jahr|jahre <year>", .date),
        TimePattern("in <year>", .date),
    ]
}
