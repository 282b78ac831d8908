/// A calendar date known to a precision: a year ("2024"), a month ("2024-06") or a day ("2024-06-19").
///
/// Dates are proleptic Gregorian, computed with integer arithmetic (no `Calendar`, no time zone),
/// so the same text gives the same date on every machine. A partial date covers an interval of days:
/// "2024-06" is 2024-06-01 … 2024-06-30; ``firstDay`` and ``lastDay`` give its ends.
///
/// ```swift
/// let date = PartialDate(iso: "2024-06")!      // month precision
/// date.description                              // "2024-06"
/// date.lastDay.description                      // "2024-06-30"
/// ```
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    /// 1…12, or nil at year precision.
    public let month: Int?
    /// 1…31 (valid for the month), or nil at year or month precision.
    public let day: Int?

    /// The years relgraph accepts: wide enough for history, narrow enough to refuse noise.
    public static let years = 1000 ... 2999

    /// A checked date; nil when the parts do not form one (month 13, 31 April, a day without month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard Self.years.contains(year) else { return nil }
        if let month, !(1 ... 12).contains(month) { return nil }
        if let day {
            guard let month, (1 ... Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a longer timestamp (`2024-06-19T08:00:00Z`)
    /// gives its day. Nil for anything else.
    public init?(iso text: some StringProtocol) {
        self.init(isoString: String(text))
    }

    /// ``init(iso:)`` on a `String`: the generic form, called from other modules, read every
    /// scalar through the protocol.
    private init?(isoString text: String) {
        // Every accepted character is ASCII: read as bytes. A non-ASCII scalar among the first
        // ten fails a digit or dash check here as it does among scalars, and one further on
        // leaves the text longer than ten either way.
        var text = text
        guard let parts = text.withUTF8(Self.isoParts) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// Year, month and day of `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a timestamp starting with a day.
    private static func isoParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int?, day: Int?)? {
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let dash = UInt8(ascii: "-")
        guard let year = number(0 ..< 4) else { return nil }
        if bytes.count == 4 { return (year, nil, nil) }
        guard bytes.count >= 7, bytes[4] == dash, let month = number(5 ..< 7) else { return nil }
        if bytes.count == 7 { return (year, month, nil) }
        guard bytes.count >= 10, bytes[7] == dash, let day = number(8 ..< 10) else { return nil }
        // A timestamp: only a time part may follow the day.
        if bytes.count > 10, bytes[10] != UInt8(ascii: "T"), bytes[10] != UInt8(ascii: " ") { return nil }
        return (year, month, day)
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// ISO 8601 at the date's precision: "2024", "2024-06", "2024-06-19".
    public var description: String {
        var text = String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        return text
    }

    /// The first day the date covers (1 January for a year, the 1st for a month).
    public var firstDay: PartialDate { PartialDate(checkedYear: year, month: month ?? 1, day: day ?? 1) }

    /// The last day the date covers.
    public var lastDay: PartialDate {
        let month = self.month ?? 12
        return PartialDate(checkedYear: year, month: month, day: day ?? Self.daysIn(month: month, year: year))
    }

    /// Whether the two dates' intervals share a day ("2024" overlaps "2024-06-19").
    public func overlaps(_ other: PartialDate) -> Bool {
        firstDay.dayNumber <= other.lastDay.dayNumber && other.firstDay.dayNumber <= lastDay.dayNumber
    }

    /// Orders by first day, then the coarser date first ("2024" < "2024-01" < "2024-01-01").
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let left = lhs.firstDay.dayNumber, right = rhs.firstDay.dayNumber
        return left != right ? left < right : lhs.precision < rhs.precision
    }

    // MARK: Day arithmetic

    /// Days since 1970-01-01 of ``firstDay``.
    public var dayNumber: Int {
        Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The day `dayNumber` days after 1970-01-01.
    public init?(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day `count` days later (earlier when negative); the date must have day precision.
    public func adding(days count: Int) -> PartialDate? { PartialDate(dayNumber: dayNumber + count) }

    /// The month `count` months later, at month precision.
    public func adding(months count: Int) -> PartialDate? {
        let index = year * 12 + (month ?? 1) - 1 + count
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601) for a day-precision date.
    public var weekday: Int {
        let days = dayNumber  // 1970-01-01 was a Thursday (4)
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
